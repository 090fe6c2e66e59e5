import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/lang';
import type { IsoDate } from './calendar-date';
import type { Instant, TimeZone } from './time-zone';

/** How long a formatted date is: `long` (`1 mars 2026`, `March 1, 2026`) or `short` (`2026-03-01`). */
export type DateStyle = 'long' | 'short';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(key);
  if (f === undefined) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * Joins formatted parts, writing the first day of a month as French typography does in French
 * (`1er mars 2026`, `1er janvier 2027 à 0 h 00`): the runtime's locale data writes a bare `1`.
 */
function withOrdinal(f: Intl.DateTimeFormat, value: number, lang: Lang): string {
  if (lang !== 'fr') return f.format(value);
  let out = '';
  for (const part of f.formatToParts(value)) out += part.type === 'day' && part.value === '1' ? '1er' : part.value;
  return out;
}

/**
 * Formats a calendar date for people: `1er mars 2026`, `14 mars 2026` (fr-CA) or `March 1, 2026`
 * (en-CA) in the long style; `2026-03-01` in the short style, which both Canadian locales use.
 * The date is not shifted by any time zone: it is already the organization's date.
 */
export function formatDate(date: IsoDate, lang: Lang, style: DateStyle = 'long'): string {
  if (style === 'short') return date;
  const f = formatter(`d:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }));
  return withOrdinal(f, Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))), lang);
}

/**
 * Formats an instant as a date and time in a time zone: `31 décembre 2026 à 23 h 30` and
 * `1er janvier 2027 à 0 h 00` (fr-CA), or `December 31, 2026 at 11:30 p.m.` (en-CA).
 */
export function formatInstant(instant: Instant, timeZone: TimeZone, lang: Lang): string {
  const f = formatter(
    `i:${lang}:${timeZone}`,
    () => new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone }),
  );
  return withOrdinal(f, Date.parse(instant), lang);
}

/** Formats a month (`2026-05`) for people: `mai 2026` (fr-CA) or `May 2026` (en-CA). */
export function formatMonth(month: string, lang: Lang): string {
  const f = formatter(`m:${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return f.format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}
