import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCents, dayUnits } from '../../src/compensation/price-time';
import type { PriorRequest, QuoteEntryInput } from '../../src/compensation/quote-input';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { framework, mandateAt, partner } from './fixtures';

// The fixtures' rules: workshop by the day ($150, $75 for at most 4 h), committee by the
// half-day ($75 per started 4 h, at most 2 a day), meetings at $40/h capped at 7 h 30 a day.
function quote(entries: QuoteEntryInput[], prior?: PriorRequest[]) {
  return quotePaymentRequest({ entries }, { mandate: mandateAt('involve'), framework, partner, asOf: '2026-05-31', prior });
}

describe('the day is the unit of day and half-day rates', () => {
  it('two one-hour entries on 7 May under a day rule pay one half-day, not two', () => {
    const q = quote([
      { id: 'a', date: '2026-05-07', category: 'workshop', minutes: 60 },
      { id: 'b', date: '2026-05-07', category: 'workshop', minutes: 60 },
    ]);
    // Day of 2 h ≤ 4 h → a half-day, $75.00, paid once.
    expect(q.lines.map((l) => [l.units, l.cents])).toEqual([
      [1, 7500],
      [0, 0],
    ]);
    expect(q.compensationCents).toBe(7500);
    expect(q.lines[1]?.explanation.en).toContain('2nd entry on May 7, 2026: already paid as a half-day');
    expect(q.lines[1]?.explanation.fr).toContain('2e activité du 7 mai 2026 : déjà payée comme une demi-journée');
  });

  it('three short entries that make a long day pay one day, the third topping up the half-day', () => {
    const q = quote([
      { id: 'a', date: '2026-05-07', category: 'workshop', minutes: 90 },
      { id: 'b', date: '2026-05-07', category: 'workshop', minutes: 90 },
      { id: 'c', date: '2026-05-07', category: 'workshop', minutes: 90 },
    ]);
    // 1 h 30 → half-day $75; 3 h → still a half-day; 4 h 30 > 4 h → a day: $150 − $75 = $75.
    expect(q.lines.map((l) => l.cents)).toEqual([7500, 0, 7500]);
    expect(q.compensationCents).toBe(15000);
    expect(q.lines[2]?.explanation.en).toContain('3rd entry on May 7, 2026: a half-day already paid, only the difference is paid');
    expect(q.lines[2]?.explanation.fr).toContain('complément de la journée');
  });

  it('half-days count the day’s minutes: two 3-hour committee entries pay two half-days, not three', () => {
    const q = quote([
      { id: 'a', date: '2026-05-07', category: 'committee', minutes: 180 },
      { id: 'b', date: '2026-05-07', category: 'committee', minutes: 180 },
    ]);
    // 3 h → 1 started half-day; 6 h → 2; the second entry gains one.
    expect(q.lines.map((l) => [l.units, l.cents])).toEqual([
      [1, 7500],
      [1, 7500],
    ]);
  });

  it('a second request for the same day sees the half-day already claimed by the first (pending or approved)', () => {
    const first: PriorRequest = { id: 'pr-1', mandateId: 'mandate-1', entries: [{ id: 'a', date: '2026-05-07', category: 'workshop', minutes: 60 }] };
    const q = quote([{ id: 'x', date: '2026-05-07', category: 'workshop', minutes: 60 }], [first]);
    expect(q.lines[0]?.cents).toBe(0);
    expect(q.lines[0]?.explanation.en).toContain('2nd entry on May 7, 2026: already paid as a half-day in request pr-1');
    expect(q.lines[0]?.explanation.fr).toContain('dans la demande pr-1');
    // A longer second entry completes the day: $150 − $75.
    const longer = quote([{ id: 'x', date: '2026-05-07', category: 'workshop', minutes: 240 }], [first]);
    expect(longer.lines[0]?.cents).toBe(7500);
  });

  it('the daily cap of an hourly rule counts the time other requests claimed that day', () => {
    const first: PriorRequest = { id: 'pr-1', mandateId: 'mandate-1', entries: [{ id: 'a', date: '2026-05-07', category: 'meeting', minutes: 360 }] };
    const q = quote([{ id: 'x', date: '2026-05-07', category: 'meeting', minutes: 180 }], [first]);
    // Cap 7 h 30; 6 h already claimed → 1 h 30 left: $60.00.
    expect(q.lines[0]).toMatchObject({ billableMinutes: 90, cents: 6000 });
    expect(q.lines[0]?.explanation.en).toContain('on May 7, 2026, time is already claimed in request pr-1');
  });

  it('a rejected entry of an earlier request counts nothing; an adjusted one counts its adjusted time; other mandates do not share days', () => {
    const rejected: PriorRequest = {
      id: 'pr-1',
      mandateId: 'mandate-1',
      entries: [{ id: 'a', date: '2026-05-07', category: 'workshop', minutes: 60 }],
      decisions: [{ lineId: 'a', target: 'entry', decision: 'rejected' }],
    };
    expect(quote([{ id: 'x', date: '2026-05-07', category: 'workshop', minutes: 60 }], [rejected]).lines[0]?.cents).toBe(7500);
    const adjusted: PriorRequest = {
      id: 'pr-2',
      mandateId: 'mandate-1',
      entries: [{ id: 'a', date: '2026-05-07', category: 'workshop', minutes: 60 }],
      decisions: [{ lineId: 'a', target: 'entry', decision: 'adjusted', adjustedMinutes: 300 }],
    };
    expect(quote([{ id: 'x', date: '2026-05-07', category: 'workshop', minutes: 60 }], [adjusted]).lines[0]?.cents).toBe(0);
    const elsewhere: PriorRequest = { id: 'pr-3', mandateId: 'mandate-2', entries: [{ id: 'a', date: '2026-05-07', category: 'workshop', minutes: 60 }] };
    expect(quote([{ id: 'x', date: '2026-05-07', category: 'workshop', minutes: 60 }], [elsewhere]).lines[0]?.cents).toBe(7500);
  });
});

describe('properties of the day unit', () => {
  const workshop = framework.rateSchedules[0]?.rules.find((r) => r.id === 'workshop_day');
  const committee = framework.rateSchedules[0]?.rules.find((r) => r.id === 'committee_half_day');
  if (workshop === undefined || committee === undefined) throw new Error('fixtures');

  const split = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 });

  it('however a day is split into entries and requests, it is paid once, as the whole day', () => {
    fc.assert(
      fc.property(split, fc.integer({ min: 0, max: 6 }), fc.constantFrom('workshop', 'committee'), (parts, cut, category) => {
        const entries = parts.map((minutes, i) => ({ id: `e${i}`, date: '2026-05-07', category, minutes }));
        const at = Math.min(cut, entries.length);
        const prior: PriorRequest[] = at === 0 ? [] : [{ id: 'pr-1', mandateId: 'mandate-1', entries: entries.slice(0, at) }];
        const earlier = at === 0 ? 0 : quote(entries.slice(0, at)).compensationCents;
        const later = at === entries.length ? 0 : quote(entries.slice(at), prior).compensationCents;
        const rule = category === 'workshop' ? workshop : committee;
        const total = parts.reduce((a, b) => a + b, 0);
        expect(earlier + later).toBe(dayCents(rule, dayUnits(rule, total).units));
        // And the order of the entries within a request changes nothing.
        expect(quote([...entries].reverse()).compensationCents).toBe(dayCents(rule, dayUnits(rule, total).units));
      }),
      { numRuns: 200 },
    );
  });
});
