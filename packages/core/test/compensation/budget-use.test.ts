import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetUse } from '../../src/compensation/budget-weight';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import { checkBudget } from '../../src/workflow/payment-requests/mandate-budget';
import { framework, mandateAt, partner } from './fixtures';

describe('one budget rule for the quote and the approval', () => {
  it('the quote blocks exactly when the approval refuses, with the same excess', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120_000 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 15, max: 1200 }),
        fc.option(fc.integer({ min: 60, max: 3000 }), { nil: undefined }),
        (approvedCents, pendingCents, approvedMinutes, pendingMinutes, minutes, maxMinutes) => {
          const totals = { approvedCents, pendingCents, paidCents: 0, approvedMinutes, pendingMinutes };
          const mandate = mandateAt('consult', { totals, ...(maxMinutes === undefined ? {} : { maxMinutes }) });
          const quote = quotePaymentRequest({ entries: [{ id: 'a', date: '2026-03-10', category: 'meeting', minutes }] }, { mandate, framework, partner, asOf: '2026-03-20' });
          const use = budgetUse(mandate, quote);
          const blocking = quote.warnings.filter((w) => w.code === 'budget_exceeded' || w.code === 'max_minutes_exceeded');
          let refused: string | null = null;
          try {
            checkBudget(mandate, quote);
          } catch (error) {
            if (!isHonorariaError(error, 'rule_violation')) throw error;
            refused = String(error.details.reason);
            if (refused === 'budget_exceeded') expect(error.details.excessCents).toBe(use.excessCents);
          }
          expect(blocking.length > 0).toBe(refused !== null);
          const exceeded = quote.warnings.find((w) => w.code === 'budget_exceeded');
          if (exceeded !== undefined) {
            expect(refused).toBe('budget_exceeded');
            expect(exceeded.params.excessCents).toBe(use.excessCents);
            expect(use.approvedAfterCents).toBe(approvedCents + use.requestCents);
          }
          // Pending requests never block: the same mandate with nothing pending gives the same verdict.
          const settled = mandateAt('consult', { totals: { ...totals, pendingCents: 0, pendingMinutes: 0 }, ...(maxMinutes === undefined ? {} : { maxMinutes }) });
          expect(budgetUse(settled, quote).excessCents).toBe(use.excessCents);
          expect(budgetUse(settled, quote).excessMinutes).toBe(use.excessMinutes);
        },
      ),
      { numRuns: 200 },
    );
  });
});
