import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/workflow/actor';
import { actors } from '../fixtures';
import { createPaymentWorld, OMAR, payeeApprover, seedActiveMandate, seedDelegation, seedPartner, submitRequest, WORKED, ZOE } from './payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

const omar = actors.partner(OMAR);
const zoe = actors.partner(ZOE);
const otherLead: Actor = { id: 'u_other_lead', roles: ['project_lead'] };

async function auditCount(world: World, id: string): Promise<number> {
  return (await world.storage.listAudit({ subjectId: id })).items.length;
}

describe('payment request authorization', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE });
    await seedPartner(world, { id: OMAR, lang: 'en' });
    await seedActiveMandate(world, { id: 'mnd_1' });
    // The payee's own staff account initiated this one: the policy would make them its approver.
    await seedActiveMandate(world, { id: 'mnd_self', initiatorUserId: payeeApprover.id });
  });

  it('createPaymentRequest: only the partner of the mandate (another partner: not_found; staff: forbidden)', async () => {
    const input = { mandateId: 'mnd_1', ...structuredClone(WORKED) };
    await expect(world.service.as(omar).createPaymentRequest(input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).createPaymentRequest(input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.admin).createPaymentRequest(input)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await world.storage.list('payment_requests')).items).toHaveLength(0);
  });

  it('updatePaymentRequest and submitPaymentRequest: only the partner themself', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const id = created.paymentRequest.id;
    await expect(world.service.as(omar).updatePaymentRequest({ id, entries: [] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).updatePaymentRequest({ id, entries: [] })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(omar).submitPaymentRequest({ id, attest: true })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.approver).submitPaymentRequest({ id, attest: true })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await auditCount(world, id)).toBe(1);
  });

  it('withdrawPaymentRequest: only the partner themself', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    await expect(world.service.as(omar).withdrawPaymentRequest({ id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).withdrawPaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('approve / request changes / reject: not a wrong approver, not the partner, not another partner', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    const before = await auditCount(world, id);
    for (const actor of [actors.approver, actors.admin, actors.finance, otherLead, zoe, omar]) {
      const client = world.service.as(actor);
      await expect(client.approvePaymentRequest({ id }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
      await expect(client.requestPaymentRequestChanges({ id, comment: 'x' }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
      await expect(client.rejectPaymentRequest({ id, reason: 'x' }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await auditCount(world, id)).toBe(before);
  });

  it('a payee never approves their own request, even holding the approver role and being its assignee', async () => {
    const { id } = await submitRequest(world, 'mnd_self');
    const stored = await world.storage.get<{ entity: { approverUserId: string } }>('payment_requests', id);
    expect(stored?.data.entity.approverUserId).toBe(payeeApprover.id);
    const client = world.service.as(payeeApprover);
    await expect(client.approvePaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden', messages: { en: 'You cannot approve or process a payment made to you.' } });
    await expect(client.rejectPaymentRequest({ id, reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    const bulk = await client.bulkApprovePaymentRequests({ items: [{ id }] });
    expect(bulk).toMatchObject({ succeeded: [], failed: [{ id, code: 'forbidden' }] });
  });

  it('a delegate approves for the approver within the window, recorded as acting for them', async () => {
    await seedDelegation(world, { id: 'dlg_1', fromUserId: 'u_lead', toUserId: 'u_delegate', from: '2026-03-25', to: '2026-04-10' });
    const { id } = await submitRequest(world, 'mnd_1');
    const approved = await world.service.as(actors.delegate).approvePaymentRequest({ id });
    expect(approved.paymentRequest).toMatchObject({ status: 'approved', decidedByUserId: 'u_delegate', actingFor: 'u_lead' });
    const event = (await world.storage.listAudit({ subjectId: id })).items.at(-1);
    expect(event?.actor).toEqual({ id: 'u_delegate', roles: ['approver'], actingFor: 'u_lead' });
    expect(event?.data).toMatchObject({ delegationId: 'dlg_1' });
  });

  it('a delegation outside its window, for other decisions, or revoked gives no authority', async () => {
    await seedDelegation(world, { id: 'dlg_past', fromUserId: 'u_lead', toUserId: 'u_delegate', from: '2026-03-01', to: '2026-03-31' });
    await seedDelegation(world, { id: 'dlg_mandates', fromUserId: 'u_lead', toUserId: 'u_delegate', from: '2026-03-25', to: '2026-04-10', subjects: ['mandate'] });
    await seedDelegation(world, { id: 'dlg_revoked', fromUserId: 'u_lead', toUserId: 'u_delegate', from: '2026-03-25', to: '2026-04-10', revokedAt: '2026-03-30T12:00:00.000Z' });
    const { id } = await submitRequest(world, 'mnd_1');
    await expect(world.service.as(actors.delegate).approvePaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an approval assigned to a role is decided by anyone holding it, and nobody else', async () => {
    const roleWorld = createPaymentWorld({ framework: { approvalPolicy: { paymentRequestApprover: { kind: 'role', role: 'approver' } } } });
    await seedPartner(roleWorld, { id: ZOE });
    await seedActiveMandate(roleWorld, { id: 'mnd_1' });
    const { id } = await submitRequest(roleWorld, 'mnd_1');
    expect((await roleWorld.storage.get('payment_requests', id))?.index.assigneeId).toBe('role:approver');
    expect(roleWorld.notifier.sent.map((n) => n.to.email).sort()).toEqual(['direction@example.org', 'marc.roy@example.org', 'nadia.cote@example.org']);
    await expect(roleWorld.service.as(actors.lead).approvePaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden' });
    const inbox = await roleWorld.service.as(actors.approver).listApproverInbox({});
    expect(inbox.items.map((i) => i.id)).toEqual([id]);
    await expect(roleWorld.service.as(actors.approver).approvePaymentRequest({ id })).resolves.toMatchObject({ paymentRequest: { status: 'approved' } });
  });

  it('getPaymentRequest: the partner and staff who read partners’ files (like its history); another partner gets not_found; others forbidden', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    for (const actor of [zoe, actors.lead, actors.approver, otherLead, actors.admin, actors.finance, actors.secretariat]) {
      await expect(world.service.as(actor).getPaymentRequest({ id }), actor.id).resolves.toMatchObject({ paymentRequest: { id } });
    }
    await expect(world.service.as(omar).getPaymentRequest({ id })).rejects.toMatchObject({ code: 'not_found' });
    const director: Actor = { id: 'u_director', roles: ['programme_director'] };
    await expect(world.service.as(director).getPaymentRequest({ id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as({ id: 'app_1', roles: ['applicant'] }).getPaymentRequest({ id })).rejects.toMatchObject({ code: 'not_found' });
    // A delegate of the assignee reads it even without a staff role that reads files.
    await seedDelegation(world, { id: 'dlg_1', fromUserId: 'u_lead', toUserId: 'u_guest', from: '2026-03-25', to: '2026-04-10' });
    await expect(world.service.as({ id: 'u_guest', roles: ['programme_director'] }).getPaymentRequest({ id })).resolves.toMatchObject({ paymentRequest: { id } });
  });

  it('listApproverInbox: staff only; each approver sees what is assigned or delegated to them, nothing else', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    const self = await submitRequest(world, 'mnd_self');
    await expect(world.service.as(zoe).listApproverInbox({})).rejects.toMatchObject({ code: 'forbidden' });
    expect((await world.service.as(actors.approver).listApproverInbox({})).items).toEqual([]);
    const lead = await world.service.as(actors.lead).listApproverInbox({});
    expect(lead.items).toEqual([
      expect.objectContaining({ id, partnerId: ZOE, mandateTitle: 'Comité des usagers', totalCents: 12_000, actingFor: null, warnings: { info: 0, warning: 0, blocking: 0 } }),
    ]);
    // The payee is assigned their own request, but it never shows in their inbox.
    expect((await world.service.as(payeeApprover).listApproverInbox({})).items.map((i) => i.id)).not.toContain(self.id);
    await seedDelegation(world, { id: 'dlg_1', fromUserId: 'u_lead', toUserId: 'u_delegate', from: '2026-03-25', to: '2026-04-10' });
    const delegated = await world.service.as(actors.delegate).listApproverInbox({});
    expect(delegated.items.map((i) => [i.id, i.actingFor])).toEqual([[id, 'u_lead']]);
  });
});
