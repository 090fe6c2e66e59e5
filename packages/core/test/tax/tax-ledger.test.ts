import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { TaxYearLedger } from '../../src/schemas/tax-year-ledger';
import type { LedgerPayment } from '../../src/tax/tax-ledger';
import { buildTaxLedgers, emptyLedger, recordPayment } from '../../src/tax/tax-ledger';
import { slipsToIssue } from '../../src/tax/slips-to-issue';
import type { TaxRule } from '../../src/tax/tax-rule';
import { requiresSlip, taxRulesForYear } from '../../src/tax/tax-rule';

const T4A: TaxRule = {
  id: 't4a',
  kind: 'T4A',
  label: { fr: 'T4A', en: 'T4A' },
  jurisdiction: 'CA',
  box: '028',
  thresholdCents: 50_000,
  comparison: 'above',
  alwaysIssue: false,
  effectiveFromYear: 2020,
  source: { status: 'sourced', citation: 'CRA guide RC4157' },
};
const RL1: TaxRule = { ...T4A, id: 'rl1', kind: 'RL1', jurisdiction: 'QC', box: 'O-RZ', provinces: ['QC'], source: { status: 'to_verify', note: 'RL-1 box O' } };
const options = { timeZone: 'America/Toronto', rules: [T4A, RL1], currency: 'CAD' };

const pay = (paidAt: string, taxableCents: number, extra: Partial<LedgerPayment> = {}): LedgerPayment => ({
  partnerId: 'p1',
  payerId: 'org',
  paidAt,
  taxableCents,
  nonTaxableCents: 0,
  ...extra,
});

