// What holds for all six documents: any partner's name renders and extracts (French, Vietnamese,
// Polish, Inuktitut syllabics), the same input and clock give the same bytes, qpdf finds nothing
// wrong, and verifyDocument accepts each document and refuses it once altered.
import { sha256Hex } from '@honoraria/core';
import { decodePDFRawStream, PDFDocument } from 'pdf-lib';
import type { PDFArray, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { verifyDocument } from '../../src/index';
import { pdfFonts, qpdfCheck } from '../helpers/poppler';
import { KINDS, renderKind } from './all-documents';
import { pagesOf, textOf } from './expect-text';
import { NAMES } from './fixtures';

/** Changes one glyph of the first page's body stream, as an edited amount would. */
async function tamper(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = doc.getPages()[0]!.node.Contents() as PDFArray;
  const ref = contents.get(0) as PDFRef;
  const text = new TextDecoder('latin1').decode(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode());
  const tj = /<([0-9A-F]{8,})> Tj/.exec(text)!;
  const swapped = tj[1]!.slice(4, 8) + tj[1]!.slice(0, 4) + tj[1]!.slice(8);
  doc.context.assign(ref, doc.context.flateStream(text.replace(tj[0], `<${swapped}> Tj`)));
  return doc.save({ useObjectStreams: false });
}

describe.each(KINDS)('%s', (kind) => {
  it('renders and extracts a partner’s name in French, Vietnamese, Polish and Inuktitut syllabics, in both languages', async () => {
    for (const name of Object.values(NAMES)) {
      const doc = await renderKind(kind, 'both', name);
      const pages = pagesOf(doc.bytes);
      const french = pages.filter((p) => /page \d+ de \d+/.test(p) && !/page \d+ of \d+/.test(p)).join(' ');
      const english = pages.filter((p) => /page \d+ of \d+/.test(p) && !/page \d+ de \d+/.test(p)).join(' ');
      expect(french, name).toContain(name);
      expect(english, name).toContain(name);
      for (const row of pdfFonts(doc.bytes)) expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it('gives the same bytes for the same input and clock, and passes qpdf --check', async () => {
    const [a, b] = await Promise.all([renderKind(kind, 'both'), renderKind(kind, 'both')]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.bodySha256).toBe(b.bodySha256);
    expect(qpdfCheck(a.bytes)).toContain('No syntax or stream encoding errors');
    expect(a.contentType).toBe('application/pdf');
  });

  it('verifies as rendered, against the body hash and the file hash, and fails once altered', async () => {
    const doc = await renderKind(kind, 'fr');
    expect(await verifyDocument(doc.bytes)).toMatchObject({ valid: true, bodySha256: doc.bodySha256 });
    expect((await verifyDocument(doc.bytes, { expectedSha256: doc.bodySha256 })).valid).toBe(true);
    expect((await verifyDocument(doc.bytes, { expectedSha256: sha256Hex(doc.bytes) })).valid).toBe(true);
    expect(textOf(doc.bytes)).toContain(doc.bodySha256);
    const altered = await tamper(doc.bytes);
    expect(await verifyDocument(altered)).toMatchObject({ valid: false, reason: 'body-altered' });
    expect(await verifyDocument(altered, { expectedSha256: sha256Hex(doc.bytes) })).toMatchObject({ valid: false });
  });
});
