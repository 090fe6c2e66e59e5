import * as z from 'zod';
import { daysInMonth } from './calendar-days';

/**
 * A calendar date `YYYY-MM-DD` (ISO 8601), read in the organization's time zone. Honoraria never
 * turns a calendar date into an instant without a time zone: the date a partner worked is the
 * date on the wall where they worked.
 */
export const IsoDate = z.iso.date();
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Whether a value is a real calendar date `YYYY-MM-DD` (2026-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export { daysInMonth, isLeapYear } from './calendar-days';

/**
 * The number of days from 1970-01-01 to a date (negative before), by integer arithmetic only
 * (H. Hinnant's `days_from_civil`). The date is assumed valid: check it with {@link isIsoDate}.
 */
export function dayNumber(date: IsoDate): number {
  const y0 = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return daysFromCivil(y0, m, d);
}

/** The number of days from 1970-01-01 to a year, month (1–12) and day, by integer arithmetic only. */
export function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The calendar date `days` days after 1970-01-01 (the inverse of {@link dayNumber}). */
export function fromDayNumber(days: number): IsoDate {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The date `days` days after (or before, if negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The number of days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date `months` months after (or before) a date; the day is clamped to the end of a shorter
 * month (31 March minus one month is 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The year of a calendar date. */
export function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The month (1–12) of a calendar date. */
export function monthOfDate(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** Whole years between a birth date and a date (a person's age on that date). */
export function yearsBetween(from: IsoDate, to: IsoDate): number {
  let years = yearOfDate(to) - yearOfDate(from);
  if (to.slice(5) < from.slice(5)) years -= 1;
  return years;
}
