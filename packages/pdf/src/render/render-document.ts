// The engine's entry point: lays out a document's blocks in one or both languages, adds the
// audit section, draws header and footer, embeds the two faces as subsets, seals the body with
// its SHA-256 and writes a deterministic PDF.

import type { Clock, ErrorIssue, Lang, LocalizedText } from '@honoraria/core';
import { HonorariaError, isHonorariaError } from '@honoraria/core';
import type { PDFRef } from 'pdf-lib';
import { PDFDocument, PDFName } from 'pdf-lib';
import type { AuditTrail } from '../audit/audit-section';
import { auditSection, checkAuditTrail, formatInstant } from '../audit/audit-section';
import type { Branding } from '../branding/branding';
import { brandingIssues, parseHexColor, textIn } from '../branding/branding';
import { copyLogo, fitLogo, prepareLogo } from '../branding/logo';
import type { FontFiles } from '../font/document-fonts';
import { fontIssues, textContextFor } from '../font/document-fonts';
import { embedFont, embedShapedFont } from '../font/embed-font';
import { GlyphEncoder } from '../font/glyph-encoder';
import type { TextContext } from '../font/text-context';
import { withTextContext } from '../font/text-context';
import { loadTypefaces, typeface } from '../font/typeface';
import { engineText } from '../i18n/engine-text';
import type { Block } from '../layout/blocks';
import { blockIssues } from '../layout/check-blocks';
import type { SealSpot } from '../layout/layout-document';
import { DocumentLayout } from '../layout/layout-document';
import { measure } from '../layout/line-breaker';
import type { LaidOutPage } from '../layout/page';
import type { PageSize, Theme } from '../layout/theme';
import { DEFAULT_ACCENT, PAGE_SIZES, themeOf } from '../layout/theme';
import { bodySha256, SEAL_KEY } from '../verify/body-hash';
import { SEAL_ALPHABET, sealContent } from '../verify/seal';
import { FONT_RESOURCE, LOGO_RESOURCE, writeContent } from './content-writer';
import { DeflateBatch } from './deflate';
import { bodyFrame, drawFurniture, footerSealY } from './page-frame';

/** The language of a document: French, English, or both (French first, then English). */
export type DocumentLang = 'fr' | 'en' | 'both';

/** What a document says: its title and, per language, its blocks. */
export interface DocumentContent {
  /** The title: the first heading of each language section, the PDF title and the footer. */
  readonly title: LocalizedText;
  /** A reference such as a mandate number, under the title and in the footer. */
  readonly reference?: string;
  /** The blocks of the document in one language; called once per language rendered. */
  readonly body: (lang: Lang) => readonly Block[];
}

/** How to render a document. */
export interface RenderOptions {
  /** `fr`, `en`, or `both`: the French section, then the English one, each starting on a new page. */
  readonly lang: DocumentLang;
  /** Where the production date comes from; the same clock and input give the same bytes. */
  readonly clock: Clock;
  /** The institution's name, logo and accent colour on every page. */
  readonly branding?: Branding;
  /** When given, an audit page ends the document (events and the SHA-256 seal). */
  readonly audit?: AuditTrail;
  /** `letter` (default) or `a4`. */
  readonly pageSize?: PageSize;
  /** Time zone of the dates on the audit page; `America/Toronto` by default. */
  readonly timeZone?: string;
  /** The PDF `Creator`: the application that made the document; `Honoraria` by default. */
  readonly creator?: string;
  /**
   * The institution's own TrueType fonts for characters DejaVu Sans lacks, tried before the
   * bundled Arabic, Hebrew, Devanagari and CJK faces. Loaded only by a document that needs them.
   */
  readonly fonts?: readonly FontFiles[];
}

/** A rendered document. */
export interface RenderedPdf {
  /** The PDF file. */
  readonly bytes: Uint8Array;
  /** SHA-256 (hex) of the body, as printed in the seal: store it to verify the file later. */
  readonly bodySha256: string;
  /** Number of pages, audit pages included. */
  readonly pageCount: number;
  /** `application/pdf`. */
  readonly contentType: 'application/pdf';
}

/** The `Producer` written in every document. */
export const PRODUCER = 'Honoraria (@honoraria/pdf, pdf-lib)';

