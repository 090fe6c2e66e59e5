import type { Lang } from '../i18n/lang';

const NBSP = '\u00a0';

/**
 * Formats a whole number of minutes for people, with no-break spaces: in French `2 h 30`,
 * `2 h 05`, `2 h`, `45 min`; in English `2 h 30 min`,
 * `2 h 5 min`, `2 h`, `45 min`. Negative durations keep their sign.
 */
export function formatDuration(minutes: number, lang: Lang): string {
  if (!Number.isSafeInteger(minutes)) return String(minutes);
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs - hours * 60;
  if (hours === 0) return `${sign}${rest}${NBSP}min`;
  if (rest === 0) return `${sign}${hours}${NBSP}h`;
  if (lang === 'en') return `${sign}${hours}${NBSP}h${NBSP}${rest}${NBSP}min`;
  return `${sign}${hours}${NBSP}h${NBSP}${rest < 10 ? `0${rest}` : rest}`;
}
