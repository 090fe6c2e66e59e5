import { describe, expect, it } from 'vitest';
import { listLedgerEntries } from '../../../src/workflow/ledger-entry';
import { actors } from '../fixtures';
import { createPaymentWorld, entry, paidRequest, seedActiveMandate, seedPartner, ZOE } from '../payment-requests/payment-fixtures';

describe('the tax year of a payment, in the organization’s time zone (Montréal)', () => {
  async function montreal() {
    const world = createPaymentWorld({
      start: '2026-12-20T15:00:00Z',
      framework: { organization: { id: 'org', name: { fr: 'Unité de soutien', en: 'Support unit' }, type: 'research_unit', timeZone: 'America/Montreal' } },
    });
    await seedPartner(world, { id: ZOE });
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 200_000 });
    return world;
  }

  it('files a payment at 23:30 on 31 December in Montréal under that year (04:30 UTC the next day)', async () => {
    const world = await montreal();
    world.clock.set('2027-01-01T04:30:00Z');
    await paidRequest(world, 'mnd_1', { entries: [entry('e1', '2026-12-15', 60)] });
    expect(await listLedgerEntries(world.storage, { year: 2026 })).toEqual([expect.objectContaining({ year: 2026, month: 12, paidOn: '2026-12-31', taxableCents: 4_000 })]);
    expect(await listLedgerEntries(world.storage, { year: 2027 })).toEqual([]);
  });

  it('files a payment at midnight on 1 January in Montréal under the new year', async () => {
    const world = await montreal();
    world.clock.set('2027-01-01T05:00:00Z');
    await paidRequest(world, 'mnd_1', { entries: [entry('e1', '2026-12-15', 60)] });
    expect(await listLedgerEntries(world.storage, { year: 2026 })).toEqual([]);
    expect(await listLedgerEntries(world.storage, { year: 2027 })).toEqual([expect.objectContaining({ year: 2027, month: 1, paidOn: '2027-01-01' })]);
  });

  it('splits the tax summary and the T4A threshold at the boundary: $480 on 31 December, $160 on 1 January', async () => {
    const world = await montreal();
    world.clock.set('2027-01-01T04:59:59Z'); // 23:59:59 on 31 December
    await paidRequest(world, 'mnd_1', { entries: [entry('a', '2026-12-15', 720)] }); // $480.00
    world.clock.set('2027-01-01T05:00:00Z');
    await paidRequest(world, 'mnd_1', { entries: [entry('b', '2026-12-16', 240)] }); // $160.00
    const finance = world.service.as(actors.finance);
    const y2026 = await finance.getTaxSummary({ year: 2026 });
    const y2027 = await finance.getTaxSummary({ year: 2027 });
    expect(y2026.rows).toEqual([expect.objectContaining({ partnerId: ZOE, taxableCents: 48_000, thresholdCrossed: false, slips: [] })]);
    expect(y2027.rows).toEqual([expect.objectContaining({ partnerId: ZOE, taxableCents: 16_000, thresholdCrossed: false })]);
    expect((await finance.generateTaxSlips({ year: 2026 })).generated).toEqual([]);
  });
});
