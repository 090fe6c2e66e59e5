import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { QuoteExpenseInput } from '../../src/compensation/quote-input';
import { framework, mandateAt, partner } from './fixtures';

function quote(expenses: QuoteExpenseInput[], decisions = []) {
  return quotePaymentRequest({ entries: [], expenses, decisions }, { mandate: mandateAt('consult'), framework, partner, asOf: '2026-03-20' });
}

describe('expenses: reimbursement is not compensation', () => {
  it('prices mileage per km and actual costs as claimed, both non-taxable', () => {
    const q = quote([
      { id: 'km', date: '2026-03-02', type: 'mileage', km: 42 },
      { id: 'park', date: '2026-03-02', type: 'parking', amountCents: 900 },
    ]);
    expect(q.expenseLines.map((l) => [l.cents, l.treatment])).toEqual([
      [2100, 'reimbursement'],
      [900, 'reimbursement'],
    ]);
    expect(q.compensationCents).toBe(0);
    expect(q.expenseCents).toBe(3000);
    expect(q.taxableCents).toBe(0);
    expect(q.nonTaxableCents).toBe(3000);
    expect(q.expenseLines[0]?.explanation.fr).toBe('Kilométrage : 42 km × 0,50\u00a0$ = 21,00\u00a0$ (remboursement non imposable)');
  });

  it('a flat allowance is a taxable allowance when configured so', () => {
    const q = quote([{ id: 'a', date: '2026-03-02', type: 'allowance', allowanceCode: 'online_meeting', quantity: 2 }]);
    expect(q.expenseLines[0]).toMatchObject({ cents: 1000, treatment: 'taxable_allowance' });
    expect(q.taxableCents).toBe(1000);
    expect(q.expenseLines[0]?.explanation.en).toBe('Online meeting: 2 × $5.00 = $10.00 (taxable allowance)');
  });

  it('warns about a missing receipt above the threshold and a missing prior approval', () => {
    const q = quote([{ id: 'c', date: '2026-03-02', type: 'childcare', amountCents: 25000 }]);
    expect(q.warnings.map((w) => w.code)).toEqual(['receipt_missing', 'pre_approval_required']);
    const ok = quote([{ id: 'c', date: '2026-03-02', type: 'childcare', amountCents: 25000, receiptIds: ['r'], preApproved: true }]);
    expect(ok.warnings).toEqual([]);
  });

  it('does not reimburse a type the policy does not allow, and an unknown allowance', () => {
    const q = quote([
      { id: 'm', date: '2026-03-02', type: 'meals', amountCents: 800, receiptIds: ['r'] },
      { id: 'a', date: '2026-03-02', type: 'allowance', allowanceCode: 'nope' },
    ]);
    expect(q.expenseLines.map((l) => l.cents)).toEqual([0, 0]);
    expect(q.warnings.map((w) => w.code)).toEqual(['expense_not_allowed', 'unknown_allowance']);
  });

  it('applies the approver’s decisions on expenses', () => {
    const q = quotePaymentRequest(
      {
        entries: [],
        expenses: [
          { id: 'p1', date: '2026-03-02', type: 'parking', amountCents: 900 },
          { id: 'p2', date: '2026-03-03', type: 'parking', amountCents: 900 },
        ],
        decisions: [
          { lineId: 'p1', target: 'expense', decision: 'adjusted', adjustedAmountCents: 500 },
          { lineId: 'p2', target: 'expense', decision: 'rejected' },
        ],
      },
      { mandate: mandateAt('consult'), framework, partner, asOf: '2026-03-20' },
    );
    expect(q.expenseLines.map((l) => [l.claimedCents, l.cents])).toEqual([
      [900, 500],
      [900, 0],
    ]);
    expect(q.expenseLines[0]?.explanation.en).toContain('adjusted by the approver to $5.00 (claimed: $9.00)');
  });
});
