import * as z from 'zod';
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './calendar-date';
import { addDays, daysFromCivil, daysInMonth } from './calendar-date';

/** The default time zone of an organization: Eastern time, as in Montréal and Ottawa. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** Whether a string is an IANA time zone this runtime knows, such as `America/Toronto`. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, such as `America/Toronto` or `Europe/London`. */
export const TimeZone = z.string().min(1).refine(isTimeZone, { params: { key: 'time_zone' } });
/** An IANA time zone name. */
export type TimeZone = string;

/** An instant: ISO 8601 in UTC with a `Z`, such as `2026-12-31T04:30:00Z`. */
export const Instant = z.iso.datetime();
/** An instant: ISO 8601 in UTC, `Z` suffix. */
export type Instant = string;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function toMs(instant: Instant | number): number {
  return typeof instant === 'number' ? instant : parseInstant(instant);
}

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Epoch milliseconds of an ISO 8601 instant. The UTC form Honoraria stores
 * (`2026-12-31T23:30:00Z`, `2026-12-31T23:30:00.000Z`) is read by integer arithmetic, without
 * building a date (and a date that does not exist, such as 30 February, is refused); any other
 * form goes through `Date.parse`. `NaN` when it is not an instant.
 */
export function parseInstant(instant: string): number {
  const n = instant.length;
  if (
    (n === 20 || n === 24) &&
    instant.charCodeAt(4) === 45 &&
    instant.charCodeAt(7) === 45 &&
    instant.charCodeAt(10) === 84 &&
    instant.charCodeAt(13) === 58 &&
    instant.charCodeAt(16) === 58 &&
    instant.charCodeAt(n - 1) === 90
  ) {
    const year = digits(instant, 0, 4);
    const month = digits(instant, 5, 2);
    const day = digits(instant, 8, 2);
    const h = digits(instant, 11, 2);
    const m = digits(instant, 14, 2);
    const sec = digits(instant, 17, 2);
    const ms = n === 24 && instant.charCodeAt(19) === 46 ? digits(instant, 20, 3) : n === 20 ? 0 : -1;
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      h >= 0 &&
      h < 24 &&
      m >= 0 &&
      m < 60 &&
      sec >= 0 &&
      sec < 60 &&
      ms >= 0
    ) {
      return daysFromCivil(year, month, day) * 86_400_000 + h * 3_600_000 + m * 60_000 + sec * 1000 + ms;
    }
    return Number.NaN; // the UTC form, but not a real date or time (2026-02-30)
  }
  return Date.parse(instant);
}

/**
 * The calendar date of an instant in a time zone: 2027-01-01T04:30:00Z is still 31 December 2026
 * in Montréal (23:30).
 */
export function dateOf(instant: Instant | number, timeZone: TimeZone): IsoDate {
  const d = new TZDate(toMs(instant), timeZone);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The calendar year of an instant in a time zone (the tax year of a payment). */
export function yearOf(instant: Instant | number, timeZone: TimeZone): number {
  return new TZDate(toMs(instant), timeZone).getFullYear();
}

/** The instant (epoch milliseconds) a calendar date begins in a time zone. */
export function startOfDayMs(date: IsoDate, timeZone: TimeZone): number {
  const d = new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), timeZone);
  return d.getTime();
}

/** The bounds of a calendar day in a time zone: its first instant, and the first instant of the next day. */
export interface DayBounds {
  /** ISO 8601 UTC instant at which the day begins (inclusive). */
  readonly start: Instant;
  /** ISO 8601 UTC instant at which the next day begins (exclusive). */
  readonly end: Instant;
}

/**
 * The bounds of a calendar day in a time zone, as UTC instants; a day is 23 or 25 hours long
 * when daylight saving time begins or ends.
 */
export function dayBounds(date: IsoDate, timeZone: TimeZone): DayBounds {
  return {
    start: new Date(startOfDayMs(date, timeZone)).toISOString(),
    end: new Date(startOfDayMs(addDays(date, 1), timeZone)).toISOString(),
  };
}

/**
 * A fast "which month is this instant in" for one time zone, for ledgers over millions of
 * payments: it caches the instant each month begins and compares numbers, without building a
 * zoned date per call. Returns `year × 12 + (month − 1)`.
 */
export function createMonthResolver(timeZone: TimeZone): (instantMs: number) => number {
  const starts = new Map<number, number>();
  const startOf = (index: number): number => {
    let ms = starts.get(index);
    if (ms === undefined) {
      const year = Math.floor(index / 12);
      ms = new TZDate(year, index - year * 12, 1, timeZone).getTime();
      starts.set(index, ms);
    }
    return ms;
  };
  let lastIndex = Number.NaN;
  let lastStart = 0;
  let lastEnd = 0;
  return (instantMs: number): number => {
    if (instantMs >= lastStart && instantMs < lastEnd) return lastIndex;
    const utc = new Date(instantMs);
    // Offsets are within ±14 h, so the local month is the UTC month or a neighbour.
    let index = utc.getUTCFullYear() * 12 + utc.getUTCMonth();
    if (instantMs < startOf(index)) index -= 1;
    else if (instantMs >= startOf(index + 1)) index += 1;
    lastIndex = index;
    lastStart = startOf(index);
    lastEnd = startOf(index + 1);
    return index;
  };
}

/** A fast "which year is this instant in" for one time zone (see {@link createMonthResolver}). */
export function createYearResolver(timeZone: TimeZone): (instantMs: number) => number {
  const month = createMonthResolver(timeZone);
  return (instantMs: number): number => Math.floor(month(instantMs) / 12);
}
