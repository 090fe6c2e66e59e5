// Renders sample documents to PNG in test/__output__/ (gitignored) so a person can look at the
// typography: `ls packages/pdf/test/__output__`.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/index';
import { auditTrail, branding, cad, clock, mandateLike } from '../fixtures/mandate-like';
import { logoPng } from '../helpers/images';
import { renderPng } from '../helpers/poppler';

const output = fileURLToPath(new URL('../__output__/', import.meta.url));

describe('PNG preview', () => {
  it('renders every page of a branded bilingual mandate and a long payment request', async () => {
    // Only this test's pages: the documents' preview test writes beside them.
    mkdirSync(output, { recursive: true });
    for (const file of readdirSync(output)) if (/^(mandate|payment-request)-\d+\.png$/.test(file)) rmSync(`${output}${file}`);
    const mandate = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding: { ...branding, logo: logoPng() }, audit: auditTrail });
    renderPng(mandate.bytes, `${output}mandate`, 100);
    const rows = Array.from({ length: 200 }, (_, i) => [`E${i + 1}`, `2026-03-${String((i % 28) + 1).padStart(2, '0')}`, `Réunion du comité de suivi no ${i + 1} — Nguyễn Thị Ánh`, '1 h 30', cad(7500 + i, 'fr')]);
    const request = await renderDocument(
      {
        title: { fr: 'Demande de paiement', en: 'Payment request' },
        reference: 'DP-2026-0107',
        body: () => [
          { type: 'table', columns: [{ header: 'No', width: 0.6 }, { header: 'Date', width: 1 }, { header: 'Activité', width: 3.2 }, { header: 'Durée', width: 0.8, align: 'right' }, { header: 'Montant', width: 1.1, align: 'right' }], rows },
        ],
      },
      { lang: 'fr', clock: clock(), branding, pageSize: 'a4' },
    );
    renderPng(request.bytes, `${output}payment-request`, 60);
    const files = readdirSync(output).filter((f) => /^(mandate|payment-request)-\d+\.png$/.test(f)).sort();
    expect(files.filter((f) => f.startsWith('mandate'))).toHaveLength(mandate.pageCount);
    expect(files.filter((f) => f.startsWith('payment-request'))).toHaveLength(request.pageCount);
    for (const file of files) {
      const png = readFileSync(`${output}${file}`);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.length).toBeGreaterThan(5_000); // a blank page compresses to far less
    }
  });
});
