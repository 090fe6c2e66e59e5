import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/lang';
import type { ParseResult } from '../parse/parse-result';
import { parsed, problem } from '../parse/parse-result';
import type { IsoDate } from './calendar-date';
import { daysInMonth } from './calendar-days';

/** The three fields of a memorable date, as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** One field of a memorable date. */
export type DatePartName = keyof DateParts;

/** Why three typed fields do not make a date. */
export type DatePartsProblem = 'empty' | 'incomplete' | 'invalid_day' | 'invalid_month' | 'invalid_year' | 'not_a_date';

const orders = new Map<Lang, readonly DatePartName[]>();
const names = new Map<string, readonly string[]>();

function monthNamesOf(lang: Lang, width: 'long' | 'short'): readonly string[] {
  const key = `${lang}:${width}`;
  let list = names.get(key);
  if (list === undefined) {
    const f = new Intl.DateTimeFormat(localeOf(lang), { month: width, timeZone: 'UTC' });
    list = Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2000, i, 1)));
    names.set(key, list);
  }
  return list;
}

/** The twelve month names in a language: `janvier`…`décembre`, `January`…`December`. */
export function monthNames(lang: Lang): readonly string[] {
  return monthNamesOf(lang, 'long');
}

/**
 * The order in which a language *speaks* a date, which is the order of a memorable date's fields:
 * day, month, year in French (`27 mars 2007`); month, day, year in English (`March 27, 2007`).
 * Taken from the long date format, since both Canadian locales write numeric dates `2007-03-27`.
 */
export function datePartOrder(lang: Lang): readonly DatePartName[] {
  let order = orders.get(lang);
  if (order === undefined) {
    const parts = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(Date.UTC(2007, 2, 27));
    order = parts.map((p) => p.type).filter((t): t is DatePartName => t === 'day' || t === 'month' || t === 'year');
    orders.set(lang, order);
  }
  return order;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f.]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * Reads a month typed as a number (`3`, `03`) or a name in French or English, whole or cut after at
 * least three letters, with or without accents and dots (`mars`, `March`, `févr.`, `fev`, `sept`).
 * Returns 1–12, or undefined when nothing or more than one month matches (`jui`).
 */
export function parseMonthInput(text: string): number | undefined {
  const s = fold(text);
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (s.length < 3) return undefined;
  const found = new Set<number>();
  for (const lang of ['fr', 'en'] as const) {
    for (const width of ['long', 'short'] as const) {
      monthNamesOf(lang, width).forEach((name, i) => {
        const n = fold(name);
        if (n === s || n.startsWith(s)) found.add(i + 1);
      });
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Reads the three fields of a memorable date into an ISO date (`2007-03-27`). The day is 1–31,
 * with or without the ordinal a person writes (French `1er`, English `1st`, `2nd`, `3rd`, `27th`), the month a number or a name in either language, the year four digits; the date must exist
 * (29 February only in leap years). All three empty is `empty`; some empty is `incomplete`.
 */
export function parseDateParts(parts: DateParts): ParseResult<IsoDate, DatePartsProblem> {
  const day = parts.day.trim().replace(/^(\d{1,2})\s*(?:er|re|st|nd|rd|th)$/i, '$1');
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return problem('empty');
  if (day === '' || month === '' || year === '') return problem('incomplete');
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) return problem('invalid_day');
  const m = parseMonthInput(month);
  if (m === undefined) return problem('invalid_month');
  if (!/^\d{4}$/.test(year) || Number(year) < 1000) return problem('invalid_year');
  const d = Number(day);
  if (d > daysInMonth(Number(year), m)) return problem('not_a_date');
  return parsed(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** The fields of an ISO date as a person would type them: `{ day: '7', month: '3', year: '2007' }`. */
export function splitIsoDate(date: IsoDate): DateParts {
  return { day: String(Number(date.slice(8, 10))), month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) };
}
