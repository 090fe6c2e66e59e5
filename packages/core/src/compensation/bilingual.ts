import type { LocalizedText } from '../i18n/lang';
import { compileTemplate } from '../i18n/messages';
import { compensationMessages } from '../i18n/messages/compensation';
import { formatCents } from '../money/format-money';
import type { QuoteWarning, WarningSeverity } from '../schemas/payment-quote';
import type { IsoDate } from '../time/calendar-date';
import { formatDate } from '../time/format-date';
import { formatDuration } from '../time/format-duration';
import { QuoteWarningPart } from './quote-parts';

/** A key of the `compensation` messages. */
export type CompensationKey = keyof typeof compensationMessages.fr;

/** Money formatted in both languages. */
export function moneyText(cents: number, currency: string): LocalizedText {
  return { fr: formatCents(cents, currency, 'fr'), en: formatCents(cents, currency, 'en') };
}

/** A duration formatted in both languages. */
export function durationText(minutes: number): LocalizedText {
  return { fr: formatDuration(minutes, 'fr'), en: formatDuration(minutes, 'en') };
}

/** A calendar date formatted in both languages (long style). */
export function dateText(date: IsoDate): LocalizedText {
  return { fr: formatDate(date, 'fr'), en: formatDate(date, 'en') };
}

/** Parameters whose values may differ by language: a string or number for both, or a {@link LocalizedText}. */
export type BilingualParams = Readonly<Record<string, string | number | LocalizedText>>;

const NO_PARAMS: BilingualParams = {};

function fill(template: string, params: BilingualParams, lang: 'fr' | 'en'): string {
  let out = '';
  for (const part of compileTemplate(template)) {
    if (typeof part === 'string') out += part;
    else {
      const value = params[part.param];
      out += value === undefined ? `{${part.param}}` : typeof value === 'object' ? value[lang] : String(value);
    }
  }
  return out;
}

/** A `compensation` message in both languages, with per-language parameters. */
export function text(key: CompensationKey, params: BilingualParams = NO_PARAMS): LocalizedText {
  return { fr: fill(compensationMessages.fr[key], params, 'fr'), en: fill(compensationMessages.en[key], params, 'en') };
}

/**
 * Builds a warning: code, severity, path, raw parameters (machine-readable) and the message,
 * which is formatted on first read and kept (it reads like a plain property).
 */
export function warning(
  code: string,
  severity: WarningSeverity,
  path: (string | number)[],
  raw: Readonly<Record<string, string | number>>,
  key: CompensationKey,
  params: BilingualParams,
): QuoteWarning {
  return new QuoteWarningPart(code, severity, path, { ...raw }, () => text(key, params));
}
