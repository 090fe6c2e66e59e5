import { describe, expect, it } from 'vitest';
import type { PriorRequest } from '../../src/compensation/quote-input';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { framework, mandateAt, partner } from './fixtures';

const earlier: PriorRequest = {
  id: 'pr-1',
  mandateId: 'mandate-1',
  entries: [{ id: 'a', date: '2026-05-07', category: 'meeting', minutes: 60 }],
  quote: { lines: [], expenseLines: [{ id: 'x', date: '2026-05-07', type: 'parking', claimedCents: 1200, cents: 1200, treatment: 'reimbursement', explanation: { fr: '', en: '' } }] },
};

function quote(prior: PriorRequest[] = [earlier]) {
  return quotePaymentRequest(
    {
      entries: [
        { id: 'b', date: '2026-05-07', category: 'meeting', minutes: 60 },
        { id: 'c', date: '2026-05-08', category: 'meeting', minutes: 60 },
      ],
      expenses: [
        { id: 'y', date: '2026-05-07', type: 'parking', amountCents: 1200, receiptIds: ['r1'] },
        { id: 'z', date: '2026-05-08', type: 'transit', amountCents: 650 },
        { id: 'w', date: '2026-05-08', type: 'transit', amountCents: 650 },
      ],
    },
    { mandate: mandateAt('consult'), framework, partner, asOf: '2026-05-31', prior },
  );
}

describe('duplicate claims are flagged for the approver', () => {
  it('the same date and activity as an earlier request, and the same expense amount and date, are warnings with their origin', () => {
    const dup = quote().warnings.filter((w) => w.code.startsWith('possible_duplicate'));
    expect(dup.map((w) => [w.code, w.path, w.params])).toEqual([
      ['possible_duplicate_entry', ['entries', 0], { date: '2026-05-07', category: 'meeting', requestId: 'pr-1' }],
      ['possible_duplicate_expense', ['expenses', 0], { date: '2026-05-07', amountCents: 1200, requestId: 'pr-1' }],
      ['possible_duplicate_expense', ['expenses', 2], { date: '2026-05-08', amountCents: 650 }],
    ]);
    expect(dup[0]?.message.en).toBe('A “meeting” activity on May 7, 2026 is already claimed in request pr-1: check that it is not the same work.');
    expect(dup[1]?.message.fr).toBe('Une dépense de 12,00\u00a0$ du 7 mai 2026 est déjà réclamée dans la demande pr-1 : vérifiez qu’il ne s’agit pas de la même.');
    expect(dup.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('an entry the earlier request’s approver rejected is no duplicate', () => {
    const rejected = { ...earlier, decisions: [{ lineId: 'a', target: 'entry' as const, decision: 'rejected' as const }, { lineId: 'x', target: 'expense' as const, decision: 'rejected' as const }] };
    expect(quote([rejected]).warnings.filter((w) => w.code.startsWith('possible_duplicate')).map((w) => w.path)).toEqual([['expenses', 2]]);
  });
});
