import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMonthResolver, createYearResolver, dateOf, dayBounds, isTimeZone, parseInstant, TimeZone, yearOf } from '../../src/time/time-zone';

describe('time zones', () => {
  it('puts 23:30 on 31 December in Montréal in that year', () => {
    const instant = '2027-01-01T04:30:00Z'; // 23:30 EST on 2026-12-31
    expect(yearOf(instant, 'America/Toronto')).toBe(2026);
    expect(dateOf(instant, 'America/Toronto')).toBe('2026-12-31');
    expect(yearOf(instant, 'UTC')).toBe(2027);
    expect(createYearResolver('America/Toronto')(Date.parse(instant))).toBe(2026);
  });

  it('gives day bounds across daylight saving time', () => {
    expect(dayBounds('2026-03-08', 'America/Toronto')).toEqual({ start: '2026-03-08T05:00:00.000Z', end: '2026-03-09T04:00:00.000Z' });
    expect(dayBounds('2026-11-01', 'America/Toronto')).toEqual({ start: '2026-11-01T04:00:00.000Z', end: '2026-11-02T05:00:00.000Z' });
  });

  it('parses ISO instants exactly as Date.parse does (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), fc.boolean(), (d, withMs) => {
        const iso = withMs ? d.toISOString() : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
        expect(parseInstant(iso)).toBe(Date.parse(iso));
      }),
    );
    expect(parseInstant('2026-03-01T10:00:00-05:00')).toBe(Date.parse('2026-03-01T15:00:00Z'));
    expect(parseInstant('2026-02-30T10:00:00Z')).toBeNaN();
    expect(parseInstant('not an instant')).toBeNaN();
  });

  it('validates IANA names', () => {
    expect(isTimeZone('America/Toronto')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(TimeZone.safeParse('Europe/London').success).toBe(true);
    expect(TimeZone.safeParse('Nowhere').success).toBe(false);
  });

  it('the cached month resolver agrees with TZDate (property)', () => {
    const zones = ['America/Toronto', 'America/St_Johns', 'Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Vancouver'];
    const resolvers = new Map(zones.map((z) => [z, createMonthResolver(z)]));
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const d = new TZDate(ms, zone);
          expect(resolvers.get(zone)?.(ms)).toBe(d.getFullYear() * 12 + d.getMonth());
        },
      ),
      { numRuns: 3000 },
    );
  });
});