function contentIssues(content: DocumentContent): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (typeof content.title?.fr !== 'string' || typeof content.title?.en !== 'string') {
    issues.push({ path: ['title'], code: 'invalid_type', message: { fr: 'Le titre est requis en français et en anglais.', en: 'The title is required in French and English.' } });
  }
  if (content.reference !== undefined && typeof content.reference !== 'string') {
    issues.push({ path: ['reference'], code: 'invalid_type', message: { fr: 'La référence est un texte.', en: 'The reference is text.' } });
  }
  if (typeof content.body !== 'function') {
    issues.push({ path: ['body'], code: 'invalid_type', message: { fr: 'Le contenu est une fonction de la langue.', en: 'The body is a function of the language.' } });
  }
  return issues;
}

function optionIssues(options: RenderOptions): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const issue = (path: string, code: string, fr: string, en: string): void => {
    issues.push({ path: [path], code, message: { fr, en } });
  };
  if (!['fr', 'en', 'both'].includes(options.lang)) issue('lang', 'invalid_enum', 'La langue doit être fr, en ou both.', 'The language must be fr, en or both.');
  if (typeof options.clock?.now !== 'function') issue('clock', 'invalid_type', 'Une horloge est requise.', 'A clock is required.');
  if (options.pageSize !== undefined && !(options.pageSize in PAGE_SIZES)) issue('pageSize', 'invalid_enum', 'Le format doit être letter ou a4.', 'The page size must be letter or a4.');
  try {
    formatInstant(new Date(0), options.timeZone ?? 'America/Toronto');
  } catch {
    issue('timeZone', 'invalid_time_zone', 'Fuseau horaire inconnu.', 'Unknown time zone.');
  }
  if (options.branding !== undefined) issues.push(...brandingIssues(options.branding));
  issues.push(...fontIssues(options.fonts));
  return issues;
}

/**
 * Renders a document to PDF bytes. Throws a `HonorariaError` (`validation_failed`) for bad
 * options, and `document_failure` if the PDF cannot be produced.
 */
export async function renderDocument(content: DocumentContent, options: RenderOptions): Promise<RenderedPdf> {
  const issues = [...contentIssues(content), ...optionIssues(options)];
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
  if (options.audit !== undefined) checkAuditTrail(options.audit);
  try {
    return await render(content, options);
  } catch (error) {
    if (isHonorariaError(error)) throw error;
    throw new HonorariaError('document_failure', { cause: error });
  }
}

/** The laid-out pages of a document, with header and footer, and where its seal goes. */
function layoutPages(content: DocumentContent, bodies: readonly (readonly Block[])[], options: RenderOptions, theme: Theme, logo: { width: number; height: number } | undefined, now: Date): { pages: readonly LaidOutPage[]; seal: SealSpot } {
  const { branding } = options;
  const langs: Lang[] = options.lang === 'both' ? ['fr', 'en'] : [options.lang];
  const layout = new DocumentLayout(bodyFrame(theme, branding !== undefined), theme, langs[0]!);
  langs.forEach((lang, index) => {
    const head: Block[] = [{ type: 'heading', level: 1, text: content.title[lang] }];
    if (content.reference !== undefined) head.push({ type: 'paragraph', tone: 'muted', text: content.reference });
    layout.section(lang, [...head, ...bodies[index]!]);
  });
  if (options.audit !== undefined) {
    const context = {
      lang: options.lang,
      title: textIn(content.title, options.lang),
      reference: content.reference,
      producedAt: now,
      bodyPages: layout.pages.length,
      timeZone: options.timeZone ?? 'America/Toronto',
    };
    layout.section(options.lang, auditSection(options.audit, context));
  }
  const pages = layout.pages;
  const furniture = { theme, branding, logo, title: content.title, reference: content.reference };
  pages.forEach((page, index) => drawFurniture(page, index, pages.length, furniture));
  if (layout.seal !== undefined) return { pages, seal: layout.seal };
  // No audit page: the seal goes in the footer of the last page.
  const last = pages[pages.length - 1]!;
  const label = engineText('sealFooter', last.lang);
  const y = footerSealY(theme);
  last.ops.push({ kind: 'text', x: theme.page.margin, y, size: 6.5, style: 'regular', color: theme.muted, text: label });
  return { pages, seal: { page: pages.length - 1, x: theme.page.margin + measure(`${label} `, 'regular', 6.5), y, size: 6.5 } };
}

