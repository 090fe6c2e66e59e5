import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../../src/errors/honoraria-error';
import type { Mandate } from '../../../src/schemas/mandate';
import { toJson } from '../../../src/workflow/canonical-json';
import type { PaymentRequestEntity } from '../../../src/workflow/payment-requests/payment-request-store';
import { actors } from '../fixtures';
import { createPaymentWorld, entry, seedActiveMandate, seedPartner, submitRequest, totalsOf, WORKED, ZOE } from './payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

const hour = (id: string, date = '2026-03-10') => ({ entries: [entry(id, date, 90)] }); // $60.00 at $40/h

/** Raises a mandate's cap in storage, as an accepted amendment does. */
async function amendCap(world: World, id: string, budgetCapCents: number): Promise<void> {
  await world.storage.transaction(async (tx) => {
    const record = await tx.get<{ entity: Mandate; machine: unknown; auditHead: unknown }>('mandates', id);
    if (record === null) throw new Error('missing');
    await tx.put({ collection: 'mandates', id, data: toJson({ ...record.data, entity: { ...record.data.entity, budgetCapCents } }), index: record.index, expectedVersion: record.version });
  });
}

describe('budget of a mandate', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE });
  });

  it('keeps the blocking warning in the submitted quote, refuses the approval past the cap, and accepts it once adjusted under', async () => {
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 10_000 });
    const { id, version } = await submitRequest(world, 'mnd_1');
    const view = await world.service.as(actors.lead).getPaymentRequest({ id });
    expect(view.paymentRequest.quote?.warnings).toContainEqual(expect.objectContaining({ code: 'budget_exceeded', severity: 'blocking', params: expect.objectContaining({ excessCents: 2_000 }) }));
    const sent = world.notifier.sent.length;
    const error = await world.service
      .as(actors.lead)
      .approvePaymentRequest({ id, expectedVersion: version })
      .catch((e: unknown) => e);
    expect(isHonorariaError(error, 'rule_violation')).toBe(true);
    expect(error).toMatchObject({
      details: { reason: 'budget_exceeded', mandateId: 'mnd_1', capCents: 10_000, approvedCents: 0, requestCents: 12_000, excessCents: 2_000 },
      messages: {
        fr: expect.stringContaining('soit 20,00\u00a0$ au-delà du plafond de 100,00\u00a0$') as unknown,
        en: 'Approving this request would take the mandate’s approved total to $120.00, $20.00 over its cap of $100.00. Adjust the lines or have the mandate amended first.',
      },
    });
    expect((await world.storage.get('payment_requests', id))?.version).toBe(version);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 0, pendingCents: 12_000 });
    expect(world.notifier.sent).toHaveLength(sent);
    const approved = await world.service.as(actors.lead).approvePaymentRequest({
      id,
      expectedVersion: version,
      decisions: [
        { lineId: 'ent_meeting', decision: 'adjusted', adjustedMinutes: 60, comment: 'Une heure.' },
        { lineId: 'exp_km', decision: 'adjusted', adjustedAmountCents: 1_500, comment: '30 km.' },
      ],
    });
    expect(approved.paymentRequest.quote?.totalCents).toBe(9_500);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 9_500, pendingCents: 0 });
  });

  it('refuses the approval that would pass the cap after others were approved, until an amendment raises it', async () => {
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 10_000 });
    const a = await submitRequest(world, 'mnd_1', hour('a'));
    const b = await submitRequest(world, 'mnd_1', hour('b'));
    const lead = world.service.as(actors.lead);
    await lead.approvePaymentRequest({ id: a.id });
    await expect(lead.approvePaymentRequest({ id: b.id })).rejects.toMatchObject({ code: 'rule_violation', details: { approvedCents: 6_000, requestCents: 6_000, excessCents: 2_000 } });
    await amendCap(world, 'mnd_1', 12_000);
    await expect(lead.approvePaymentRequest({ id: b.id })).resolves.toMatchObject({ paymentRequest: { status: 'approved' } });
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 12_000, pendingCents: 0 });
  });

  it('counts compensation only when the cap covers compensation only', async () => {
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 10_000, budgetScope: 'compensation' });
    const { id } = await submitRequest(world, 'mnd_1'); // $100.00 compensation + $20.00 mileage
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 10_000 });
  });

  it('refuses the approval past the mandate’s maximum time', async () => {
    await seedActiveMandate(world, { id: 'mnd_1', maxMinutes: 120 });
    const { id } = await submitRequest(world, 'mnd_1'); // 140 minutes
    await expect(world.service.as(actors.lead).approvePaymentRequest({ id })).rejects.toMatchObject({
      code: 'rule_violation',
      details: { reason: 'max_minutes_exceeded', maxMinutes: 120, requestMinutes: 140 },
    });
  });

  it('serializes concurrent approvals on one mandate: one succeeds, the other gets a conflict (repeated)', async () => {
    for (let round = 0; round < 10; round += 1) {
      const w = createPaymentWorld();
      await seedPartner(w, { id: ZOE });
      await seedActiveMandate(w, { id: 'mnd_1', budgetCapCents: 10_000 });
      const a = await submitRequest(w, 'mnd_1', hour('a'));
      const b = await submitRequest(w, 'mnd_1', hour('b'));
      const lead = w.service.as(actors.lead);
      const results = await Promise.allSettled([lead.approvePaymentRequest({ id: a.id }), lead.approvePaymentRequest({ id: b.id })]);
      const codes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as { code: string }).code)).sort();
      expect(codes).toEqual(['conflict', 'ok']);
      expect((await totalsOf(w, 'mnd_1')).approvedCents).toBe(6_000);
    }
  }, 60_000);

  it('keeps the totals equal to the requests and the approved total within the cap, whatever the sequence (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ minutes: fc.integer({ min: 15, max: 600 }), action: fc.constantFrom('approve', 'adjust', 'changes', 'reject', 'withdraw', 'leave') }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 60_000 }),
        async (steps, cap) => {
          const w = createPaymentWorld();
          await seedPartner(w, { id: ZOE });
          await seedActiveMandate(w, { id: 'mnd_1', budgetCapCents: cap });
          const lead = w.service.as(actors.lead);
          for (const [i, step] of steps.entries()) {
            const { id } = await submitRequest(w, 'mnd_1', { entries: [entry(`e${i}`, '2026-03-10', step.minutes)] });
            const run = async (): Promise<unknown> => {
              switch (step.action) {
                case 'approve':
                  return lead.approvePaymentRequest({ id });
                case 'adjust':
                  return lead.approvePaymentRequest({ id, decisions: [{ lineId: `e${i}`, decision: 'adjusted', adjustedMinutes: Math.floor(step.minutes / 2), comment: 'Moins.' }] });
                case 'changes':
                  return lead.requestPaymentRequestChanges({ id, comment: 'À revoir.' });
                case 'reject':
                  return lead.rejectPaymentRequest({ id, reason: 'Non.' });
                case 'withdraw':
                  return w.service.as(actors.partner(ZOE)).withdrawPaymentRequest({ id });
                case 'leave':
                  return null;
              }
            };
            await run().catch((e: unknown) => {
              if (!isHonorariaError(e, 'rule_violation')) throw e;
            });
          }
          const requests = (await w.storage.list<{ entity: PaymentRequestEntity }>('payment_requests', { limit: 100 })).items.map((r) => r.data.entity);
          const sum = (list: PaymentRequestEntity[], pick: (r: PaymentRequestEntity) => number) => list.reduce((s, r) => s + pick(r), 0);
          const approved = requests.filter((r) => r.status === 'approved');
          const pending = requests.filter((r) => r.status === 'under_review');
          const totals = await totalsOf(w, 'mnd_1');
          expect(totals.approvedCents).toBeLessThanOrEqual(cap);
          expect(totals.approvedCents).toBe(sum(approved, (r) => r.quote?.totalCents ?? 0));
          expect(totals.approvedMinutes).toBe(sum(approved, (r) => r.quote?.recordedMinutes ?? 0));
          expect(totals.pendingCents).toBe(sum(pending, (r) => r.submittedQuote?.totalCents ?? 0));
          expect(totals.pendingMinutes).toBe(sum(pending, (r) => r.submittedQuote?.recordedMinutes ?? 0));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('bulk approval', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE });
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 15_000 });
    await seedActiveMandate(world, { id: 'mnd_2' });
  });

  it('approves each item in its own transaction and reports each failure with its code and message', async () => {
    const ok = await submitRequest(world, 'mnd_2', hour('ok'));
    const over = await submitRequest(world, 'mnd_1', structuredClone(WORKED)); // $120.00
    const over2 = await submitRequest(world, 'mnd_1', hour('x')); // $60.00: past $150.00 once the other is approved
    const stale = await submitRequest(world, 'mnd_2', hour('s'));
    const done = await submitRequest(world, 'mnd_2', hour('d'));
    await world.service.as(actors.lead).approvePaymentRequest({ id: done.id });
    const result = await world.service.as(actors.lead).bulkApprovePaymentRequests({
      items: [{ id: ok.id }, { id: over.id }, { id: over2.id }, { id: stale.id, expectedVersion: stale.version - 1 }, { id: done.id }, { id: 'prq_missing' }],
    });
    expect(result.succeeded).toEqual([
      { id: ok.id, version: 4, status: 'approved' },
      { id: over.id, version: 4, status: 'approved' },
    ]);
    expect(result.failed.map((f) => [f.id, f.code])).toEqual([
      [over2.id, 'rule_violation'],
      [stale.id, 'conflict'],
      [done.id, 'invalid_transition'],
      ['prq_missing', 'not_found'],
    ]);
    expect(result.failed[0]?.message.fr).toContain('plafond');
    expect(result.failed[0]?.message.en).toContain('cap');
    expect((await world.service.as(actors.lead).getPaymentRequest({ id: ok.id })).status).toBe('approved');
    expect((await world.service.as(actors.lead).getPaymentRequest({ id: over2.id })).status).toBe('under_review');
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 12_000, pendingCents: 6_000 });
  });

  it('re-runs only the failed items when retried with the same idempotency key', async () => {
    const a = await submitRequest(world, 'mnd_2', hour('a'));
    const b = await submitRequest(world, 'mnd_1', { entries: [entry('b', '2026-03-10', 300)] }); // $200.00 > $150.00
    const lead = world.service.as(actors.lead);
    const first = await lead.bulkApprovePaymentRequests({ items: [{ id: a.id }, { id: b.id }], idempotencyKey: 'bulk-1' });
    expect(first.failed.map((f) => f.code)).toEqual(['rule_violation']);
    await amendCap(world, 'mnd_1', 30_000);
    const audits = (await world.storage.listAudit({ subjectId: a.id })).items.length;
    const second = await lead.bulkApprovePaymentRequests({ items: [{ id: a.id }, { id: b.id }], idempotencyKey: 'bulk-1' });
    expect(second.succeeded).toEqual([first.succeeded[0], { id: b.id, version: 4, status: 'approved' }]);
    expect((await world.storage.listAudit({ subjectId: a.id })).items).toHaveLength(audits);
  });

  it('refuses an empty list and duplicate ids', async () => {
    const lead = world.service.as(actors.lead);
    await expect(lead.bulkApprovePaymentRequests({ items: [] })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(lead.bulkApprovePaymentRequests({ items: [{ id: 'x' }, { id: 'x' }] })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ code: 'duplicate_request' }] });
  });
});
