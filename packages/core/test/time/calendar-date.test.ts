import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/time/calendar-date';
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  yearsBetween,
} from '../../src/time/calendar-date';

const DAY = 86_400_000;

describe('calendar dates', () => {
  it('recognizes real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('agrees with zod’s ISO date check (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d$/), (s) => {
        expect(isIsoDate(s)).toBe(IsoDate.safeParse(s).success);
      }),
    );
  });

  it('counts days as Date.UTC does (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const days = Math.floor(d.getTime() / DAY);
        expect(dayNumber(iso)).toBe(days);
        expect(fromDayNumber(days)).toBe(iso);
      }),
    );
  });

  it('adds days and months', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-22', -24)).toBe('2024-11-22');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('computes ages', () => {
    expect(yearsBetween('2000-06-15', '2026-06-14')).toBe(25);
    expect(yearsBetween('2000-06-15', '2026-06-15')).toBe(26);
  });
});
