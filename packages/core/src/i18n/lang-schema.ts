import * as z from 'zod';
import type { Lang as LangType, LocalizedText as LocalizedTextType } from './lang';

/** The schema of a {@link LangType | language}: `fr` or `en`. */
export const Lang = z.enum(['fr', 'en']);
/** A language Honoraria speaks: `fr` or `en`. */
export type Lang = LangType;

/** The schema of a text in both languages; neither may be empty. */
export const LocalizedText = z
  .object({
    fr: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .readonly();
/** A text in both languages. */
export type LocalizedText = LocalizedTextType;
