import { HonorariaError, fixedClock } from '@honoraria/core';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PRODUCER, renderDocument } from '../../src/index';
import { auditTrail, branding, cad, clock, mandateLike, NAMES, RENDERED_AT } from '../fixtures/mandate-like';
import { pageTexts, pdfFonts, pdfInfo, pdfToText, qpdfCheck } from '../helpers/poppler';
import { flat } from '../helpers/text';

describe('renderDocument', () => {
  it('writes both languages, French first, with every value and every script extractable', async () => {
    const doc = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding, audit: auditTrail });
    const pages = pageTexts(doc.bytes).map(flat);
    expect(pages).toHaveLength(3);
    const [fr, en, audit] = pages as [string, string, string];
    for (const value of ['Mandat de partenaire', 'M-2026-0042', 'Partenaire', 'Taux horaire', cad(5000, 'fr'), cad(123450, 'fr'), 'du 1er mars 2026 au 31 mai 2026', 'Répartition', '85 % recherche, 15 % diffusion', 'l’entente-cadre', 'Relecture', cad(60000, 'fr'), 'page 1 de 3']) {
      expect(fr).toContain(flat(value));
    }
    for (const value of ['Partner mandate', 'Hourly rate', cad(5000, 'en'), cad(123450, 'en'), 'March 1, 2026 to May 31, 2026', '85% research, 15% dissemination', 'master agreement', cad(60000, 'en'), 'page 2 of 3']) {
      expect(en).toContain(flat(value));
    }
    for (const name of Object.values(NAMES).slice(0, 3)) {
      expect(fr).toContain(name);
      expect(en).toContain(name);
    }
    expect(audit).toContain('Journal d’audit / Audit trail');
    expect(audit).toContain('page 3 de 3 / page 3 of 3');
    expect(audit).toContain(doc.bodySha256);
    expect(audit).toContain('2026-03-12 11:30 UTC-04:00');
    expect(audit).toContain('appr-2 (pour appr-1 / for appr-1)');
    expect(audit).toContain('submitted → approved');
    expect(doc.pageCount).toBe(3);
    expect(doc.contentType).toBe('application/pdf');
  });

  it('renders one language only, with its footer wording', async () => {
    const en = await renderDocument(mandateLike, { lang: 'en', clock: clock() });
    const text = flat(pdfToText(en.bytes));
    expect(text).toContain('Partner mandate');
    expect(text).toContain('page 1 of 1');
    expect(text).not.toContain('Mandat de partenaire');
    const fr = await renderDocument(mandateLike, { lang: 'fr', clock: clock() });
    expect(flat(pdfToText(fr.bytes))).toContain('page 1 de 1');
  });

  it('passes qpdf --check and embeds both faces as subset CID fonts with a ToUnicode map', async () => {
    const doc = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding, audit: auditTrail });
    expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
    const fonts = pdfFonts(doc.bytes);
    expect(fonts).toHaveLength(2);
    for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('maps the no-break spaces (U+00A0, U+202F) of French typography in the ToUnicode CMap', async () => {
    const doc = await renderDocument(mandateLike, { lang: 'fr', clock: clock() });
    const loaded = await PDFDocument.load(doc.bytes);
    const cmaps = loaded.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object) => object instanceof PDFRawStream)
      .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
      .filter((text) => text.includes('beginbfchar'));
    expect(cmaps).toHaveLength(2);
    const regular = cmaps.join('\n');
    expect(regular).toMatch(/<[0-9A-F]{4}> <202F>/);
    expect(regular).toMatch(/<[0-9A-F]{4}> <00A0>/);
  });

  it('writes metadata from the injected clock: title, language, producer, creator, dates', async () => {
    const doc = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding, creator: 'Portail partenaires' });
    const info = pdfInfo(doc.bytes);
    expect(info.Title).toBe('Mandat de partenaire / Partner mandate');
    expect(info.Producer).toBe(PRODUCER);
    expect(info.Creator).toBe('Portail partenaires');
    expect(info.Author).toBe('CISSS de l’Outaouais');
    expect(info.CreationDate).toBe('2026-03-14T14:05:00Z');
    expect(info.ModDate).toBe('2026-03-14T14:05:00Z');
    const loaded = await PDFDocument.load(doc.bytes, { updateMetadata: false });
    expect(loaded.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr-CA');
    const english = await PDFDocument.load((await renderDocument(mandateLike, { lang: 'en', clock: clock() })).bytes, { updateMetadata: false });
    expect(english.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-CA');
    expect(english.getTitle()).toBe('Partner mandate');
    // In a bilingual document, the English pages are marked as English.
    const pageContent = (page: number) => {
      const contents = loaded.getPages()[page]!.node.Contents() as unknown as { get(i: number): unknown };
      return new TextDecoder('latin1').decode(decodePDFRawStream(loaded.context.lookup(contents.get(0) as never) as PDFRawStream).decode());
    };
    expect(pageContent(0)).not.toContain('/Lang');
    expect(pageContent(1)).toMatch(/^\/Span <<\/Lang \(en-CA\)>> BDC\n[\s\S]*\nEMC$/);
  });

  it('is deterministic: the same input and clock give the same bytes', async () => {
    const options = { lang: 'both' as const, branding, audit: auditTrail };
    const a = await renderDocument(mandateLike, { ...options, clock: clock() });
    const b = await renderDocument(mandateLike, { ...options, clock: clock() });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.bodySha256).toBe(b.bodySha256);
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo'; // the host's time zone plays no part
    try {
      const elsewhere = await renderDocument(mandateLike, { ...options, clock: clock() });
      expect(Buffer.from(elsewhere.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const later = await renderDocument(mandateLike, { ...options, clock: fixedClock('2026-03-15T09:00:00Z') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
    expect(new TextDecoder('latin1').decode(a.bytes)).not.toMatch(/\/ID\s*\[/);
    expect(RENDERED_AT).toBe('2026-03-14T14:05:00Z');
  });

  it('keeps a 2-page bilingual mandate under 30 KB', async () => {
    const doc = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding });
    expect(doc.pageCount).toBe(2);
    expect(doc.bytes.length).toBeLessThan(30 * 1024);
  });

  it('prints text it has no glyph for as a box that still extracts', async () => {
    const doc = await renderDocument(
      { title: { fr: 'Essai', en: 'Test' }, body: () => [{ type: 'paragraph', text: 'Nom : 山田太郎' }] },
      { lang: 'fr', clock: clock() },
    );
    expect(flat(pdfToText(doc.bytes))).toContain('Nom : 山田太郎');
  });

  it('rejects bad options with a typed, bilingual error', async () => {
    const attempt = (options: object) => renderDocument(mandateLike, { lang: 'fr', clock: clock(), ...options } as never);
    const codes = async (options: object): Promise<string[]> => {
      const error = await attempt(options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HonorariaError);
      expect((error as HonorariaError).code).toBe('validation_failed');
      return (error as HonorariaError).issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
    };
    expect(await codes({ lang: 'de' })).toEqual(['lang:invalid_enum']);
    expect(await codes({ clock: undefined })).toEqual(['clock:invalid_type']);
    expect(await codes({ pageSize: 'legal' })).toEqual(['pageSize:invalid_enum']);
    expect(await codes({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone:invalid_time_zone']);
    expect(await codes({ branding: { institution: 'X', accentColor: 'blue' } })).toEqual(['branding.accentColor:invalid_color']);
    expect(await codes({ branding: { institution: 'X', logo: new Uint8Array([1, 2, 3]) } })).toEqual(['branding.logo:invalid_image']);
    expect(await codes({ audit: { events: [{ at: 'yesterday', actor: { id: 'a' }, action: 'x' }] } })).toEqual(['audit.events.0.at:invalid_date']);
  });

  it('rejects malformed content and blocks with paths into the body', async () => {
    const issuesOf = async (content: object): Promise<string[]> => {
      const error = (await renderDocument(content as never, { lang: 'both', clock: clock() }).catch((e: unknown) => e)) as HonorariaError;
      expect(error.code).toBe('validation_failed');
      return error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
    };
    expect(await issuesOf({ title: 'Mandat', body: () => [] })).toEqual(['title:invalid_type']);
    const blocks = [
      { type: 'table', columns: [{ header: 'A', width: 0 }], rows: [['x', 1]] },
      { type: 'fields', fields: [{ label: 'Nom', value: 42 }] },
      { type: 'picture' },
    ];
    expect(await issuesOf({ title: { fr: 'M', en: 'M' }, body: (lang: string) => (lang === 'fr' ? blocks : []) })).toEqual([
      'body.fr.0.columns.0.width:invalid_width',
      'body.fr.0.rows.0:invalid_type',
      'body.fr.1.fields.0.value:invalid_type',
      'body.fr.2.type:invalid_block',
    ]);
  });

  it('wraps a failure inside a document body as it is, and other failures as document_failure', async () => {
    const failing = { title: { fr: 'F', en: 'F' }, body: () => { throw new Error('boom'); } };
    const error = await renderDocument(failing, { lang: 'fr', clock: clock() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).code).toBe('document_failure');
    expect((error as HonorariaError).message).not.toContain('boom');
  });
});
