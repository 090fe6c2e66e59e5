import { decodePDFRawStream, PDFDocument, PDFName, rgb, StandardFonts } from 'pdf-lib';
import type { PDFArray, PDFRawStream, PDFRef } from 'pdf-lib';
import { sha256Hex } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, verifyDocument } from '../../src/index';
import type { RenderedPdf } from '../../src/index';
import { bodySha256, SEAL_KEY } from '../../src/verify/body-hash';
import { sealContent } from '../../src/verify/seal';
import { auditTrail, branding, clock, mandateLike } from '../fixtures/mandate-like';
import { pdfToText, qpdfRewrite } from '../helpers/poppler';

let rendered: RenderedPdf;
let plain: RenderedPdf;

beforeAll(async () => {
  rendered = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding, audit: auditTrail });
  plain = await renderDocument(mandateLike, { lang: 'fr', clock: clock() });
});

const load = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false });
const save = (doc: PDFDocument) => doc.save({ useObjectStreams: false });

/** The first content stream of a page (the body; the seal is a separate stream). */
function bodyStream(doc: PDFDocument, page: number): { ref: PDFRef; text: string } {
  const contents = doc.getPages()[page]!.node.Contents() as PDFArray;
  const ref = contents.get(0) as PDFRef;
  const stream = doc.context.lookup(ref) as PDFRawStream;
  return { ref, text: new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()) };
}

