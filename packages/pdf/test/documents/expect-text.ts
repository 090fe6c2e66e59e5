// Reads a document back with pdftotext and tells which expected values it lacks.
import { pageTexts, pdfToText } from '../helpers/poppler';
import { flat } from '../helpers/text';

/** Flat text, with a word the engine broke after its hyphen (`co-` / `construction`) joined again. */
function joined(text: string): string {
  return flat(text).replace(/(\p{L})- (\p{L})/gu, '$1-$2');
}

/** The document's text in content-stream order, as compared in tests (every space and line break as one space). */
export function textOf(bytes: Uint8Array): string {
  return joined(pdfToText(bytes, undefined, true));
}

/** The text of each page, as {@link textOf}. */
export function pagesOf(bytes: Uint8Array): string[] {
  return pageTexts(bytes, true).map(joined);
}

/** The values that do not appear in a text (an empty list when every value does). */
export function missing(text: string, values: readonly string[]): string[] {
  return values.filter((value) => !text.includes(flat(value)));
}

/** The French pages, the English pages and the bilingual audit pages of a document, each as one text. */
export function sectionsOf(bytes: Uint8Array): { fr: string; en: string; audit: string } {
  const pages = pagesOf(bytes);
  const french = (page: string): boolean => /page \d+ de \d+/.test(page);
  const english = (page: string): boolean => /page \d+ of \d+/.test(page);
  return {
    fr: pages.filter((p) => french(p) && !english(p)).join(' '),
    en: pages.filter((p) => english(p) && !french(p)).join(' '),
    audit: pages.filter((p) => french(p) && english(p)).join(' '),
  };
}
