import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/crypto/sha256';
import type { Actor } from '../../../src/workflow/actor';
import { actors, createWorld, mandateAt, registerTestPartner } from '../fixtures';

async function setup() {
  const world = createWorld();
  const partnerId = await registerTestPartner(world);
  const otherId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org' });
  const mandate = await mandateAt(world, partnerId, 'active');
  return { world, partnerId, otherId, mandate, as: (a: Actor) => world.service.as(a) };
}

describe('mandate amendments', () => {
  it('proposed by the initiator, approved by the approver, accepted by the partner: applied to the mandate in one step', async () => {
    const { world, partnerId, mandate, as } = await setup();
    const proposed = await as(actors.lead).proposeAmendment({
      mandateId: mandate.id,
      changes: { endDate: '2027-03-31', budgetCapCents: 60_000, estimatedMinutes: 900 },
      refreshRates: true,
      reason: 'Le projet est prolongé.',
      idempotencyKey: 'amend-1',
    });
    expect(proposed.amendment).toMatchObject({ status: 'pending_approval', sequence: 1, approverUserId: 'u_approver', partnerId, requestedByUserId: 'u_lead' });
    expect(await as(actors.lead).proposeAmendment({ mandateId: mandate.id, changes: { endDate: '2027-03-31', budgetCapCents: 60_000, estimatedMinutes: 900 }, refreshRates: true, reason: 'Le projet est prolongé.', idempotencyKey: 'amend-1' })).toEqual(proposed);
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'amendment.awaiting_approval', lang: 'en', to: { email: 'marc.roy@example.org' } });
    expect(world.notifier.sent.at(-1)?.text).toContain('cap: $600.00');
    // the partner does not see it while it is internal
    expect((await as(actors.partner(partnerId)).getMandate({ id: mandate.id })).amendments).toEqual([]);

    world.clock.set('2026-03-03T15:00:00Z');
    const approved = await as(actors.approver).approveAmendment({ id: proposed.amendment.id, expectedVersion: proposed.version });
    expect(approved.amendment).toMatchObject({ status: 'approved', decidedByUserId: 'u_approver', changes: { rateSnapshot: { takenOn: '2026-03-03' } } });
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'amendment.approved', to: { email: 'zoe@example.org' } });
    expect((await as(actors.partner(partnerId)).getMandate({ id: mandate.id })).amendments).toHaveLength(1);

    const accepted = await as(actors.partner(partnerId)).acceptAmendment({ id: proposed.amendment.id });
    expect(accepted.amendment.status).toBe('accepted');
    expect(accepted.mandate.mandate).toMatchObject({ status: 'active', endDate: '2027-03-31', budgetCapCents: 60_000, estimatedMinutes: 900, version: 2 });
    expect(accepted.mandate.mandate.rateSnapshot?.takenOn).toBe('2026-03-03');
    // Without an effective date, the new rates price work dated from the acceptance day; earlier work keeps the old ones.
    expect(accepted.mandate.mandate.ratesFrom).toEqual({ date: '2026-03-03', amendmentId: proposed.amendment.id });
    expect(accepted.mandate.mandate.rateHistory?.map((p) => p.until)).toEqual(['2026-03-02']);
    expect(accepted.document).toMatchObject({ kind: 'mandate', subjectRef: { type: 'mandate', id: mandate.id } });
    const blob = await world.storage.getBlob(accepted.document?.blobId ?? '');
    expect(sha256Hex(blob?.bytes ?? new Uint8Array())).toBe(accepted.document?.sha256);
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'amendment.accepted', to: { email: 'lea.gagnon@example.org' } });
    expect((await world.storage.get('mandates', mandate.id))?.index.dueAt).toBe('2027-04-01T04:00:00.000Z');
    const mandateTrail = (await world.storage.listAudit({ subjectId: mandate.id })).items.map((e) => e.action);
    expect(mandateTrail.at(-1)).toBe('mandate.amend');
    expect((await world.storage.listAudit({ subjectId: proposed.amendment.id })).items.map((e) => e.action)).toEqual(['amendment.propose', 'amendment.approve', 'amendment.accept']);
    expect(await as(actors.admin).verifyAuditLog({})).toMatchObject({ valid: true });
  });

  it('ratesEffectiveFrom: the institution chooses the first work date of the new rates', async () => {
    const { mandate, as, partnerId } = await setup();
    await expect(as(actors.lead).proposeAmendment({ mandateId: mandate.id, changes: { ratesEffectiveFrom: '2026-04-01' }, reason: 'x' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['changes', 'ratesEffectiveFrom'] }],
    });
    const { amendment } = await as(actors.lead).proposeAmendment({ mandateId: mandate.id, changes: { ratesEffectiveFrom: '2026-04-01' }, refreshRates: true, reason: 'Nouvelle grille.' });
    await as(actors.approver).approveAmendment({ id: amendment.id });
    const accepted = await as(actors.partner(partnerId)).acceptAmendment({ id: amendment.id });
    expect(accepted.mandate.mandate).toMatchObject({ ratesFrom: { date: '2026-04-01', amendmentId: amendment.id } });
    expect(accepted.mandate.mandate.rateHistory?.map((p) => p.until)).toEqual(['2026-03-31']);
  });

  it('authorizes each step: requester, approver (not the requester, not the payee), partner', async () => {
    const { world, partnerId, otherId, mandate, as } = await setup();
    const input = { mandateId: mandate.id, changes: { budgetCapCents: 50_000 }, reason: 'Plus de rencontres.' };
    await expect(as(actors.approver).proposeAmendment(input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(partnerId)).proposeAmendment(input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(otherId)).proposeAmendment(input)).rejects.toMatchObject({ code: 'not_found' });
    const { amendment } = await as(actors.lead).proposeAmendment(input);
    const cases: [Actor, string][] = [
      [actors.lead, 'forbidden'],
      [actors.delegate, 'forbidden'],
      [{ id: 'u_approver', roles: ['approver'], partnerId }, 'forbidden'],
      [actors.partner(partnerId), 'forbidden'],
      [actors.partner(otherId), 'not_found'],
    ];
    for (const [actor, code] of cases) {
      await expect(as(actor).approveAmendment({ id: amendment.id })).rejects.toMatchObject({ code });
      await expect(as(actor).rejectAmendment({ id: amendment.id, reason: 'x' })).rejects.toMatchObject({ code });
    }
    await expect(as(actors.partner(partnerId)).acceptAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await as(actors.approver).approveAmendment({ id: amendment.id });
    for (const actor of [actors.lead, actors.approver, actors.admin]) {
      await expect(as(actor).acceptAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(as(actor).declineAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(as(actors.partner(otherId)).acceptAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.approver).withdrawAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(otherId)).withdrawAmendment({ id: amendment.id })).rejects.toMatchObject({ code: 'not_found' });
    const declined = await as(actors.partner(partnerId)).declineAmendment({ id: amendment.id, reason: 'Je préfère en rester là.' });
    expect(declined.amendment.status).toBe('declined');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'amendment.declined', to: { email: 'lea.gagnon@example.org' } });
    const stored = await world.storage.get<{ entity: { budgetCapCents: number; version: number } }>('mandates', mandate.id);
    expect(stored?.data.entity).toMatchObject({ budgetCapCents: 40_000, version: 1 });
  });

  it('enforces its rules: an active mandate, one open amendment, a real change, a cap not below what is approved', async () => {
    const { world, partnerId, mandate, as } = await setup();
    const lead = as(actors.lead);
    await expect(lead.proposeAmendment({ mandateId: mandate.id, changes: {}, reason: 'Rien.' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ code: 'empty_changes' }] });
    await expect(lead.proposeAmendment({ mandateId: mandate.id, changes: { endDate: '2026-02-01' }, reason: 'x' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['endDate'] }] });
    const first = await lead.proposeAmendment({ mandateId: mandate.id, changes: { estimatedMinutes: 700 }, reason: 'x' });
    await expect(lead.proposeAmendment({ mandateId: mandate.id, changes: { estimatedMinutes: 800 }, reason: 'y' })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'amendment_open' } });
    const rejected = await as(actors.approver).rejectAmendment({ id: first.amendment.id, reason: 'Pas nécessaire.' });
    expect(rejected.amendment.status).toBe('rejected');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'amendment.rejected', to: { email: 'lea.gagnon@example.org' } });
    await expect(as(actors.approver).approveAmendment({ id: first.amendment.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { machine: 'amendment', from: 'rejected' } });
    const second = await lead.proposeAmendment({ mandateId: mandate.id, changes: { estimatedMinutes: 800 }, reason: 'y' });
    expect(second.amendment.sequence).toBe(2);
    await lead.withdrawAmendment({ id: second.amendment.id });
    // a cap below the approved amount
    await world.storage.transaction(async (tx) => {
      const r = await tx.get<{ entity: { totals: { approvedCents: number } } }>('mandates', mandate.id);
      if (r === null) throw new Error('missing');
      const data = { ...r.data, entity: { ...r.data.entity, totals: { ...r.data.entity.totals, approvedCents: 30_000 } } };
      await tx.put({ collection: 'mandates', id: mandate.id, data, index: r.index, expectedVersion: r.version });
    });
    await expect(lead.proposeAmendment({ mandateId: mandate.id, changes: { budgetCapCents: 20_000 }, reason: 'z' })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'cap_below_approved' } });
    const offered = await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Offre' });
    await expect(lead.proposeAmendment({ mandateId: offered.id, changes: { estimatedMinutes: 10 }, reason: 'x' })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'mandate_not_active' } });
  });
});
