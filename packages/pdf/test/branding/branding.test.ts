import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHexColor } from '../../src/branding/branding';
import { renderDocument, verifyDocument } from '../../src/index';
import { branding, clock, mandateLike } from '../fixtures/mandate-like';
import { jpegOf, logoPng } from '../helpers/images';
import { pageTexts } from '../helpers/poppler';
import { flat } from '../helpers/text';

/** pdfimages -list rows: page, type, width, height, colour, components, bits, … */
function images(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'honoraria-img-'));
  try {
    writeFileSync(join(dir, 'd.pdf'), pdf);
    const out = execFileSync('pdfimages', ['-list', join(dir, 'd.pdf')], { encoding: 'utf8' });
    return out.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('branding', () => {
  it('reads accent colours', () => {
    expect(parseHexColor('#0b6e4f')).toEqual({ r: 0.043, g: 0.431, b: 0.31 });
    expect(parseHexColor('#FFF')).toEqual({ r: 1, g: 1, b: 1 });
    expect(parseHexColor('green')).toBeUndefined();
  });

  it('puts the institution, tagline and a PNG logo (with transparency) on every page', async () => {
    const logo = logoPng();
    const doc = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding: { ...branding, logo } });
    const pages = pageTexts(doc.bytes).map(flat);
    expect(pages[0]).toMatch(/^CISSS de l’Outaouais Direction de la qualité/);
    expect(pages[1]).toMatch(/^CISSS de l’Outaouais Quality directorate/);
    const list = images(doc.bytes);
    expect(list.filter((row) => row[2] === 'image').map((row) => row[0])).toEqual(['1', '2']);
    expect(list.some((row) => row[2] === 'smask')).toBe(true);
    expect(list.find((row) => row[2] === 'image')!.slice(3, 5)).toEqual(['120', '40']);
    // The logo is prepared once per bytes; the output stays deterministic.
    const again = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding: { ...branding, logo } });
    expect(Buffer.from(again.bytes).equals(Buffer.from(doc.bytes))).toBe(true);
    expect((await verifyDocument(doc.bytes)).valid).toBe(true);
  });

  it('accepts a JPEG logo', async () => {
    const plain = await renderDocument(mandateLike, { lang: 'fr', clock: clock() });
    const jpeg = jpegOf(plain.bytes);
    const doc = await renderDocument(mandateLike, { lang: 'fr', clock: clock(), branding: { institution: 'Unité de soutien SSA Québec', logo: jpeg } });
    expect(images(doc.bytes).filter((row) => row[2] === 'image')).toHaveLength(1);
    expect(flat(pageTexts(doc.bytes)[0]!)).toMatch(/^Unité de soutien SSA Québec/);
  });

  it('rejects a truncated or corrupt logo with a typed error (a truncated PNG would hang the decoder)', async () => {
    const attempt = (logo: Uint8Array) =>
      renderDocument(mandateLike, { lang: 'fr', clock: clock(), branding: { institution: 'X', logo } }).catch((e: unknown) => e);
    const invalid = { code: 'validation_failed', issues: [{ path: ['branding', 'logo'], code: 'invalid_image' }] };
    expect(await attempt(logoPng().slice(0, 60))).toMatchObject(invalid);
    expect(await attempt(jpegOf((await renderDocument(mandateLike, { lang: 'fr', clock: clock() })).bytes).slice(0, 200))).toMatchObject(invalid);
    const corrupt = logoPng();
    const idat = Buffer.from(corrupt).indexOf('IDAT');
    corrupt.fill(0x55, idat + 4, idat + 24); // same layout, garbage compressed data
    expect(await attempt(corrupt)).toMatchObject(invalid);
  });
});
