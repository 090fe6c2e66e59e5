/**
 * Instant arithmetic for the machines, pure: every instant arrives as an argument (an ISO 8601
 * string), nothing reads the system clock. Calendar dates use `time/calendar-date.ts` and
 * `time/time-zone.ts`; "within N days" deadlines use `time/deadline.ts` (due on D+N, overdue from
 * the start of D+N+1 in the organization's time zone), the one deadline rule.
 */

/** Whether instant `a` is at or after instant `b` (both ISO 8601). */
export function isAtOrAfter(a: string, b: string): boolean {
  return Date.parse(a) >= Date.parse(b);
}
