// Speed of the engine, warm (same process, fonts parsed once), next to the anchors measured with
// the same content: pdf-lib + fontkit subsetting 94 ms / 25 KB, pdfmake 44 ms, jsPDF Helvetica 2.3 ms.
// Run: pnpm bench --project pdf. Cold start (fresh process): node packages/pdf/bench/cold-start.mjs
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { bench, describe } from 'vitest';
import type { TableRow } from '../src/index';
import { renderDocument, verifyDocument } from '../src/index';
import { auditTrail, branding, cad, clock, mandateBody, mandateLike } from '../test/fixtures/mandate-like';

const mandate = { lang: 'both' as const, clock: clock(), branding };
const withAudit = { ...mandate, audit: auditTrail };
const rows: TableRow[] = Array.from({ length: 200 }, (_, i) => [`E${i + 1}`, '2026-03-14', `Réunion du comité de suivi no ${i + 1}`, '1 h 30', cad(7500 + i, 'fr')]);
const request = {
  title: { fr: 'Demande de paiement', en: 'Payment request' },
  body: () => [{ type: 'table' as const, columns: [{ header: 'No', width: 0.6 }, { header: 'Date', width: 1 }, { header: 'Activité', width: 3 }, { header: 'Durée', width: 0.8 }, { header: 'Montant', width: 1.1 }], rows }],
};

const sizes = {
  'mandate, 2 pages bilingual': (await renderDocument(mandateLike, mandate)).bytes.length,
  'mandate + audit page, 3 pages': (await renderDocument(mandateLike, withAudit)).bytes.length,
  'payment request, 200 rows': (await renderDocument(request, { lang: 'fr', clock: clock(), branding })).bytes.length,
};
const sealed = await renderDocument(mandateLike, withAudit);

// The anchor: the same text drawn with pdf-lib's own API and fontkit subsetting of the full DejaVu Sans.
const dejavu = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const regularTtf = readFileSync(join(dejavu, 'ttf/DejaVuSans.ttf'));
const boldTtf = readFileSync(join(dejavu, 'ttf/DejaVuSans-Bold.ttf'));
const anchorLines = (['fr', 'en'] as const).map((lang) =>
  mandateBody(lang).flatMap((block) => {
    if (block.type === 'fields') return block.fields.map((f) => `${f.label}: ${typeof f.value === 'string' ? f.value : ''}`);
    if (block.type === 'paragraph') return [typeof block.text === 'string' ? block.text : block.text.map((r) => r.text).join('')];
    if (block.type === 'list') return block.items.map((i) => `• ${typeof i === 'string' ? i : ''}`);
    if (block.type === 'table') return block.rows.map((r) => (Array.isArray(r) ? r : (r as { cells: string[] }).cells).join('   '));
    if (block.type === 'heading' || block.type === 'notice') return [typeof block.text === 'string' ? block.text : ''];
    return [];
  }),
);
async function anchor(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(regularTtf, { subset: true });
  const bold = await doc.embedFont(boldTtf, { subset: true });
  for (const lines of anchorLines) {
    const page = doc.addPage();
    page.drawText('Mandat de partenaire / Partner mandate', { x: 54, y: 730, size: 16, font: bold, color: rgb(0.04, 0.43, 0.31) });
    lines.forEach((line, i) => page.drawText(line, { x: 54, y: 700 - i * 16, size: 9.5, font: regular, maxWidth: 500 }));
  }
  return doc.save();
}
const anchorSize = (await anchor()).length;

console.log('bytes per document:', { ...sizes, 'anchor pdf-lib + fontkit, 2 pages': anchorSize });

/** Long enough runs for stable figures on a shared 2-core machine. */
const runs = { time: 3000, warmupTime: 1000 };

describe('render', () => {
  bench('mandate, 2 pages bilingual (warm)', async () => {
    await renderDocument(mandateLike, mandate);
  }, runs);
  bench('mandate + audit page, 3 pages (warm)', async () => {
    await renderDocument(mandateLike, withAudit);
  }, runs);
  bench('payment request, 200 rows (warm)', async () => {
    await renderDocument(request, { lang: 'fr', clock: clock(), branding });
  }, runs);
  bench('anchor: pdf-lib + fontkit subsetting, same text, 2 pages', async () => {
    await anchor();
  }, runs);
});

describe('verify', () => {
  bench('verifyDocument, 3-page sealed mandate', async () => {
    await verifyDocument(sealed.bytes, { expectedSha256: sealed.bodySha256 });
  }, runs);
});
