// Renders every page of the six documents, branded, to PNG in test/__output__/ (gitignored) so a
// person can look at them: `ls packages/pdf/test/__output__/document-*`.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentBranding } from '../../src/index';
import { logoPng } from '../helpers/images';
import { renderPng } from '../helpers/poppler';
import { KINDS, renderKind } from './all-documents';

const output = fileURLToPath(new URL('../__output__/', import.meta.url));

const branding: DocumentBranding = {
  tagline: { fr: 'Direction de la recherche', en: 'Research directorate' },
  logo: logoPng(),
  accentColor: '#0b6e4f',
  contact: '2525, chemin de la Côte-Sainte-Catherine, Montréal (Québec) · 514 555-0100 · ssaquebec.ca',
  signatory: { name: 'Catherine Dubé', title: { fr: 'Directrice scientifique', en: 'Scientific director' } },
};

describe('PNG preview of the documents', () => {
  it('renders every page of the six branded, bilingual documents', async () => {
    mkdirSync(output, { recursive: true });
    for (const file of readdirSync(output)) if (file.startsWith('document-')) rmSync(`${output}${file}`);
    const counts = new Map<string, number>();
    for (const kind of KINDS) {
      const doc = await renderKind(kind, 'both', undefined, branding);
      renderPng(doc.bytes, `${output}document-${kind.replace('_', '-')}`, 80);
      counts.set(kind.replace('_', '-'), doc.pageCount);
    }
    const files = readdirSync(output).filter((f) => f.startsWith('document-') && f.endsWith('.png'));
    for (const [kind, pages] of counts) expect(files.filter((f) => f.startsWith(`document-${kind}-`)), kind).toHaveLength(pages);
    for (const file of files) {
      const png = readFileSync(`${output}${file}`);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(png.length, file).toBeGreaterThan(5_000); // a blank page compresses to far less
    }
  });
});
