import { beforeEach, describe, expect, it } from 'vitest';
import type { FrameworkInput } from '../../../src/framework/framework-config';
import { actors, frameworkInput } from '../fixtures';
import { createPaymentWorld, entry, seedActiveMandate, seedPartner, submitRequest, ZOE } from './payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

/** The shared framework, with the $40/h rule capped at 4 hours a day. */
const capped: Partial<FrameworkInput> = {
  rateSchedules: (frameworkInput.rateSchedules ?? []).map((s) => ({ ...s, rules: s.rules.map((r) => (r.id === 'involve_hourly' ? { ...r, maxMinutesPerDay: 240 } : r)) })),
};

async function quoteOf(world: World, id: string) {
  const { paymentRequest } = await world.service.as(actors.lead).getPaymentRequest({ id });
  if (paymentRequest.quote === undefined) throw new Error('no quote');
  return paymentRequest.quote;
}

describe('requests of one partner share their days and their periods', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld({ framework: capped });
  });

  it('a second request for 10 March gets only what the daily cap leaves after the first (pending); a withdrawn one counts nothing', async () => {
    await seedPartner(world, { id: ZOE });
    await seedActiveMandate(world, { id: 'mnd_1' });
    const a = await submitRequest(world, 'mnd_1', { entries: [entry('a1', '2026-03-10', 180)] }); // 3 h, pending
    const b = await submitRequest(world, 'mnd_1', { entries: [entry('b1', '2026-03-10', 120)] }); // 2 h more, 1 h left
    const qb = await quoteOf(world, b.id);
    expect(qb.lines[0]).toMatchObject({ billableMinutes: 60, cents: 4000 });
    expect(qb.lines[0]?.explanation.en).toContain(`time is already claimed in request ${a.id}`);
    // The approver sees the possible duplicate (same date and activity as the first request).
    const asApprover = await world.service.as(actors.lead).getPaymentRequest({ id: b.id });
    expect(asApprover.paymentRequest.quote?.warnings).toContainEqual(expect.objectContaining({ code: 'possible_duplicate_entry', params: { date: '2026-03-10', category: 'meeting', requestId: a.id } }));
    // The first request approved: the second, approved after it, still sees the first.
    await world.service.as(actors.lead).approvePaymentRequest({ id: a.id });
    const approvedB = await world.service.as(actors.lead).approvePaymentRequest({ id: b.id });
    expect(approvedB.paymentRequest.quote?.compensationCents).toBe(4000);
    // A request withdrawn before review counts nothing for a later one.
    const c = await world.service.as(actors.partner(ZOE)).createPaymentRequest({ mandateId: 'mnd_1', entries: [entry('c1', '2026-03-11', 240)], expenses: [] });
    await world.service.as(actors.partner(ZOE)).submitPaymentRequest({ id: c.paymentRequest.id, attest: true });
    await world.service.as(actors.partner(ZOE)).withdrawPaymentRequest({ id: c.paymentRequest.id });
    const d = await submitRequest(world, 'mnd_1', { entries: [entry('d1', '2026-03-11', 240)] });
    expect((await quoteOf(world, d.id)).compensationCents).toBe(16000);
  });

  it('the partner’s monthly cap counts pending and approved requests of the month, not only payments', async () => {
    await seedPartner(world, {
      id: ZOE,
      compensationPreference: { partnerId: ZOE, mode: 'cap', capPerMonthCents: 10000, capOverflow: 'carry_over', preferredForm: 'cash', declaredAt: '2026-01-15T15:00:00.000Z' },
    });
    await seedActiveMandate(world, { id: 'mnd_1' });
    await seedActiveMandate(world, { id: 'mnd_2' });
    const a = await submitRequest(world, 'mnd_1', { entries: [entry('a1', '2026-03-10', 90)] }); // $60.00, pending
    const b = await submitRequest(world, 'mnd_2', { entries: [entry('b1', '2026-03-20', 90)] }); // $60.00 more, in March
    const qb = await quoteOf(world, b.id);
    expect(qb.compensationCents).toBe(4000);
    expect(qb.lines.at(-1)).toMatchObject({ kind: 'cap_adjustment', period: '2026-03', cents: -2000 });
    // April work: the $20.00 carried from March is paid with it, naming its origin.
    const c = await submitRequest(world, 'mnd_1', { entries: [entry('c1', '2026-04-01', 60)] });
    const qc = await quoteOf(world, c.id);
    expect(qc.lines.find((l) => l.kind === 'carry_over')).toMatchObject({ cents: 2000, originRequestId: b.id, period: '2026-03' });
    expect(qc.compensationCents).toBe(6000);
    expect(a.id).not.toBe(b.id);
  });
});
