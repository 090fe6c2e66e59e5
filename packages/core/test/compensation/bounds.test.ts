import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import { defineFramework } from '../../src/framework/define-framework';
import type { QuoteRequest } from '../../src/compensation/quote-input';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { applyTotals } from '../../src/workflow/payment-requests/mandate-budget';
import { framework, frameworkInput, mandateAt, partner } from './fixtures';

function quote(request: QuoteRequest, f = framework) {
  return quotePaymentRequest(request, { mandate: mandateAt('consult', { budgetCapCents: 100_000_000 }), framework: f, partner, asOf: '2026-05-31' });
}

function failure(run: () => unknown) {
  try {
    run();
  } catch (e) {
    if (isHonorariaError(e, 'validation_failed')) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('bounds: ceilings per line and per request, dates between 1900 and 2100', () => {
  it('an expense of Number.MAX_SAFE_INTEGER cents is refused, in both languages, by path', () => {
    const e = failure(() => quote({ entries: [], expenses: [{ id: 'x', date: '2026-05-01', type: 'parking', amountCents: Number.MAX_SAFE_INTEGER, receiptIds: ['r'] }] }));
    expect(e.issues).toEqual([expect.objectContaining({ path: ['expenses', 0, 'amountCents'], code: 'too_big', message: { fr: 'Doit être inférieur ou égal à 1000000.', en: 'Must be less than or equal to 1000000.' } })]);
  });

  it('a line above the default $10,000.00 and a request above $50,000.00 are refused', () => {
    // A hundred activities of $3,000.00 (a rule at $3,000 per review) in one line: $300,000.00.
    const snapshot = mandateAt('consult').rateSnapshot;
    if (snapshot === undefined) throw new Error('snapshot');
    const rich = mandateAt('consult', { rateSnapshot: { ...snapshot, rules: snapshot.rules.map((r) => (r.unit === 'activity' ? { ...r, amountCents: 300_000, maxUnitsPerDay: 100 } : r)) } });
    const e = failure(() => quotePaymentRequest({ entries: [{ id: 'a', date: '2026-05-01', category: 'review', minutes: 60, units: 100 }] }, { mandate: rich, framework, partner, asOf: '2026-05-31' }));
    expect(e.issues.map((i) => [i.path, i.message.en])).toEqual([
      [['entries', 0], 'A line may not exceed $10,000.00; ask for authorization or split the claim.'],
      [[], 'A request may not exceed $50,000.00 in total; split it.'],
    ]);
    expect(e.issues[0]?.message.fr).toBe('Une ligne ne peut dépasser 10\u00a0000,00\u00a0$ ; demandez une autorisation ou divisez la réclamation.');
  });

  it('the ceilings are framework settings', () => {
    const strict = defineFramework({ ...frameworkInput, limits: { maxLineCents: 4000 } });
    const e = failure(() => quote({ entries: [{ id: 'a', date: '2026-05-01', category: 'meeting', minutes: 120 }] }, strict));
    expect(e.issues.map((i) => i.path)).toEqual([['entries', 0]]);
    expect(quote({ entries: [{ id: 'a', date: '2026-05-01', category: 'meeting', minutes: 60 }] }, strict).totalCents).toBe(2500);
  });

  it('dates like 0000-01-01 or 2101-01-01 are refused', () => {
    const e = failure(() =>
      quote({ entries: [{ id: 'a', date: '0000-01-01', category: 'meeting', minutes: 60 }], expenses: [{ id: 'x', date: '2101-01-01', type: 'parking', amountCents: 100 }] }),
    );
    expect(e.issues.map((i) => [i.path, i.code, i.message.en])).toEqual([
      [['entries', 0, 'date'], 'date_out_of_range', 'The date must be between 1900-01-01 and 2100-12-31.'],
      [['expenses', 0, 'date'], 'date_out_of_range', 'The date must be between 1900-01-01 and 2100-12-31.'],
    ]);
  });
});

describe('properties: totals are exact, mandate totals never drift', () => {
  const requestArb = fc.record({
    entries: fc.array(
      fc.record({ date: fc.integer({ min: 1, max: 28 }), category: fc.constantFrom('meeting', 'review', 'workshop', 'committee', 'webinar'), minutes: fc.integer({ min: 0, max: 1440 }), units: fc.integer({ min: 1, max: 100 }) }),
      { maxLength: 30 },
    ),
    expenses: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 30 }),
  });

  it('every quote that passes the bounds has safe-integer sums equal to its lines; adding then removing it from the totals gives them back', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 0, max: 2 ** 40 }), (r, base) => {
        const request: QuoteRequest = {
          entries: r.entries.map((e, i) => ({ id: `e${i}`, date: `2026-05-${String(e.date).padStart(2, '0')}`, category: e.category, minutes: e.minutes, units: e.units })),
          expenses: r.expenses.map((cents, i) => ({ id: `x${i}`, date: '2026-05-02', type: 'parking' as const, amountCents: cents, receiptIds: ['r'] })),
        };
        let q;
        try {
          q = quote(request);
        } catch (e) {
          expect(isHonorariaError(e, 'validation_failed')).toBe(true);
          return;
        }
        const sum = (xs: readonly { cents: number }[]) => xs.reduce((s, x) => s + x.cents, 0);
        expect(q.compensationCents).toBe(sum(q.lines));
        expect(q.expenseCents).toBe(sum(q.expenseLines));
        expect(q.totalCents).toBe(q.compensationCents + q.expenseCents);
        for (const v of [q.compensationCents, q.expenseCents, q.totalCents, q.taxableCents, q.nonTaxableCents]) expect(Number.isSafeInteger(v)).toBe(true);
        expect(q.totalCents).toBeLessThanOrEqual(framework.limits.maxRequestCents);
        const totals = { approvedCents: base, pendingCents: base, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 };
        const added = applyTotals(totals, { pendingCents: q.totalCents, pendingMinutes: q.recordedMinutes }, 'm');
        const moved = applyTotals(added, { pendingCents: -q.totalCents, pendingMinutes: -q.recordedMinutes, approvedCents: q.totalCents, approvedMinutes: q.recordedMinutes }, 'm');
        expect(moved).toEqual({ ...totals, approvedCents: base + q.totalCents, approvedMinutes: q.recordedMinutes });
        expect(applyTotals(moved, { approvedCents: -q.totalCents, approvedMinutes: -q.recordedMinutes }, 'm')).toEqual(totals);
      }),
      { numRuns: 300 },
    );
  });
});
