/**
 * A language Honoraria speaks. French is the default wherever a page or a person says nothing.
 * Formatting uses the Canadian locales: `fr` → `fr-CA`, `en` → `en-CA`. (The zod schemas of
 * these types are in `lang-schema.ts`, so that formatting code never loads zod.)
 */
export type Lang = 'fr' | 'en';

/** The default language: French. */
export const DEFAULT_LANG: Lang = 'fr';

/** A text in both languages. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/** The BCP 47 locale used to format numbers, money and dates in a language. */
export function localeOf(lang: Lang): 'fr-CA' | 'en-CA' {
  return lang === 'en' ? 'en-CA' : 'fr-CA';
}

/** Reads a language tag such as `en-US` or `fr-CA` into a {@link Lang}; anything else is French. */
export function toLang(tag: string | null | undefined): Lang {
  return tag != null && /^en\b/i.test(tag) ? 'en' : 'fr';
}
