import type { Lang } from './lang';
import { localeOf } from './lang';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a size in bytes for people, in kilobytes below one megabyte and megabytes above
 * (binary multiples, one decimal at most): `250 ko` / `250 kB`, `5 Mo` / `5 MB`.
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  const mega = bytes >= 1024 * 1024;
  const unit = mega ? 'megabyte' : 'kilobyte';
  const key = `${lang}:${unit}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit, maximumFractionDigits: 1 });
    formatters.set(key, f);
  }
  return f.format(bytes / (mega ? 1024 * 1024 : 1024));
}
