// The figures of docs/performance.md ("Documents"): each document of ours next to its anchor in the
// same run, plain pdf-lib + fontkit drawing the same text on the same number of pages (vitest
// prints the ratio in its summary: "… x faster than anchor"). Warm: same process, fonts parsed.
// Goals (issue 12, on a quiet machine): mandate ≤ 6 ms, 200-entry request ≤ 20 ms, 1,000 annual
// statements ≤ 10 s with progress. Run: pnpm bench --project pdf anchored
import { bench, describe } from 'vitest';
import { renderAnnualStatement, renderBatch, renderMandate, renderPaymentRequest } from '../src/index';
import { acceptedMandate, clock, framework, ledgerEntries, mandateAudit, manyEntries, NAMES_BY_ID, paidRequest, partnerNamed, project } from '../test/documents/fixtures';
import { anchorPdf, pageLines } from './anchor-pdf';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const longRequest = paidRequest(mandate, partner, manyEntries(200));
const options = { lang: 'both' as const, clock: clock(), names: NAMES_BY_ID };
const renderOne = {
  mandate: () => renderMandate({ framework, partner, mandate, project, audit: mandateAudit() }, options),
  request: () => renderPaymentRequest({ framework, partner, mandate, request: longRequest }, { lang: 'fr', clock: clock() }),
  statement: (p = partner) => renderAnnualStatement({ framework, partner: p, year: 2026, entries: ledgerEntries(p.id), province: 'QC' }, { lang: 'fr', clock: clock() }),
};
const lines = {
  mandate: pageLines((await renderOne.mandate()).bytes),
  request: pageLines((await renderOne.request()).bytes),
  statement: pageLines((await renderOne.statement()).bytes),
};
console.log('pages:', Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, v.length])));
const partners = Array.from({ length: 1000 }, (_, i) => partnerNamed('Zoé Lefèvre-Gélinas', { id: `ptn_${String(i + 1).padStart(4, '0')}` }));

const runs = { time: 3000, warmupTime: 1000 };

describe('mandate, bilingual, audit page', () => {
  bench('renderMandate', async () => {
    await renderOne.mandate();
  }, runs);
  bench('anchor', async () => {
    await anchorPdf(lines.mandate);
  }, runs);
});

describe('payment request, 200 entries', () => {
  bench('renderPaymentRequest', async () => {
    await renderOne.request();
  }, runs);
  bench('anchor', async () => {
    await anchorPdf(lines.request);
  }, runs);
});

describe('annual statement', () => {
  bench('renderAnnualStatement', async () => {
    await renderOne.statement();
  }, runs);
  bench('anchor', async () => {
    await anchorPdf(lines.statement);
  }, runs);
});

describe('1,000 annual statements', () => {
  bench('renderBatch of 1,000 renderAnnualStatement, with progress', async () => {
    let last = 0;
    for await (const item of renderBatch(partners, (p) => renderOne.statement(p), { onProgress: ({ done }) => (last = done) })) void item;
    if (last !== 1000) throw new Error('incomplete batch');
  }, { iterations: 2, warmupIterations: 0, time: 0, warmupTime: 0 });
});