describe('tax ledger', () => {
  it('a payment at 23:30 on 31 December in Montréal belongs to that year', () => {
    const ledgers = buildTaxLedgers([pay('2027-01-01T04:30:00Z', 10_000)], options);
    expect(ledgers.map((l) => [l.year, l.byMonth[11]])).toEqual([[2026, 10_000]]);
    const utc = buildTaxLedgers([pay('2027-01-01T04:30:00Z', 10_000)], { ...options, timeZone: 'UTC' });
    expect(utc[0]?.year).toBe(2027);
  });

  it('$500.00 in a year issues no T4A; $500.01 does (strictly above the threshold)', () => {
    const at500 = buildTaxLedgers([pay('2026-03-01T15:00:00Z', 30_000), pay('2026-06-01T15:00:00Z', 20_000)], options);
    expect(at500[0]?.taxableCents).toBe(50_000);
    expect(at500[0]?.crossings).toEqual([]);
    expect(slipsToIssue(at500, { year: 2026, rules: [T4A] })).toEqual([]);
    const above = buildTaxLedgers([pay('2026-03-01T15:00:00Z', 30_000), pay('2026-06-01T15:00:00Z', 20_001)], options);
    expect(above[0]?.crossings).toEqual([{ ruleId: 't4a', kind: 'T4A', at: '2026-06-01T15:00:00Z' }, { ruleId: 'rl1', kind: 'RL1', at: '2026-06-01T15:00:00Z' }]);
    expect(slipsToIssue(above, { year: 2026, rules: [T4A] })).toEqual([
      { partnerId: 'p1', payerId: 'org', year: 2026, kind: 'T4A', ruleId: 't4a', jurisdiction: 'CA', box: '028', amountCents: 50_001, currency: 'CAD', crossedAt: '2026-06-01T15:00:00Z' },
    ]);
  });

  it('keeps taxable and non-taxable apart, by form and by month', () => {
    const [ledger] = buildTaxLedgers(
      [pay('2026-02-10T15:00:00Z', 5_000, { nonTaxableCents: 2_100 }), pay('2026-02-20T15:00:00Z', 5_000, { form: 'gift_card' })],
      options,
    );
    expect(ledger).toMatchObject({ taxableCents: 10_000, nonTaxableCents: 2_100, byForm: { cash: 5_000, gift_card: 5_000 }, payments: 2 });
    expect(ledger?.byMonth[1]).toBe(10_000);
    expect(TaxYearLedger.parse(ledger)).toEqual(ledger);
  });

  it('issues provincial slips only for partners of that province; a rule may always issue', () => {
    const ledgers = buildTaxLedgers(
      [pay('2026-03-01T15:00:00Z', 60_000), pay('2026-03-01T15:00:00Z', 60_000, { partnerId: 'p2' }), pay('2026-03-01T15:00:00Z', 100, { partnerId: 'p3' })],
      options,
    );
    const always: TaxRule = { ...RL1, id: 'rl27', kind: 'RL27', box: 'A', alwaysIssue: true, provinces: undefined };
    const slips = slipsToIssue(ledgers, { year: 2026, rules: [T4A, RL1, always], provinceOf: (id) => (id === 'p1' ? 'QC' : 'ON') });
    expect(slips.map((s) => `${s.partnerId}:${s.kind}`)).toEqual(['p1:RL1', 'p1:RL27', 'p1:T4A', 'p2:RL27', 'p2:T4A', 'p3:RL27']);
  });

  it('reads dated rules: a rule applies only in its years', () => {
    const old: TaxRule = { ...T4A, id: 'old', effectiveFromYear: 2010, effectiveToYear: 2019, thresholdCents: 10_000 };
    expect(taxRulesForYear([old, T4A], 2019).map((r) => r.id)).toEqual(['old']);
    expect(taxRulesForYear([old, T4A], 2026).map((r) => r.id)).toEqual(['t4a']);
    expect(requiresSlip({ ...T4A, comparison: 'at_or_above' }, 50_000)).toBe(true);
  });

  it('records one payment at a time the same way, and refuses another ledger’s payment', () => {
    let ledger = emptyLedger('p1', 'org', 2026, 'CAD');
    ledger = recordPayment(ledger, pay('2026-03-01T15:00:00Z', 40_000), options);
    const before = ledger;
    ledger = recordPayment(ledger, pay('2026-04-01T15:00:00Z', 20_000), options);
    expect(before.taxableCents).toBe(40_000);
    expect(ledger.crossings.map((c) => c.ruleId)).toEqual(['t4a', 'rl1']);
    expect(() => recordPayment(ledger, pay('2027-03-01T15:00:00Z', 1), options)).toThrow(HonorariaError);
    expect(() => recordPayment(ledger, pay('not a date', 1), options)).toThrow(HonorariaError);
    expect(() => recordPayment(ledger, pay('2026-03-01T15:00:00Z', 0.5), options)).toThrow(HonorariaError);
  });

  it('the threshold is crossed at most once per partner, payer and year, even with reversals (property)', () => {
    const paymentArb = fc.record({
      partnerId: fc.constantFrom('p1', 'p2'),
      payerId: fc.constantFrom('org', 'other'),
      // Few distinct instants, so that payments at the same instant happen often.
      paidAt: fc.constantFrom('2025-12-31T12:00:00Z', '2026-01-01T04:30:00Z', '2026-05-01T12:00:00Z', '2026-12-31T23:59:00Z', '2027-01-01T05:00:00Z'),
      taxableCents: fc.integer({ min: -30_000, max: 40_000 }),
      nonTaxableCents: fc.integer({ min: 0, max: 5_000 }),
    });
    fc.assert(
      fc.property(fc.array(paymentArb, { maxLength: 60 }), (payments) => {
        const ledgers = buildTaxLedgers(payments, options);
        const sorted = [...payments].sort((a, b) => Date.parse(a.paidAt) - Date.parse(b.paidAt) || a.taxableCents - b.taxableCents);
        for (const ledger of ledgers) {
          const ids = ledger.crossings.map((c) => c.ruleId);
          expect(new Set(ids).size).toBe(ids.length);
          // Sum of the year equals the sum of its payments.
          expect(ledger.byMonth.reduce((s, c) => s + c, 0)).toBe(ledger.taxableCents);
          // Built in one pass = recorded one by one in time order.
          let one = emptyLedger(ledger.partnerId, ledger.payerId, ledger.year, 'CAD');
          for (const p of sorted) {
            if (p.partnerId !== ledger.partnerId || p.payerId !== ledger.payerId) continue;
            try {
              one = recordPayment(one, p, options);
            } catch {
              // another year
            }
          }
          expect(one).toEqual(ledger);
        }
        // The order of the input does not matter.
        expect(buildTaxLedgers([...payments].reverse(), options)).toEqual(ledgers);
      }),
      { numRuns: 200 },
    );
  });
});
