import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { QuoteRequest } from '../../src/compensation/quote-input';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { framework, mandateAt, partner } from './fixtures';

function error(request: unknown, asOf = '2026-03-20', mandate = mandateAt('consult')): HonorariaError {
  try {
    quotePaymentRequest(request as QuoteRequest, { mandate, framework, partner, asOf });
  } catch (e) {
    if (e instanceof HonorariaError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('invalid input', () => {
  it('a negative number of minutes is validation_failed with the path', () => {
    const e = error({ entries: [{ id: 'a', date: '2026-03-10', category: 'meeting', minutes: -30 }] });
    expect(e.code).toBe('validation_failed');
    expect(e.issues).toEqual([
      { path: ['entries', 0, 'minutes'], code: 'too_small', message: { fr: 'Doit être supérieur ou égal à 0.', en: 'Must be greater than or equal to 0.' } },
    ]);
  });

  it('lists every issue, never echoing a value', () => {
    const e = error(
      {
        entries: [
          { id: 'a', date: '2026-02-30', category: 'meeting', minutes: 90.5 },
          { id: 'a', date: '2026-03-10', category: '', minutes: 2000 },
          'not an entry',
        ],
        expenses: [{ id: 'x', date: '2026-03-10', type: 'mileage' }, { id: 'y', date: '2026-03-10', type: 'yacht', amountCents: -1 }],
        decisions: [{ lineId: 'a', target: 'entry', decision: 'adjusted' }],
      },
      '20260320',
    );
    expect(e.issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'asOf:invalid_format',
      'entries.0.date:invalid_format',
      'entries.0.minutes:invalid_type',
      'entries.1.id:unique',
      'entries.1.category:required',
      'entries.1.minutes:too_big',
      'entries.2:invalid_type',
      'expenses.0.km:expense_km',
      'expenses.1.type:invalid_value',
      'expenses.1.amountCents:too_small',
      'decisions.0.decision:decision_adjustment',
    ]);
    expect(JSON.stringify(e.toJSON())).not.toContain('yacht');
    expect(JSON.stringify(e.toJSON())).not.toContain('90.5');
  });

  it('a mandate that is not approved (no rate snapshot) cannot be quoted', () => {
    const e = error({ entries: [] }, '2026-03-20', mandateAt('consult', { rateSnapshot: undefined, status: 'draft' }));
    expect(e.code).toBe('rule_violation');
  });
});
