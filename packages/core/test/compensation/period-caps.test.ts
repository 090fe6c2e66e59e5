import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PriorRequest, QuoteEntryInput } from '../../src/compensation/quote-input';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { CapOverflow, CompensationPreference } from '../../src/schemas/compensation-preference';
import type { PaymentQuote } from '../../src/schemas/payment-quote';
import { framework, mandateAt, partner } from './fixtures';

// Consult level: meetings at $25/h, to the minute. Two hours = $50.00.
const meeting = (id: string, date: string, minutes = 120): QuoteEntryInput => ({ id, date, category: 'meeting', minutes });

function pref(p: Partial<CompensationPreference>): CompensationPreference {
  return { partnerId: partner.id, mode: 'cap', capOverflow: 'carry_over', preferredForm: 'cash', declaredAt: '2026-01-01T00:00:00Z', ...p };
}

function quote(entries: QuoteEntryInput[], preference: CompensationPreference, prior: PriorRequest[] = [], asOf = '2026-06-30') {
  return quotePaymentRequest({ entries }, { mandate: mandateAt('consult'), framework, partner: { ...partner, compensationPreference: preference }, prior, asOf });
}

/** A quoted request, as it counts for the next ones. */
function counted(id: string, entries: QuoteEntryInput[], q: PaymentQuote): PriorRequest {
  return { id, mandateId: 'mandate-1', entries, quote: { lines: q.lines } };
}

describe('period caps count the work of the period, by work date', () => {
  it('March work submitted in June fills March’s cap, not June’s', () => {
    const p = pref({ capPerMonthCents: 10000 });
    const first = [meeting('a', '2026-03-10', 180)]; // $75.00 for March
    const q1 = quote(first, p);
    expect(q1.compensationCents).toBe(7500);
    // A second request, also March work: $50.00 more, only $25.00 of room left in March.
    const q2 = quote([meeting('b', '2026-03-20')], p, [counted('pr-1', first, q1)]);
    expect(q2.compensationCents).toBe(2500);
    expect(q2.lines.at(-1)).toMatchObject({ kind: 'cap_adjustment', period: '2026-03', cents: -2500 });
    expect(q2.lines.at(-1)?.explanation.en).toBe('Self-declared monthly cap ($100.00), work of March 2026: $25.00 carried over to the next period');
    expect(q2.lines.at(-1)?.explanation.fr).toBe('Plafond mensuel déclaré (100,00\u00a0$), travail de mars 2026 : 25,00\u00a0$ reporté à la période suivante');
    // June work in the same situation is not touched by March.
    expect(quote([meeting('c', '2026-06-01')], p, [counted('pr-1', first, q1)]).compensationCents).toBe(5000);
  });

  it('a request spanning two months meets each month’s cap on its own', () => {
    const q = quote([meeting('a', '2026-04-29', 300), meeting('b', '2026-05-02', 300)], pref({ capPerMonthCents: 10000, capOverflow: 'waive' }));
    // $125.00 in April and $125.00 in May, each capped at $100.00.
    expect(q.lines.filter((l) => l.kind === 'cap_adjustment').map((l) => [l.period, l.cents])).toEqual([
      ['2026-04', -2500],
      ['2026-05', -2500],
    ]);
    expect(q.compensationCents).toBe(20000);
    expect(q.capOverflow).toEqual({ cents: 5000, treatment: 'waive', period: 'month' });
  });

  it('the yearly cap counts every month of the work’s year', () => {
    const p = pref({ capPerYearCents: 20000, capOverflow: 'waive' });
    const earlier: PriorRequest = { id: 'pr-1', mandateId: 'mandate-2', entries: [], quote: { lines: [{ id: 'x', kind: 'time', date: '2026-01-15', cents: 18000 }] } };
    const q = quote([meeting('a', '2026-05-02')], p, [earlier]);
    expect(q.compensationCents).toBe(2000);
    expect(q.capOverflow?.period).toBe('year');
  });
});

