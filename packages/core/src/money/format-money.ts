import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/lang';
import type { Money } from './money';

const NBSP = '\u00a0';

/** Narrow symbols of the currencies formatted without `Intl` (two minor digits each). */
const FAST_SYMBOLS: Readonly<Record<string, string>> = { CAD: '$', USD: '$', GBP: '£', EUR: '€' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(lang: Lang, currency: string): Intl.NumberFormat {
  const key = `${lang}:${currency}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    formatters.set(key, f);
  }
  return f;
}

/** Groups the digits of a non-negative integer by three with `separator`. */
function groupDigits(value: number, separator: string): string {
  const digits = String(value);
  if (digits.length <= 3) return digits;
  let head = digits.length % 3;
  if (head === 0) head = 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/**
 * Formats integer cents as money for people, exactly as `Intl.NumberFormat` does for fr-CA
 * (`1 234,56 $`, no-break spaces) and en-CA (`$1,234.56`), with the narrow symbol. CAD, USD, GBP
 * and EUR are formatted by hand, without `Intl` (fast enough for explanations on every quote
 * line; a property test proves the output identical); other currencies go through `Intl`.
 */
export function formatCents(cents: number, currency: string, lang: Lang): string {
  const symbol = FAST_SYMBOLS[currency];
  if (symbol === undefined || !Number.isSafeInteger(cents)) {
    return formatterFor(lang, currency).format(cents / 100);
  }
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const units = Math.floor(abs / 100);
  const minor = abs - units * 100;
  const decimals = minor < 10 ? `0${minor}` : String(minor);
  const sign = negative ? '-' : '';
  if (lang === 'en') return `${sign}${symbol}${groupDigits(units, ',')}.${decimals}`;
  return `${sign}${groupDigits(units, NBSP)},${decimals}${NBSP}${symbol}`;
}

/**
 * Formats money for people in fr-CA (`1 234,56 $`) or en-CA (`$1,234.56`). Spaces inside the
 * result are no-break spaces, as the locale prescribes.
 */
export function formatMoney(amount: Money, lang: Lang): string {
  return formatCents(amount.cents, amount.currency, lang);
}
