import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceTime } from '../../src/compensation/price-time';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { QuoteContext, QuoteEntryInput, QuoteExpenseInput, QuoteRequest } from '../../src/compensation/quote-input';
import { deepFreeze } from '../../src/framework/deep-freeze';
import type { CompensationPreference } from '../../src/schemas/compensation-preference';
import { PaymentQuote } from '../../src/schemas/payment-quote';
import { framework, mandateAt, partner } from './fixtures';

const categories = ['meeting', 'focus_group', 'preparation', 'travel_time', 'review', 'workshop', 'committee', 'webinar', 'unknown'];

const entryArb = (id: number): fc.Arbitrary<QuoteEntryInput> =>
  fc.record({
    id: fc.constant(`e${id}`),
    date: fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`),
    category: fc.constantFrom(...categories),
    minutes: fc.integer({ min: 0, max: 720 }),
    units: fc.integer({ min: 1, max: 5 }),
  });

const expenseArb = (id: number): fc.Arbitrary<QuoteExpenseInput> =>
  fc.oneof(
    fc.record({ id: fc.constant(`x${id}`), date: fc.constant('2026-03-05'), type: fc.constant('mileage' as const), km: fc.integer({ min: 0, max: 500 }) }),
    fc.record({ id: fc.constant(`x${id}`), date: fc.constant('2026-03-05'), type: fc.constantFrom('parking' as const, 'meals' as const), amountCents: fc.integer({ min: 0, max: 50_000 }) }),
    fc.record({ id: fc.constant(`x${id}`), date: fc.constant('2026-03-05'), type: fc.constant('allowance' as const), allowanceCode: fc.constant('online_meeting'), quantity: fc.integer({ min: 1, max: 4 }) }),
  );

const requestArb: fc.Arbitrary<QuoteRequest> = fc
  .tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 4 }))
  .chain(([n, m]) =>
    fc.record({
      entries: fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(i))),
      expenses: fc.tuple(...Array.from({ length: m }, (_, i) => expenseArb(i))),
    }),
  );

const preferenceArb: fc.Arbitrary<CompensationPreference | undefined> = fc.option(
  fc.record({
    partnerId: fc.constant(partner.id),
    mode: fc.constantFrom('accept' as const, 'decline_all' as const, 'expenses_only' as const, 'cap' as const, 'donate' as const),
    capPerMonthCents: fc.integer({ min: 0, max: 60_000 }),
    capPerYearCents: fc.integer({ min: 0, max: 300_000 }),
    capOverflow: fc.constantFrom('carry_over' as const, 'waive' as const, 'non_financial' as const),
    preferredForm: fc.constantFrom('cash' as const, 'gift_card' as const, 'non_financial' as const),
    declaredAt: fc.constant('2026-01-01T00:00:00Z'),
  }),
  { nil: undefined },
);

const ledgerArb = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: 0, max: 80_000 })).map(([month, rest]) => ({
    year: 2026,
    taxableCents: month + rest,
    byMonth: [rest, 0, month, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  })),
  { nil: undefined },
);

const contextArb: fc.Arbitrary<QuoteContext> = fc
  .record({ level: fc.constantFrom('consult' as const, 'involve' as const, undefined), preference: preferenceArb, ledger: ledgerArb })
  .map(({ level, preference, ledger }) => ({
    mandate: mandateAt(level),
    framework,
    partner: { ...partner, compensationPreference: preference },
    ledger,
    // The same amounts, claimed by an earlier request under another mandate, by work date: they fill the periods of the caps.
    prior:
      ledger === undefined
        ? undefined
        : [
            {
              id: 'pr-earlier',
              mandateId: 'mandate-other',
              entries: [],
              quote: {
                lines: [
                  { id: 'm', kind: 'time', date: '2026-03-01', cents: ledger.byMonth[2] ?? 0 },
                  { id: 'r', kind: 'time', date: '2026-01-15', cents: ledger.byMonth[0] ?? 0 },
                ],
              },
            },
          ],
    asOf: '2026-03-31',
  }));

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('quote properties (fast-check)', () => {
  it('the total equals the sum of the lines; nothing is rounded after them', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (request, context) => {
        const q = quotePaymentRequest(request, context);
        expect(q.compensationCents).toBe(q.lines.reduce((s, l) => s + l.cents, 0));
        expect(q.expenseCents).toBe(q.expenseLines.reduce((s, l) => s + l.cents, 0));
        expect(q.totalCents).toBe(q.compensationCents + q.expenseCents);
        expect(q.taxableCents + q.nonTaxableCents).toBe(q.totalCents);
        expect(Number.isSafeInteger(q.totalCents)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the order of the lines never changes a total', () => {
    fc.assert(
      fc.property(requestArb, contextArb, fc.integer({ min: 1, max: 1_000_000 }), (request, context, seed) => {
        const a = quotePaymentRequest(request, context);
        const b = quotePaymentRequest({ entries: shuffle(request.entries, seed), expenses: shuffle(request.expenses ?? [], seed + 1) }, context);
        expect(b.compensationCents).toBe(a.compensationCents);
        expect(b.expenseCents).toBe(a.expenseCents);
        expect(b.totalCents).toBe(a.totalCents);
        expect(b.billableMinutes).toBe(a.billableMinutes);
        const byId = (q: typeof a) => Object.fromEntries(q.lines.map((l) => [l.id, l.cents]));
        expect(byId(b)).toEqual(byId(a));
      }),
      { numRuns: 300 },
    );
  });

  it('rounding stays within one increment of the time recorded, per line of a quote', () => {
    const involve = mandateAt('involve');
    const snapshot = involve.rateSnapshot;
    if (snapshot === undefined) throw new Error('snapshot');
    // The quarter-hour rule without its minimum and daily cap, so that rounding alone shapes the time.
    const rules = snapshot.rules.map((r) => (r.unit === 'hour' ? { ...r, minimumMinutes: undefined, maxMinutesPerDay: undefined } : r));
    const mandate = { ...involve, rateSnapshot: { ...snapshot, rules } };
    fc.assert(
      fc.property(requestArb, (request) => {
        const q = quotePaymentRequest(request, { mandate, framework, partner, asOf: '2026-03-31' });
        for (const line of q.lines) {
          if (line.unit !== 'hour') continue;
          expect(line.billableMinutes % 15).toBe(0);
          expect(line.billableMinutes - line.minutes).toBeGreaterThanOrEqual(0);
          expect(line.billableMinutes - line.minutes).toBeLessThan(15);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rounding stays within one increment for any rule, mode and increment (priceTime)', () => {
    const base = mandateAt('involve').rateSnapshot?.rules.find((r) => r.id === 'involve_hourly');
    if (base === undefined) throw new Error('rule');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1440 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('up' as const, 'down' as const, 'nearest' as const, 'half_even' as const),
        fc.integer({ min: 0, max: 200 }),
        (minutes, incrementMinutes, mode, preparationPercent) => {
          const rule = { ...base, rounding: { incrementMinutes, mode }, preparationPercent, minimumMinutes: undefined, maxMinutesPerDay: undefined };
          const price = priceTime(rule, minutes, 1);
          const worked = minutes + price.preparationMinutes;
          expect(Math.abs(price.roundedMinutes - worked)).toBeLessThan(incrementMinutes);
          expect(price.roundedMinutes % incrementMinutes).toBe(0);
          expect(price.billableMinutes).toBe(price.roundedMinutes);
          expect(price.cents).toBe(Math.round((rule.amountCents * price.billableMinutes) / 60));
        },
      ),
    );
  });

  it('caps are never exceeded: the partner’s monthly and yearly caps, and the rules’ daily caps', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (request, context) => {
        const q = quotePaymentRequest(request, context);
        const pref = context.partner.compensationPreference;
        if (pref?.mode === 'cap' && (pref.validUntil === undefined || pref.validUntil >= context.asOf)) {
          const ledger = context.ledger;
          const month = ledger?.byMonth[2] ?? 0;
          const year = ledger?.taxableCents ?? 0;
          if (pref.capPerMonthCents !== undefined) expect(q.compensationCents).toBeLessThanOrEqual(Math.max(0, pref.capPerMonthCents - month));
          if (pref.capPerYearCents !== undefined) expect(q.compensationCents).toBeLessThanOrEqual(Math.max(0, pref.capPerYearCents - year));
          expect(q.compensationCents).toBeGreaterThanOrEqual(0);
        }
        const perDay = new Map<string, number>();
        for (const line of q.lines) {
          if (line.unit !== 'hour' || line.ruleId !== 'involve_hourly') continue;
          const key = line.date ?? '';
          perDay.set(key, (perDay.get(key) ?? 0) + line.billableMinutes);
        }
        for (const minutes of perDay.values()) expect(minutes).toBeLessThanOrEqual(450);
      }),
      { numRuns: 300 },
    );
  });

  it('quoting is pure: frozen inputs, untouched, and the same quote every time', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (request, context) => {
        const before = JSON.stringify({ request, context });
        const frozen = deepFreeze(structuredClone({ request, context }));
        const a = quotePaymentRequest(frozen.request, frozen.context);
        const b = quotePaymentRequest(frozen.request, frozen.context);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.stringify({ request, context })).toBe(before);
        expect(a).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('a quote is plain data: it parses as a PaymentQuote and survives JSON and structuredClone', () => {
    fc.assert(
      fc.property(requestArb, contextArb, (request, context) => {
        const q = quotePaymentRequest(request, context);
        const json = JSON.parse(JSON.stringify(q));
        expect(PaymentQuote.parse(q)).toEqual(json);
        expect(structuredClone(q)).toEqual(json);
        expect(json.lines.every((l: { explanation: { fr: string; en: string } }) => l.explanation.fr.length > 0 && l.explanation.en.length > 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