describe('verifyDocument', () => {
  it('accepts an intact document, with and without the stored hash', async () => {
    for (const doc of [rendered, plain]) {
      const fileSha256 = sha256Hex(doc.bytes);
      const result = await verifyDocument(doc.bytes);
      expect(result).toEqual({ valid: true, bodySha256: doc.bodySha256, fileSha256, sealedSha256: doc.bodySha256 });
      expect((await verifyDocument(doc.bytes, { expectedSha256: doc.bodySha256.toUpperCase() })).valid).toBe(true);
      // The workflow stores the SHA-256 of the file in DocumentRef.sha256: accepted as well.
      expect((await verifyDocument(doc.bytes, { expectedSha256: fileSha256 })).valid).toBe(true);
      expect(await verifyDocument(doc.bytes, { expectedSha256: '0'.repeat(64) })).toMatchObject({ valid: false, reason: 'expected-mismatch' });
    }
  });

  it('prints the same hash it returns (audit page, or the footer of the last page)', () => {
    expect(pdfToText(rendered.bytes).replace(/\s+/g, ' ')).toContain(rendered.bodySha256);
    expect(pdfToText(plain.bytes).replace(/\s+/g, ' ')).toContain(`SHA-256 : ${plain.bodySha256}`);
  });

  it('detects a changed content stream (edited text: one amount)', async () => {
    const doc = await load(rendered.bytes);
    const { ref, text } = bodyStream(doc, 0);
    const tj = /<([0-9A-F]{8,})> Tj/.exec(text)!;
    const swapped = tj[1]!.slice(4, 8) + tj[1]!.slice(0, 4) + tj[1]!.slice(8);
    doc.context.assign(ref, doc.context.flateStream(text.replace(tj[0], `<${swapped}> Tj`)));
    const result = await verifyDocument(await save(doc));
    expect(result).toMatchObject({ valid: false, reason: 'body-altered', sealedSha256: rendered.bodySha256 });
    expect(result.bodySha256).not.toBe(rendered.bodySha256);
  });

  it('detects a drawing added over a page', async () => {
    const doc = await load(rendered.bytes);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPages()[0]!.drawText('PAYE', { x: 300, y: 500, size: 40, font, color: rgb(1, 0, 0) });
    expect(await verifyDocument(await save(doc))).toMatchObject({ valid: false, reason: 'body-altered' });
  });

  it('detects an added page and a removed page', async () => {
    const added = await load(rendered.bytes);
    added.addPage();
    expect(await verifyDocument(await save(added))).toMatchObject({ valid: false, reason: 'body-altered' });
    const removed = await load(rendered.bytes);
    removed.removePage(1);
    expect(await verifyDocument(await save(removed))).toMatchObject({ valid: false, reason: 'body-altered' });
  });

  it('detects a rotated page and a changed page size', async () => {
    const rotated = await load(rendered.bytes);
    rotated.getPages()[0]!.node.set(PDFName.of('Rotate'), rotated.context.obj(90));
    expect(await verifyDocument(await save(rotated))).toMatchObject({ valid: false, reason: 'body-altered' });
    const cropped = await load(rendered.bytes);
    cropped.getPages()[1]!.setCropBox(0, 0, 300, 300);
    expect(await verifyDocument(await save(cropped))).toMatchObject({ valid: false, reason: 'body-altered' });
  });

  it('detects a seal that prints another hash', async () => {
    const doc = await load(rendered.bytes);
    const last = doc.getPages()[doc.getPageCount() - 1]!.node.Contents() as PDFArray;
    const sealRef = last.get(1) as PDFRef;
    doc.context.assign(sealRef, doc.context.stream(sealContent('0'.repeat(64), 54, 400, 8), { [SEAL_KEY]: 1 }));
    expect(await verifyDocument(await save(doc))).toMatchObject({ valid: false, reason: 'body-altered', sealedSha256: '0'.repeat(64) });
  });

  it('cannot tell a forger who reprints the seal, unless given the stored hash', async () => {
    const doc = await load(rendered.bytes);
    const { ref, text } = bodyStream(doc, 0);
    doc.context.assign(ref, doc.context.flateStream(`${text}\n0 0 1 rg 100 100 50 50 re f`));
    const pages = doc.getPages();
    const contents = pages[pages.length - 1]!.node.Contents() as PDFArray;
    const sealRef = contents.get(1) as PDFRef;
    const forged = bodySha256(doc);
    doc.context.assign(sealRef, doc.context.stream(sealContent(forged, 54, 400, 8), { [SEAL_KEY]: 1 }));
    const bytes = await save(doc);
    expect(await verifyDocument(bytes)).toMatchObject({ valid: true, bodySha256: forged, sealedSha256: forged });
    expect(await verifyDocument(bytes, { expectedSha256: rendered.bodySha256 })).toMatchObject({ valid: false, reason: 'expected-mismatch', bodySha256: forged });
  });

  it('stays valid when a tool rewrites the file without changing the pages (qpdf, metadata)', async () => {
    for (const args of [['--object-streams=generate'], ['--linearize'], ['--object-streams=generate', '--compress-streams=y']]) {
      const rewritten = qpdfRewrite(rendered.bytes, args);
      expect(Buffer.from(rewritten).equals(Buffer.from(rendered.bytes))).toBe(false);
      expect(await verifyDocument(rewritten, { expectedSha256: rendered.bodySha256 })).toMatchObject({ valid: true });
      // Against the file's SHA-256 the check is byte for byte: a rewritten file is not the one filed.
      expect(await verifyDocument(rewritten, { expectedSha256: sha256Hex(rendered.bytes) })).toMatchObject({ valid: false, reason: 'expected-mismatch' });
    }
    const retitled = await load(rendered.bytes);
    retitled.setTitle('Autre titre');
    expect(await verifyDocument(await save(retitled), { expectedSha256: rendered.bodySha256 })).toMatchObject({ valid: true });
  });

  it('reports unreadable, unsealed and doubly sealed files', async () => {
    expect(await verifyDocument(new TextEncoder().encode('not a pdf'))).toMatchObject({ valid: false, bodySha256: null, reason: 'unreadable' });
    const other = await PDFDocument.create();
    other.addPage();
    expect(await verifyDocument(await other.save())).toMatchObject({ valid: false, reason: 'unsealed' });
    const doubled = await load(plain.bytes);
    const contents = doubled.getPages()[0]!.node.Contents() as PDFArray;
    contents.push(doubled.context.register(doubled.context.stream(sealContent(plain.bodySha256, 54, 300, 8), { [SEAL_KEY]: 1 })));
    expect(await verifyDocument(await save(doubled))).toMatchObject({ valid: false, reason: 'seal-unreadable' });
  });
});
