import type { IsoDate } from './calendar-date';
import { addDays } from './calendar-date';
import type { Instant, TimeZone } from './time-zone';
import { dateOf, startOfDayMs } from './time-zone';

/**
 * A deadline "within N days of D", the one meaning Honoraria gives it everywhere (eligibility,
 * the machines, `runDue`, PDFs, notifications): **due on D+N**, the whole of that day in the
 * organization's time zone, and **overdue from the start of D+N+1** in that time zone.
 */
export interface DayDeadline {
  /** The last day it is on time: D+N. */
  readonly dueOn: IsoDate;
  /** The instant it becomes overdue: midnight starting D+N+1 in the time zone (ISO 8601, UTC). */
  readonly overdueAt: Instant;
}

/** The deadline "within `days` days of `from`" (a calendar date of the organization). */
export function withinDays(from: IsoDate, days: number, timeZone: TimeZone): DayDeadline {
  const dueOn = addDays(from, days);
  return { dueOn, overdueAt: new Date(startOfDayMs(addDays(dueOn, 1), timeZone)).toISOString() };
}

/** The deadline "within `days` days of" an instant: counted from the instant's date in the time zone. */
export function withinDaysOfInstant(from: Instant, days: number, timeZone: TimeZone): DayDeadline {
  return withinDays(dateOf(from, timeZone), days, timeZone);
}

/** Whether a deadline due on `dueOn` is overdue on the organization's date `asOf` (from the day after). */
export function isPastDue(dueOn: IsoDate, asOf: IsoDate): boolean {
  return asOf > dueOn;
}

/** The day a deadline is due on, from the instant it becomes overdue (the day before it, in the time zone). */
export function dueOnOf(overdueAt: Instant, timeZone: TimeZone): IsoDate {
  return addDays(dateOf(overdueAt, timeZone), -1);
}
