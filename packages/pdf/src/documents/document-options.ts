// What every document function takes besides its entities, and what it returns.

import type { Clock, LocalizedText } from '@honoraria/core';
import type { DocumentLang } from '../render/render-document';
import type { FontFiles } from '../font/document-fonts';
import type { PageSize } from '../layout/theme';
import type { DocumentMessageKey } from './messages/document-messages';

/** An institution's own wording of document strings, by key, per language (any subset of keys). */
export interface DocumentWording {
  readonly fr?: Readonly<Partial<Record<DocumentMessageKey, string>>>;
  readonly en?: Readonly<Partial<Record<DocumentMessageKey, string>>>;
}

/** Who signs the letters (attestation, annual statement). */
export interface Signatory {
  readonly name: string;
  /** Such as `Direction de la recherche` or `{ fr: 'Directrice', en: 'Director' }`. */
  readonly title?: string | LocalizedText;
}

/** How an institution brands its documents. Every field is optional. */
export interface DocumentBranding {
  /** The name at the top of every page and the PDF author; the framework's organization name by default. */
  readonly institution?: string | LocalizedText;
  /** A line under the name, such as a department. */
  readonly tagline?: string | LocalizedText;
  /** PNG or JPEG bytes, shown at the top left (scaled into 140 × 34 points). Keep one instance: it is decoded once. */
  readonly logo?: Uint8Array;
  /** Accent colour of headings, rules, table headers and notices, `#rrggbb`. */
  readonly accentColor?: string;
  /** A line under the title of every document (each language), such as the address, phone number and website. */
  readonly contact?: string | LocalizedText;
  /** Who signs the attestation and the annual statement. */
  readonly signatory?: Signatory;
  /** The institution's own wording of any document string (same `{placeholders}`). */
  readonly wording?: DocumentWording;
}

/** How to render one of the documents. */
export interface DocumentOptions {
  /** `fr`, `en`, or `both` (the French version, then the English one). */
  readonly lang: DocumentLang;
  /** The production date (metadata, audit page, default dates); the same clock and input give the same bytes. */
  readonly clock: Clock;
  readonly branding?: DocumentBranding;
  /**
   * Display names of staff by user id: the mandate's initiator and approver, the approver of each
   * payment line, the people of the audit page. Ids are shown for anyone not named.
   */
  readonly names?: Readonly<Record<string, string>>;
  /** `letter` (default) or `a4`. */
  readonly pageSize?: PageSize;
  /** The PDF `Creator`: your application; `Honoraria` by default. */
  readonly creator?: string;
  /**
   * Your own TrueType fonts for characters DejaVu Sans lacks, tried before the bundled Arabic,
   * Hebrew, Devanagari and CJK faces (for a rarer CJK character, or another design).
   */
  readonly fonts?: readonly FontFiles[];
}

/** A rendered document. */
export interface DocumentPdf {
  /** The PDF file. */
  readonly bytes: Uint8Array;
  /** SHA-256 (hex) of the pages, as printed in the document: keep it to verify the file later. */
  readonly bodySha256: string;
  /** Number of pages, audit pages included. */
  readonly pageCount: number;
  readonly contentType: 'application/pdf';
  /** A file name for downloads, such as `mandat-mnd_0001.pdf` (in the document's language, French for `both`). */
  readonly fileName: string;
  /** The document's title in both languages. */
  readonly title: LocalizedText;
}