describe('carry_over: the excess is paid in the next period with room, and says where it came from', () => {
  it('March’s excess is paid with April’s work, naming March and the request', () => {
    const p = pref({ capPerMonthCents: 10000 });
    const march = [meeting('a', '2026-03-10', 300)]; // $125.00: $100.00 paid, $25.00 carried
    const q1 = quote(march, p);
    expect(q1.compensationCents).toBe(10000);
    const april = [meeting('b', '2026-04-07')]; // $50.00, $50.00 of room left in April
    const q2 = quote(april, p, [counted('pr-1', march, q1)]);
    expect(q2.compensationCents).toBe(7500);
    const carry = q2.lines.find((l) => l.kind === 'carry_over');
    expect(carry).toMatchObject({ cents: 2500, period: '2026-03', originRequestId: 'pr-1', date: '2026-04-07' });
    expect(carry?.explanation.en).toBe('Carried over from March 2026 (request pr-1): $25.00 paid in April 2026');
    expect(carry?.explanation.fr).toBe('Report de mars 2026 (demande pr-1) : 25,00\u00a0$ versé sur avril 2026');
    // The approver sees it among the warnings.
    expect(q2.warnings.find((w) => w.code === 'cap_carried_over')).toMatchObject({
      severity: 'info',
      params: { amountCents: 2500, fromMonth: '2026-03', toMonth: '2026-04', originRequestId: 'pr-1' },
    });
    // Paid once: a third request does not pay it again.
    const q3 = quote([meeting('c', '2026-05-05')], p, [counted('pr-1', march, q1), counted('pr-2', april, q2)]);
    expect(q3.lines.some((l) => l.kind === 'carry_over')).toBe(false);
    expect(q3.compensationCents).toBe(5000);
  });

  it('carries within one request, from its first month to its second, and only as far as the room', () => {
    const q = quote([meeting('a', '2026-03-10', 360), meeting('b', '2026-04-07', 180)], pref({ capPerMonthCents: 10000 }));
    // March $150.00 → $100.00 paid, $50.00 carried; April $75.00 leaves $25.00 of room: $25.00 carried now, $25.00 still owed.
    expect(q.lines.filter((l) => l.kind !== 'time').map((l) => [l.kind, l.period, l.cents])).toEqual([
      ['cap_adjustment', '2026-03', -5000],
      ['carry_over', '2026-03', 2500],
    ]);
    expect(q.lines.find((l) => l.kind === 'carry_over')?.explanation.en).toContain('(this request)');
    expect(q.compensationCents).toBe(20000);
  });

  it('a partner who stops capping is paid what was still carried', () => {
    const march = [meeting('a', '2026-03-10', 300)];
    const q1 = quote(march, pref({ capPerMonthCents: 10000 }));
    const q2 = quotePaymentRequest(
      { entries: [meeting('b', '2026-04-07')] },
      { mandate: mandateAt('consult'), framework, partner, prior: [counted('pr-1', march, q1)], asOf: '2026-06-30' },
    );
    expect(q2.compensationCents).toBe(7500);
  });

  it.each<[CapOverflow]>([['waive'], ['non_financial']])('%s: the excess is never paid later', (treatment) => {
    const p = pref({ capPerMonthCents: 10000, capOverflow: treatment });
    const march = [meeting('a', '2026-03-10', 300)];
    const q1 = quote(march, p);
    expect(q1.lines.at(-1)).toMatchObject({ overflow: treatment, cents: -2500 });
    const q2 = quote([meeting('b', '2026-04-07')], p, [counted('pr-1', march, q1)]);
    expect(q2.compensationCents).toBe(5000);
    expect(q2.lines.some((l) => l.kind === 'carry_over')).toBe(false);
  });
});

describe('properties of period caps', () => {
  const requestArb = fc.array(
    fc.array(fc.record({ month: fc.integer({ min: 1, max: 6 }), day: fc.integer({ min: 1, max: 28 }), minutes: fc.integer({ min: 1, max: 600 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    { minLength: 1, maxLength: 5 },
  );

  it('no month is ever paid past its cap, and nothing is lost: paid + waived + still owed = what the rules give', () => {
    fc.assert(
      fc.property(
        requestArb,
        fc.integer({ min: 0, max: 30000 }),
        fc.constantFrom<CapOverflow>('carry_over', 'waive', 'non_financial'),
        (requests, cap, treatment) => {
          const p = pref({ capPerMonthCents: cap, capOverflow: treatment });
          const prior: PriorRequest[] = [];
          let ruled = 0;
          let cut = 0;
          let carried = 0;
          const paidByMonth = new Map<string, number>();
          requests.forEach((work, r) => {
            const entries = work.map((w, i) => meeting(`r${r}e${i}`, `2026-0${w.month}-${String(w.day).padStart(2, '0')}`, w.minutes));
            const q = quote(entries, p, prior);
            for (const line of q.lines) {
              if (line.kind === 'time') ruled += line.cents;
              if (line.kind === 'cap_adjustment') cut -= line.cents;
              if (line.kind === 'carry_over') carried += line.cents;
              const month = (line.date ?? '').slice(0, 7);
              paidByMonth.set(month, (paidByMonth.get(month) ?? 0) + line.cents);
            }
            expect(q.compensationCents).toBe(q.lines.reduce((s, l) => s + l.cents, 0));
            prior.push(counted(`pr-${r}`, entries, q));
          });
          for (const paid of paidByMonth.values()) {
            expect(paid).toBeGreaterThanOrEqual(0);
            expect(paid).toBeLessThanOrEqual(cap);
          }
          const paid = [...paidByMonth.values()].reduce((a, b) => a + b, 0);
          expect(paid).toBe(ruled - cut + carried);
          if (treatment !== 'carry_over') expect(carried).toBe(0);
          expect(carried).toBeLessThanOrEqual(cut);
        },
      ),
      { numRuns: 200 },
    );
  });
});
