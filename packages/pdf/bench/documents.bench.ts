// Speed and size of the six documents, warm (same process, fonts parsed once), with the entities
// of the document tests. Run: pnpm bench --project pdf. The engine's own figures (the 2-page
// bilingual mandate-like content of the anchors) are in render.bench.ts.
import type { DocumentRenderRequest } from '@honoraria/core';
import { bench, describe } from 'vitest';
import type { DocumentLang, DocumentPdf } from '../src/index';
import { createPdfRenderer, renderPaymentRequest } from '../src/index';
import type { Kind } from '../test/documents/all-documents';
import { KINDS, renderKind } from '../test/documents/all-documents';
import { acceptedMandate, clock, framework, manyEntries, mandateAudit, paidRequest, partnerNamed } from '../test/documents/fixtures';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const longRequest = paidRequest(mandate, partner, manyEntries(200));
const renderLong = (): Promise<DocumentPdf> => renderPaymentRequest({ framework, partner, mandate, request: longRequest }, { lang: 'fr', clock: clock() });
const port = createPdfRenderer();
const portRequest: DocumentRenderRequest = { kind: 'mandate', framework, partner, lang: 'fr', audit: mandateAudit(), mandate, project: null };
const now = new Date('2026-03-03T18:30:00Z');

const sizes: Record<string, string> = {};
for (const kind of KINDS) {
  for (const lang of ['both', 'fr'] as const) {
    const doc = await renderKind(kind, lang);
    sizes[`${kind} (${lang})`] = `${doc.pageCount} pages, ${(doc.bytes.length / 1024).toFixed(1)} KB`;
  }
}
const long = await renderLong();
sizes['payment_request, 200 entries (fr)'] = `${long.pageCount} pages, ${(long.bytes.length / 1024).toFixed(1)} KB`;
console.log('documents:', sizes);

/** Long enough runs for stable figures on a shared 2-core machine. */
const runs = { time: 2000, warmupTime: 500 };
const each = (kind: Kind, lang: DocumentLang) => () => renderKind(kind, lang).then(() => undefined);

describe('documents, bilingual (warm)', () => {
  for (const kind of KINDS) bench(`${kind} (both)`, each(kind, 'both'), runs);
});

describe('documents, one language (warm)', () => {
  for (const kind of KINDS) bench(`${kind} (fr)`, each(kind, 'fr'), runs);
  bench('payment_request, 200 entries (fr)', async () => {
    await renderLong();
  }, runs);
  bench('createPdfRenderer().render, mandate (fr, audit page)', async () => {
    await port.render(portRequest, { now });
  }, runs);
});
