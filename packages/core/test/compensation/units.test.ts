import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { QuoteEntryInput } from '../../src/compensation/quote-input';
import { framework, mandateAt, partner } from './fixtures';

const NB = '\u00a0';

function quote(entries: QuoteEntryInput[], level: 'consult' | 'involve' = 'involve') {
  return quotePaymentRequest({ entries }, { mandate: mandateAt(level), framework, partner, asOf: '2026-03-31' });
}

describe('hourly rules', () => {
  it('rounds time per line to the rule’s increment, then prorates to the cent', () => {
    const q = quote([{ id: 'a', date: '2026-03-02', category: 'meeting', minutes: 110 }]);
    expect(q.lines[0]).toMatchObject({ minutes: 110, billableMinutes: 120, cents: 8000, rateCents: 4000 });
    expect(q.lines[0]?.explanation.fr).toContain(`temps arrondi de 1${NB}h${NB}50 à 2${NB}h (tranches de 15 min, vers le haut)`);
  });

  it('applies the minimum billable time', () => {
    const q = quote([{ id: 'a', date: '2026-03-02', category: 'meeting', minutes: 20 }]);
    expect(q.lines[0]).toMatchObject({ billableMinutes: 60, cents: 4000 });
    expect(q.lines[0]?.explanation.en).toContain(`minimum billable time of 1${NB}h`);
  });

  it('caps the minutes paid per day and per rule, whatever the order of the entries', () => {
    const entries = [
      { id: 'a', date: '2026-03-02', category: 'meeting', minutes: 300 },
      { id: 'b', date: '2026-03-02', category: 'focus_group', minutes: 240 },
      { id: 'c', date: '2026-03-03', category: 'meeting', minutes: 60 },
    ];
    const q = quote(entries);
    expect(q.lines.map((l) => l.billableMinutes)).toEqual([300, 150, 60]);
    expect(q.compensationCents).toBe(4000 * 8.5);
    expect(q.lines[1]?.explanation.fr).toContain(`plafond quotidien de 7${NB}h${NB}30`);
    const reversed = quote([...entries].reverse());
    expect(reversed.compensationCents).toBe(q.compensationCents);
    expect(reversed.lines.map((l) => l.id)).toEqual(['c', 'b', 'a']);
    expect(reversed.lines.map((l) => l.billableMinutes)).toEqual([60, 150, 300]);
  });

  it('adds preparation time at the rule’s ratio', () => {
    const snapshot = mandateAt('consult').rateSnapshot;
    if (snapshot === undefined) throw new Error('snapshot');
    const rule = { ...snapshot.rules[0], preparationPercent: 50 } as (typeof snapshot.rules)[number];
    const mandate = mandateAt('consult', { rateSnapshot: { ...snapshot, rules: [rule] } });
    const q = quotePaymentRequest({ entries: [{ id: 'a', date: '2026-03-02', category: 'meeting', minutes: 120 }] }, { mandate, framework, partner, asOf: '2026-03-31' });
    expect(q.lines[0]).toMatchObject({ minutes: 120, billableMinutes: 180, cents: 7500 });
    expect(q.lines[0]?.explanation.fr).toContain(`dont 1${NB}h de préparation (50${NB}%)`);
  });

  it('records travel time that is not compensable with $0 and says why', () => {
    const q = quote([{ id: 'a', date: '2026-03-02', category: 'travel_time', minutes: 45 }]);
    expect(q.lines[0]).toMatchObject({ ruleId: 'not_compensable', minutes: 45, cents: 0 });
    expect(q.recordedMinutes).toBe(45);
    expect(q.lines[0]?.explanation.en).toBe(`Travel time: 45${NB}min recorded, not compensated under the framework`);
  });

  it('warns when no rule prices a compensable category', () => {
    const q = quotePaymentRequest(
      { entries: [{ id: 'a', date: '2026-03-02', category: 'meeting', minutes: 60 }] },
      { mandate: mandateAt(undefined), framework, partner, asOf: '2026-03-31' },
    );
    expect(q.lines[0]).toMatchObject({ ruleId: 'no_rate_rule', cents: 0 });
    expect(q.warnings.map((w) => w.code)).toEqual(['no_rate_rule']);
  });
});

describe('other units', () => {
  it('pays activities by units, with a daily cap', () => {
    const q = quote([
      { id: 'a', date: '2026-03-02', category: 'review', minutes: 60, units: 2 },
      { id: 'b', date: '2026-03-02', category: 'review', minutes: 60, units: 2 },
    ]);
    expect(q.lines.map((l) => [l.units, l.cents])).toEqual([
      [2, 6000],
      [1, 3000],
    ]);
  });

  it('pays a day, or a half-day for at most 4 hours, and at most one day per date', () => {
    const q = quote([
      { id: 'a', date: '2026-03-02', category: 'workshop', minutes: 390 },
      { id: 'b', date: '2026-03-03', category: 'workshop', minutes: 180 },
      { id: 'c', date: '2026-03-03', category: 'workshop', minutes: 200 },
      { id: 'd', date: '2026-03-03', category: 'workshop', minutes: 200 },
    ]);
    expect(q.lines.map((l) => l.cents)).toEqual([15000, 7500, 7500, 0]);
    expect(q.lines[1]?.explanation.fr).toBe(`Atelier : une demi-journée (3${NB}h) = 75,00${NB}$ (règle « Atelier à la journée »)`);
    expect(q.lines[3]?.explanation.en).toContain('3rd entry on March 3, 2026: already paid as a full day');
  });

  it('pays half-days per started half-day, at most two a day', () => {
    const q = quote([
      { id: 'a', date: '2026-03-02', category: 'committee', minutes: 300 },
      { id: 'b', date: '2026-03-02', category: 'committee', minutes: 60 },
    ]);
    expect(q.lines.map((l) => [l.units, l.cents])).toEqual([
      [2, 15000],
      [0, 0],
    ]);
  });

  it('pays a flat amount per entry, whatever its length', () => {
    const q = quote([{ id: 'a', date: '2026-03-02', category: 'webinar', minutes: 15 }]);
    expect(q.lines[0]).toMatchObject({ unit: 'flat', units: 1, cents: 5000 });
  });
});

describe('the mandate’s frozen snapshot applies, not today’s schedule', () => {
  it('keeps paying the snapshot’s rate after the framework’s rates change', () => {
    const mandate = mandateAt('consult');
    const snapshot = mandate.rateSnapshot;
    if (snapshot === undefined) throw new Error('snapshot');
    // A later schedule at $30/h does not touch the mandate approved under $25/h.
    const changed = { ...framework, rateSchedules: [{ ...framework.rateSchedules[0], rules: framework.rateSchedules[0]?.rules.map((r) => ({ ...r, amountCents: 3000 })) }] };
    const q = quotePaymentRequest(
      { entries: [{ id: 'a', date: '2026-03-02', category: 'meeting', minutes: 60 }] },
      { mandate, framework: changed as typeof framework, partner, asOf: '2026-03-31' },
    );
    expect(q.compensationCents).toBe(2500);
    expect(q.scheduleId).toBe(snapshot.scheduleId);
  });
});
