import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../src/index';
import { renderDocument } from '../../src/index';
import { branding, cad, clock } from '../fixtures/mandate-like';
import { pageTexts, pdfInfo, qpdfCheck } from '../helpers/poppler';
import { flat } from '../helpers/text';

/** A payment request with 200 entries, as the issue asks. */
function entries(count: number): TableRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return [`E${String(i + 1).padStart(3, '0')}`, `2026-03-${day}`, `Réunion du comité de suivi no ${i + 1}`, '1 h 30', cad(7500 + i, 'fr')];
  });
}

const columns = [
  { header: 'No', width: 0.6 },
  { header: 'Date', width: 1 },
  { header: 'Activité', width: 3 },
  { header: 'Durée', width: 0.8, align: 'right' as const },
  { header: 'Montant', width: 1.1, align: 'right' as const },
];

describe('tables', () => {
  it('paginate 200 entries cleanly: header on every page, every row once, in order, never split', async () => {
    const rows = entries(200);
    const doc = await renderDocument(
      {
        title: { fr: 'Demande de paiement', en: 'Payment request' },
        body: () => [
          { type: 'paragraph', text: 'Entrées de la période.' },
          { type: 'table', columns, rows: [...rows, { cells: ['', '', 'Total', '300 h', cad(1519900, 'fr')], emphasis: 'total' }] },
        ],
      },
      { lang: 'fr', clock: clock(), branding },
    );
    expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
    const pages = pageTexts(doc.bytes).map(flat);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(Number(pdfInfo(doc.bytes).Pages)).toBe(pages.length);
    let next = 1;
    pages.forEach((page, index) => {
      // The header row opens the table on every page.
      expect(page).toMatch(/No Date Activité Durée Montant/);
      expect(page).toContain(`page ${index + 1} de ${pages.length}`);
      // Each row is whole on one page: number, date, activity and amount together.
      for (const match of page.matchAll(/E(\d{3}) (2026-03-\d\d) Réunion du comité de suivi no (\d+) 1 h 30 (\d+,\d\d \$)/g)) {
        expect(Number(match[1])).toBe(next);
        expect(Number(match[3])).toBe(next);
        expect(match[4]).toBe(flat(cad(7500 + next - 1, 'fr')));
        next += 1;
      }
    });
    expect(next).toBe(201);
    expect(pages[pages.length - 1]).toContain(`Total 300 h ${flat(cad(1519900, 'fr'))}`);
  });

  it('split a row taller than a page between lines, and still repeat the header', async () => {
    const long = Array.from({ length: 140 }, (_, i) => `ligne${i}`).join(' ');
    const doc = await renderDocument(
      { title: { fr: 'Long', en: 'Long' }, body: () => [{ type: 'table', columns: [{ header: 'Clause', width: 1 }, { header: 'Texte', width: 0.3 }], rows: [['A', long]] }] },
      { lang: 'fr', clock: clock() },
    );
    const pages = pageTexts(doc.bytes).map(flat);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/^Long|Clause Texte/);
    const words = pages.join(' ').match(/ligne\d+/g) ?? [];
    expect(words).toEqual(Array.from({ length: 140 }, (_, i) => `ligne${i}`));
    expect(pages.slice(1).every((page) => page.startsWith('Clause Texte'))).toBe(true);
  });

  it('show the empty text when there are no rows', async () => {
    const doc = await renderDocument(
      { title: { fr: 'Vide', en: 'Empty' }, body: () => [{ type: 'table', columns, rows: [], empty: 'Aucune entrée.' }] },
      { lang: 'fr', clock: clock() },
    );
    expect(flat(pageTexts(doc.bytes)[0]!)).toContain('No Date Activité Durée Montant Aucune entrée.');
  });
});
