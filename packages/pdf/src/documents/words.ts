// The words of one language of a document: the dictionary (with the institution's rewording),
// and core's formatters for money, dates, instants and durations in fr-CA or en-CA.

import type { Lang, LocalizedText, MessageParams } from '@honoraria/core';
import { dateOf, formatCents, formatDate, formatDuration, formatInstant, localeOf } from '@honoraria/core';
import type { TextRun } from '../layout/blocks';
import type { DocumentWording } from './document-options';
import type { DocumentMessageKey } from './messages/document-messages';
import { documentMessages } from './messages/document-messages';

/** The words and formats of one language. */
export interface Words {
  readonly lang: Lang;
  /** A string of the dictionary (or the institution's wording of it), placeholders filled. */
  t(key: DocumentMessageKey, params?: MessageParams): string;
  /** Whether the dictionary has a key (for codes built at run time, such as audit actions). */
  has(key: string): key is DocumentMessageKey;
  /** Like {@link Words.t}, as text runs: the values of the placeholders named in `bold` are set in bold. */
  rich(key: DocumentMessageKey, params: MessageParams, bold: readonly string[]): TextRun[];
  /** Cents as money: `1 234,56 $` (no-break spaces) or `$1,234.56`. */
  money(cents: number, currency: string): string;
  /** A calendar date: `14 mars 2026`, `March 14, 2026`. */
  date(date: string): string;
  /** A calendar date for tables: `2026-03-14` in both languages. */
  shortDate(date: string): string;
  /** An instant as a date and time in the organization's time zone. */
  instant(instant: string): string;
  /** The calendar date of an instant in the organization's time zone: `14 mars 2026`. */
  day(instant: string): string;
  /** Minutes: `2 h 30` or `2 h 30 min`. */
  duration(minutes: number): string;
  /** A text of the entities in this language. */
  text(value: string | LocalizedText): string;
  /** Items joined as the language does (fr-CA, en-CA): `a, b et c`, `a, b and c`. */
  list(items: readonly string[]): string;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const lists = new Map<Lang, Intl.ListFormat>();

function listFormat(lang: Lang): Intl.ListFormat {
  let format = lists.get(lang);
  if (format === undefined) {
    format = new Intl.ListFormat(localeOf(lang), { type: 'conjunction', style: 'long' });
    lists.set(lang, format);
  }
  return format;
}

/** The words of a language in a time zone, with the institution's wording where it has one. */
export function wordsFor(lang: Lang, timeZone: string, wording: DocumentWording | undefined): Words {
  const own = wording?.[lang] as Readonly<Record<string, string | undefined>> | undefined;
  const dictionary = documentMessages[lang] as Readonly<Record<string, string>>;
  const template = (key: DocumentMessageKey): string => own?.[key] ?? dictionary[key] ?? key;
  /** The template's pieces, placeholders filled; a value ending with a period swallows the template's next one (`p.m.` then `.`). */
  const fill = (key: DocumentMessageKey, params: MessageParams, bold: readonly string[]): TextRun[] => {
    const runs: TextRun[] = [];
    const source = template(key);
    let last = 0;
    let endsWithPeriod = false;
    const literal = (text: string): void => {
      const rest = endsWithPeriod && text.startsWith('.') ? text.slice(1) : text;
      endsWithPeriod = false;
      if (rest !== '') runs.push({ text: rest });
    };
    for (const match of source.matchAll(PLACEHOLDER)) {
      if (match.index > last) literal(source.slice(last, match.index));
      const name = match[1]!;
      const value = params[name];
      const text = value === undefined ? match[0] : String(value);
      runs.push(bold.includes(name) ? { text, bold: true } : { text });
      endsWithPeriod = text.endsWith('.');
      last = match.index + match[0].length;
    }
    if (last < source.length) literal(source.slice(last));
    return runs;
  };
  return {
    lang,
    t: (key, params) => (params === undefined ? template(key) : fill(key, params, []).map((run) => run.text).join('')),
    has: (key): key is DocumentMessageKey => Object.hasOwn(dictionary, key),
    rich: (key, params, bold) => fill(key, params, bold),
    money: (cents, currency) => formatCents(cents, currency, lang),
    date: (date) => formatDate(date, lang),
    shortDate: (date) => formatDate(date, lang, 'short'),
    instant: (instant) => formatInstant(instant, timeZone, lang),
    day: (instant) => formatDate(dateOf(instant, timeZone), lang),
    duration: (minutes) => formatDuration(minutes, lang),
    text: (value) => (typeof value === 'string' ? value : value[lang]),
    list: (items) => listFormat(lang).format(items),
  };
}
