import { bench, describe } from 'vitest';
import type { QuoteContext, QuoteRequest } from '../src/compensation/quote-input';
import { quotePaymentRequest } from '../src/compensation/quote-payment-request';
import { framework, mandateAt, partner } from '../test/compensation/fixtures';

// A 10-line request at the "involve" level: hourly lines with quarter-hour rounding, a minimum and
// a daily cap, preparation, travel time (not compensable), reviews by the unit and a workshop day;
// two expenses. The mandate has room in its budget and the partner's SIN is on file: no warning.
const request: QuoteRequest = {
  entries: [
    { id: 'e01', date: '2026-03-02', category: 'meeting', minutes: 110 },
    { id: 'e02', date: '2026-03-02', category: 'preparation', minutes: 45 },
    { id: 'e03', date: '2026-03-02', category: 'travel_time', minutes: 40 },
    { id: 'e04', date: '2026-03-05', category: 'focus_group', minutes: 120 },
    { id: 'e05', date: '2026-03-06', category: 'meeting', minutes: 30 },
    { id: 'e06', date: '2026-03-09', category: 'review', minutes: 90, units: 2 },
    { id: 'e07', date: '2026-03-10', category: 'workshop', minutes: 360 },
    { id: 'e08', date: '2026-03-12', category: 'meeting', minutes: 480 },
    { id: 'e09', date: '2026-03-16', category: 'meeting', minutes: 95 },
    { id: 'e10', date: '2026-03-20', category: 'preparation', minutes: 60 },
  ],
  expenses: [
    { id: 'x1', date: '2026-03-10', type: 'mileage', km: 42 },
    { id: 'x2', date: '2026-03-10', type: 'parking', amountCents: 1200, receiptIds: ['r1'] },
  ],
};
const context: QuoteContext = {
  mandate: mandateAt('involve', { budgetCapCents: 500_000 }),
  framework,
  partner,
  taxProfile: { sinStatus: 'provided' },
  asOf: '2026-03-25',
};
// The same request near the end of the budget, without a SIN, entries out of order: three warnings.
const warned: QuoteContext = {
  ...context,
  mandate: mandateAt('involve', { budgetCapCents: 100_000 }),
  taxProfile: undefined,
};
const shuffled: QuoteRequest = { ...request, entries: [...request.entries].reverse() };

describe('quotePaymentRequest, 10-line request', () => {
  bench('numbers and warnings (explanations formatted on first read)', () => {
    quotePaymentRequest(request, context);
  });

  bench('every explanation read, French and English', () => {
    const q = quotePaymentRequest(request, context);
    let length = 0;
    for (const line of q.lines) length += line.explanation.fr.length + line.explanation.en.length;
    for (const line of q.expenseLines) length += line.explanation.fr.length + line.explanation.en.length;
    if (length === 0) throw new Error('no explanation');
  });

  bench('entries out of order, with budget and SIN warnings read', () => {
    const q = quotePaymentRequest(shuffled, warned);
    if (q.warnings.length === 0 || q.warnings[0]?.message.fr === '') throw new Error('no warning');
  });
});
