import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { QuoteContext, QuoteRequest } from '../../src/compensation/quote-input';
import type { Framework } from '../../src/framework/framework-config';
import { framework, mandateAt, partner } from './fixtures';

function codes(request: QuoteRequest, context: Partial<QuoteContext> = {}) {
  const q = quotePaymentRequest(request, { mandate: mandateAt('consult'), framework, partner, asOf: '2026-03-20', ...context });
  return q.warnings;
}

const hours = (minutes: number, date = '2026-03-10') => ({ entries: [{ id: 'a', date, category: 'meeting', minutes }] });

describe('warnings are data, never exceptions', () => {
  it('budget at 80 %, at 100 % and beyond', () => {
    const totals = { approvedCents: 70_000, pendingCents: 5_000, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 };
    const mandate = mandateAt('consult', { totals });
    // Pending requests are a forecast: 70,000 approved + 30,000 = 100 % of the cap, 105 % with pending.
    const forecast = codes(hours(12 * 60), { mandate });
    expect(forecast.map((w) => [w.code, w.severity])).toEqual([['budget_reached', 'warning']]);
    const approvedOnly = { ...totals, approvedCents: 75_000, pendingCents: 0 };
    const at80 = codes(hours(12 * 60), { mandate: mandateAt('consult', { totals: approvedOnly }) }); // 75,000 approved + 30,000 = 105 % → exceeded
    expect(at80.map((w) => [w.code, w.severity])).toEqual([['budget_exceeded', 'blocking']]);
    expect(at80[0]?.params).toMatchObject({ committedCents: 105_000, approvedAfterCents: 105_000, capCents: 100_000, excessCents: 5_000 });
    expect(at80[0]?.message.en).toBe('The mandate’s budget would be exceeded by $50.00 ($1,050.00 of $1,000.00): the mandate needs an amendment.');
    const w80 = codes(hours(12 * 60), { mandate: mandateAt('consult', { totals: { ...totals, approvedCents: 50_000 } }) }); // 85 %
    expect(w80.map((w) => [w.code, w.params.percent])).toEqual([['budget_80', 85]]);
    expect(w80[0]?.message.fr).toBe('Le mandat atteindra 85\u00a0% de son budget (850,00\u00a0$ sur 1\u00a0000,00\u00a0$).');
    const w100 = codes(hours(10 * 60), { mandate: mandateAt('consult', { totals }) }); // exactly 100 %
    expect(w100.map((w) => w.code)).toEqual(['budget_reached']);
    expect(codes(hours(60))).toEqual([]);
  });

  it('a budget cap on compensation only ignores expenses', () => {
    const mandate = mandateAt('consult', { budgetCapCents: 2500, budgetScope: 'compensation' });
    const w = codes({ ...hours(60), expenses: [{ id: 'x', date: '2026-03-10', type: 'mileage', km: 100 }] }, { mandate });
    expect(w.map((x) => x.code)).toEqual(['budget_reached']);
  });

  it('maximum time of the mandate', () => {
    const pendingOnly = mandateAt('consult', { maxMinutes: 600, totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 500, pendingMinutes: 60 } });
    expect(codes(hours(60), { mandate: pendingOnly })).toEqual([]); // pending minutes are a forecast
    const mandate = mandateAt('consult', { maxMinutes: 600, totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 560, pendingMinutes: 0 } });
    const w = codes(hours(60), { mandate });
    expect(w.map((x) => [x.code, x.severity, x.params.usedMinutes])).toEqual([['max_minutes_exceeded', 'blocking', 620]]);
    expect(w[0]?.message.fr).toBe('Le temps maximal du mandat serait dépassé (10\u00a0h\u00a020 sur 10\u00a0h).');
  });

  it('entries outside the mandate, in the future, late, or in a category not allowed', () => {
    const mandate = mandateAt('consult', { allowedCategories: ['focus_group'] });
    const w = codes(
      {
        entries: [
          { id: 'a', date: '2026-01-15', category: 'focus_group', minutes: 60 },
          { id: 'b', date: '2026-03-25', category: 'focus_group', minutes: 60 },
          { id: 'c', date: '2026-03-10', category: 'meeting', minutes: 60 },
        ],
      },
      { mandate, asOf: '2026-06-01' },
    );
    expect(w.map((x) => `${x.code}@${x.path.join('.')}`)).toEqual([
      'entry_outside_mandate@entries.0',
      'late_submission@entries.0',
      'category_not_allowed@entries.2',
    ]);
    expect(w[0]?.message.fr).toBe('Activité du 15 janvier 2026 en dehors de la période du mandat (1er février 2026 au 31 décembre 2026).');
    expect(w[1]?.message.en).toBe('Activity on January 15, 2026 submitted after the 90-day window.');
    const future = codes(hours(60, '2026-04-01'));
    expect(future.map((x) => x.code)).toEqual(['entry_in_future']);
  });

  it('a missing SIN when the year would cross the slip threshold: $500.00 no, $500.01 yes', () => {
    const ledger = { year: 2026, taxableCents: 47_500, byMonth: [0, 0, 47_500, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(codes(hours(60), { ledger })).toEqual([]); // 475 + 25 = 500.00: not above
    const w = codes(hours(61), { ledger }); // 500.42
    expect(w.map((x) => [x.code, x.severity])).toEqual([['sin_missing', 'warning']]);
    expect(w[0]?.params).toMatchObject({ totalCents: 50_042, thresholdCents: 50_000, slip: 'T4A' });
    expect(codes(hours(61), { ledger, taxProfile: { sinStatus: 'provided' } })).toEqual([]);
    expect(codes(hours(61), { ledger, taxProfile: { sinStatus: 'temporary', sinExpiresOn: '2026-01-01' } }).map((x) => x.code)).toEqual(['sin_missing']);
    const blocking = { ...framework, tax: { ...framework.tax, missingSin: 'block' } } as Framework;
    expect(codes(hours(61), { ledger, framework: blocking })[0]?.severity).toBe('blocking');
  });

  it('warning messages read like plain data: JSON, structuredClone, spreading', () => {
    const w = codes(hours(60, '2026-04-01'));
    const plain = JSON.parse(JSON.stringify(w));
    expect(plain[0].message.en).toBe('Activity dated April 1, 2026, after the date of the request.');
    expect(structuredClone(w)).toEqual(plain);
    expect({ ...w[0] }).toEqual(plain[0]);
  });
});