async function render(content: DocumentContent, options: RenderOptions): Promise<RenderedPdf> {
  const { branding } = options;
  const now = options.clock.now();
  const theme = themeOf(options.pageSize ?? 'letter', parseHexColor(branding?.accentColor ?? '') ?? DEFAULT_ACCENT);
  await loadTypefaces();
  const logo = branding?.logo === undefined ? undefined : await prepareLogo(branding.logo);
  const langs: Lang[] = options.lang === 'both' ? ['fr', 'en'] : [options.lang];
  const bodies = langs.map((lang) => {
    const blocks = content.body(lang);
    const issues = blockIssues(blocks, ['body', lang]);
    if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
    return blocks;
  });
  // Every string the document may print, to find out whether DejaVu Sans sets it alone.
  const probe = JSON.stringify([content.title, content.reference ?? '', bodies, options.audit ?? null, branding === undefined ? null : { ...branding, logo: undefined }]);
  const text = await textContextFor(probe, options.fonts);
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Layout, content and fonts in one synchronous step, with the document's text context in force;
  // then every stream is compressed at once, and the body is sealed with its SHA-256.
  const batch = new DeflateBatch(doc.context);
  const seal = withTextContext(text, () => build(doc, batch, content, bodies, options, theme, logo, now, text));
  await batch.finish();
  const sha256 = bodySha256(doc);
  doc.context.assign(seal.ref, doc.context.stream(sealContent(sha256, seal.spot.x, seal.spot.y, seal.spot.size), { [SEAL_KEY]: 1 }));
  doc.setTitle(textIn(content.title, options.lang), { showInWindowTitleBar: true });
  if (branding !== undefined) doc.setAuthor(textIn(branding.institution, options.lang));
  doc.setProducer(PRODUCER);
  doc.setCreator(options.creator ?? 'Honoraria');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage(options.lang === 'en' ? 'en-CA' : 'fr-CA');
  // Classic cross-reference table: object streams would save about 2 KB but cost about 2 ms.
  const bytes = await doc.save({ useObjectStreams: false, addDefaultPage: false, objectsPerTick: Infinity, updateFieldAppearances: false });
  return { bytes, bodySha256: sha256, pageCount: doc.getPageCount(), contentType: 'application/pdf' };
}

/** Lays out the pages and writes their content and fonts; returns where the seal goes and its stream. */
function build(doc: PDFDocument, batch: DeflateBatch, content: DocumentContent, bodies: readonly (readonly Block[])[], options: RenderOptions, theme: Theme, logo: Awaited<ReturnType<typeof prepareLogo>> | undefined, now: Date, text: TextContext | undefined): { ref: PDFRef; spot: SealSpot } {
  const { pages, seal } = layoutPages(content, bodies, options, theme, logo === undefined ? undefined : fitLogo(logo, 140, 34), now);
  // One content stream per page; the glyphs it uses are collected for the font subsets.
  const context = doc.context;
  const encoders = { regular: new GlyphEncoder(typeface('regular'), SEAL_ALPHABET), bold: new GlyphEncoder(typeface('bold')) };
  const streams = pages.map((page) => {
    const ops = writeContent(page.ops, encoders);
    // In a bilingual document the English pages say so, for screen readers and search.
    const marked = options.lang === 'both' && page.lang === 'en' ? `/Span <</Lang (en-CA)>> BDC\n${ops}\nEMC` : ops;
    return batch.stream(marked);
  });
  const resources = context.register(
    context.obj({
      Font: {
        [FONT_RESOURCE.regular]: embedFont(batch, encoders.regular).ref,
        [FONT_RESOURCE.bold]: embedFont(batch, encoders.bold).ref,
        ...Object.fromEntries([...(text?.encoders.values() ?? [])].map((encoder) => [encoder.resource, embedShapedFont(batch, encoder).ref])),
      },
      ...(logo === undefined ? {} : { XObject: { [LOGO_RESOURCE]: copyLogo(logo, context) } }),
    }),
  );
  const sealRef = context.register(context.stream('', { [SEAL_KEY]: 1 }));
  pages.forEach((_, index) => {
    const page = doc.addPage([theme.page.width, theme.page.height]);
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('Contents'), context.obj(index === seal.page ? [streams[index]!, sealRef] : [streams[index]!]));
  });

  return { ref: sealRef, spot: seal };
}
