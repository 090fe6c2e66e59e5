import type { Lang } from '../i18n/lang';
import { localeOf } from '../i18n/lang';
import type { Money } from './money';

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

/**
 * Formats money for people in fr-CA (`1 234,56 $`) or en-CA (`$1,234.56`). Spaces inside the
 * result are no-break spaces, as the locale prescribes.
 */
export function formatMoney(amount: Money, lang: Lang): string {
  // Exact for every safe integer of cents: the division only moves the decimal point for display.
  return formatterFor(lang, amount.currency).format(amount.cents / 100);
}
