import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/workflow/actor';
import { actors, createWorld, mandateAt, mandateTerms, registerTestPartner } from '../fixtures';

const otherLead: Actor = { id: 'u_lead2', roles: ['project_lead'] };
const applicant: Actor = { id: 'u_applicant', roles: ['applicant'] };

async function setup() {
  const world = createWorld();
  const partnerId = await registerTestPartner(world);
  const otherId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org' });
  return { world, partnerId, otherId, as: (a: Actor) => world.service.as(a) };
}

async function countAudit(world: ReturnType<typeof createWorld>): Promise<number> {
  return (await world.storage.listAudit({ limit: 1000 })).items.length;
}

describe('mandate authorization', () => {
  it('createMandate: only project leads and the administration draft, never for themselves, never as their own approver', async () => {
    const { world, partnerId, as } = await setup();
    const terms = mandateTerms(partnerId);
    await expect(as(actors.partner(partnerId)).createMandate(terms)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.approver).createMandate(terms)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(applicant).createMandate(terms)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as({ id: 'u_lead3', roles: ['project_lead'], partnerId }).createMandate(terms)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.lead).createMandate({ ...terms, approverUserId: 'u_lead' })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'requester_is_approver' } });
    await expect(as(actors.lead).createMandate({ ...terms, approverUserId: undefined })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['approverUserId'] }] });
    await expect(as(actors.lead).createMandate({ ...terms, partnerId: 'ptn_nobody' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await world.storage.list('mandates')).items).toEqual([]);
  });

  it('updateMandate and submitMandate: the initiator only; partners learn nothing of drafts', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'draft');
    const before = await countAudit(world);
    for (const actor of [otherLead, actors.approver, actors.admin]) {
      await expect(as(actor).updateMandate({ id: m.id, changes: { title: 'X' } })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(as(actor).submitMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    for (const actor of [actors.partner(partnerId), actors.partner(otherId)]) {
      await expect(as(actor).updateMandate({ id: m.id, changes: { title: 'X' } })).rejects.toMatchObject({ code: 'not_found' });
      await expect(as(actor).submitMandate({ id: m.id })).rejects.toMatchObject({ code: 'not_found' });
    }
    expect(await countAudit(world)).toBe(before);
  });

  it('approve, request changes, reject: the assigned approver only — never the initiator, the payee or someone else', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'pending_approval');
    const payeeApprover: Actor = { id: 'u_approver', roles: ['approver'], partnerId };
    const cases: [Actor, string][] = [
      [actors.lead, 'forbidden'],
      [actors.delegate, 'forbidden'],
      [actors.admin, 'forbidden'],
      [actors.director, 'forbidden'],
      [payeeApprover, 'forbidden'],
      [actors.partner(partnerId), 'forbidden'],
      [actors.partner(otherId), 'not_found'],
    ];
    for (const [actor, code] of cases) {
      await expect(as(actor).approveMandate({ id: m.id })).rejects.toMatchObject({ code });
      await expect(as(actor).requestMandateChanges({ id: m.id, comment: 'x' })).rejects.toMatchObject({ code });
      await expect(as(actor).rejectMandate({ id: m.id, reason: 'x' })).rejects.toMatchObject({ code });
    }
    expect((await world.storage.get('mandates', m.id))?.index.status).toBe('pending_approval');
  });

  it('a delegate approves for the approver within the window, recorded as acting for them', async () => {
    const { world, partnerId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'pending_approval');
    await as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-03-01', to: '2026-03-15', subjects: ['mandate'], reason: 'Vacances' });
    const approved = await as(actors.delegate).approveMandate({ id: m.id });
    expect(approved.mandate.status).toBe('approved');
    const last = (await world.storage.listAudit({ subjectId: m.id })).items.at(-1);
    expect(last).toMatchObject({ action: 'mandate.approve', actor: { id: 'u_delegate', actingFor: 'u_approver' } });
  });

  it('a delegation outside its window, for another kind of decision, or revoked, gives no authority', async () => {
    const { world, partnerId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'pending_approval');
    const later = await as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-04-01', to: '2026-04-15', subjects: ['mandate'], reason: 'Congé' });
    await as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-03-01', to: '2026-03-15', subjects: ['payment_request'], reason: 'Congé' });
    await expect(as(actors.delegate).approveMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    const now = await as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-03-01', to: '2026-03-15', subjects: ['mandate'], reason: 'Congé' });
    await as(actors.approver).revokeDelegation({ id: now.delegation.id });
    await expect(as(actors.delegate).approveMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(later.delegation.from).toBe('2026-04-01');
  });

  it('sendMandate: the initiator, the approver or the administration; partners never see an unsent mandate', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'approved');
    await expect(as(actors.delegate).sendMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(otherLead).sendMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(partnerId)).sendMandate({ id: m.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(otherId)).sendMandate({ id: m.id })).rejects.toMatchObject({ code: 'not_found' });
    const sent = await as(actors.admin).sendMandate({ id: m.id });
    expect(sent.mandate.status).toBe('sent_to_partner');
  });

  it('acceptMandate and declineMandate: the mandate’s partner only', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    for (const actor of [actors.lead, actors.approver, actors.admin]) {
      await expect(as(actor).acceptMandate({ id: m.id, acceptAgreement: true })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(as(actor).declineMandate({ id: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(as(actors.partner(otherId)).acceptMandate({ id: m.id, acceptAgreement: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(otherId)).declineMandate({ id: m.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await world.storage.list('documents')).items).toEqual([]);
    expect((await world.storage.get('mandates', m.id))?.index.status).toBe('sent_to_partner');
  });

  it('completeMandate and cancelMandate: the initiator or the administration; the partner cancels only what they accepted', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const active = await mandateAt(world, partnerId, 'active');
    for (const actor of [actors.approver, otherLead, actors.partner(partnerId)]) {
      await expect(as(actor).completeMandate({ id: active.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(as(actors.partner(otherId)).completeMandate({ id: active.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(otherId)).cancelMandate({ id: active.id, reason: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.delegate).cancelMandate({ id: active.id, reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    const offer = await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Offre' });
    await expect(as(actors.partner(partnerId)).cancelMandate({ id: offer.id, reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('getMandate and listMandates: a partner sees their own offered mandates only', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const draft = await mandateAt(world, partnerId, 'draft', { title: 'Brouillon' });
    const offered = await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Offert' });
    const partner = as(actors.partner(partnerId));
    await expect(partner.getMandate({ id: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await partner.getMandate({ id: offered.id })).mandate.title).toBe('Offert');
    await expect(as(actors.partner(otherId)).getMandate({ id: offered.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(applicant).getMandate({ id: offered.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await partner.listMandates({})).items.map((i) => i.mandate.title)).toEqual(['Offert']);
    await expect(partner.listMandates({ partnerId: otherId })).rejects.toMatchObject({ code: 'not_found' });
    expect((await as(actors.partner(otherId)).listMandates({})).items).toEqual([]);
    await expect(as(applicant).listMandates({})).rejects.toMatchObject({ code: 'forbidden' });
    const staffView = await as(actors.approver).listMandates({ partnerId });
    expect(staffView.items.map((i) => i.mandate.title)).toEqual(['Offert', 'Brouillon']);
    expect((await as(actors.lead).listMandates({ assigneeId: 'u_lead' })).items.map((i) => i.mandate.title)).toEqual(['Brouillon']);
  });
});
