import type { Lang } from '@honoraria/core';
import { DEFAULT_LANG } from '@honoraria/core';

/**
 * Picks the language of a response from an `Accept-Language` header: the French or English
 * range with the highest weight (`fr-CA,en;q=0.8` → `fr`; `de,en;q=0.5` → `en`); French when
 * neither appears, the header is missing, or it cannot be read.
 */
export function negotiateLang(header: string | null | undefined): Lang {
  if (header == null || header.length > 1000) return DEFAULT_LANG;
  let best: Lang = DEFAULT_LANG;
  let bestWeight = 0;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    let weight = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (match?.[1] !== undefined) weight = Number(match[1]);
    }
    const lang: Lang | null = primary === 'fr' || primary === 'en' ? primary : primary === '*' ? DEFAULT_LANG : null;
    if (lang !== null && weight > bestWeight) {
      best = lang;
      bestWeight = weight;
    }
  }
  return best;
}
