import { TZDate } from '@date-fns/tz';

/**
 * Instant arithmetic for the machines, pure: every instant arrives as an argument (an ISO 8601
 * string), nothing reads the system clock. Calendar dates use `time/calendar-date.ts` and
 * `time/time-zone.ts`.
 */

/**
 * The instant `days` calendar days after another, at the same wall-clock time in a time zone
 * (so a deadline does not drift by an hour across a daylight-saving change), in ISO 8601 UTC.
 */
export function addLocalDays(instant: string, days: number, timeZone: string): string {
  const local = new TZDate(Date.parse(instant), timeZone);
  const shifted = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + days,
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
    timeZone,
  );
  return new Date(shifted.getTime()).toISOString();
}

/** Whether instant `a` is at or after instant `b` (both ISO 8601). */
export function isAtOrAfter(a: string, b: string): boolean {
  return Date.parse(a) >= Date.parse(b);
}
