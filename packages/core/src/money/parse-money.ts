import type { Lang } from '../i18n/lang';
import type { ParseResult } from '../parse/parse-result';
import { parsed, problem } from '../parse/parse-result';

/** Why a typed amount could not be read. */
export type MoneyInputProblem = 'empty' | 'not_a_number' | 'too_many_decimals' | 'negative' | 'too_large';

/** Options of {@link parseMoneyInput}. */
export interface ParseMoneyOptions {
  /** The page's language; it settles `1,234` (one thousand in English, refused in French). */
  readonly lang?: Lang;
  /** Whether a leading minus sign is accepted (refunds, corrections). Default: no. */
  readonly allowNegative?: boolean;
}

const CURRENCY = /\$|\b(?:ca|cad|can)\b/gi;
const SPACES = /[\s\u00a0\u202f\u2009']/g;
const MAX_UNITS_DIGITS = 13;

/** Whether `groups` (split on a grouping separator) are groups of three after the first. */
function validGroups(groups: readonly string[]): boolean {
  if (groups.length === 0 || groups[0] === '' || (groups[0] ?? '').length > 3) return false;
  return groups.slice(1).every((g) => g.length === 3);
}

/**
 * Reads an amount as people type it in Canada, in either language, into integer cents:
 * `1 234,56 $`, `1234,56`, `$1,234.56`, `1234.5`, `12 $`, `CAD 12.00`. Spaces (also no-break
 * and narrow ones) and the currency are ignored. When both `,` and `.` appear, the last one is
 * the decimal separator; a lone `,` followed by exactly three digits is a thousands separator in
 * English and a refused third decimal in French. At most two decimals; never a float.
 */
export function parseMoneyInput(text: string, options: ParseMoneyOptions = {}): ParseResult<number, MoneyInputProblem> {
  let s = text.replace(CURRENCY, '').replace(SPACES, '');
  if (s === '') return problem('empty');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[0-9.,]*[0-9][0-9.,]*$/.test(s)) return problem('not_a_number');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let units: string;
  let decimals = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    const at = Math.max(lastComma, lastDot);
    const head = s.slice(0, at);
    if (head.includes(decimal) || !validGroups(head.split(grouping))) return problem('not_a_number');
    units = head.split(grouping).join('');
    decimals = s.slice(at + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const after = parts[parts.length - 1] ?? '';
    const thousands = parts.length > 2 || (sep === ',' && options.lang === 'en' && after.length === 3 && parts[0] !== '');
    if (thousands) {
      if (!validGroups(parts)) return problem('not_a_number');
      units = parts.join('');
    } else {
      units = parts[0] ?? '';
      decimals = after;
    }
  } else {
    units = s;
  }
  if (!/^[0-9]*$/.test(decimals) || !/^[0-9]*$/.test(units) || (units === '' && decimals === '')) return problem('not_a_number');
  if (decimals.length > 2) return problem('too_many_decimals');
  units = units.replace(/^0+(?=\d)/, '');
  if (units.length > MAX_UNITS_DIGITS) return problem('too_large');
  const cents = Number(units === '' ? '0' : units) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return problem('too_large');
  if (negative && cents !== 0) {
    if (options.allowNegative !== true) return problem('negative');
    return parsed(-cents);
  }
  return parsed(cents);
}
