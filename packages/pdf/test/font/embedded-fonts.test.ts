import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packDejaVu } from '../../scripts/font-pack';
import { decodeBase64 } from '../../src/font/base64';
import { DEJAVU_SANS } from '../../src/font/data/dejavu-sans';
import { DEJAVU_SANS_BOLD } from '../../src/font/data/dejavu-sans-bold';
import { readTrueTypeFont } from '../../src/font/true-type-font';
import { NAMES } from '../fixtures/mandate-like';

const dejavu = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const original = (file: string) => new Uint8Array(readFileSync(join(dejavu, 'ttf', file)));

describe('packed DejaVu fonts', () => {
  it('are up to date with the build script (pnpm --filter @honoraria/pdf build:fonts)', () => {
    const packed = packDejaVu(original('DejaVuSans.ttf'), original('DejaVuSans-Bold.ttf'));
    expect(Buffer.from(decodeBase64(DEJAVU_SANS)).equals(Buffer.from(packed.regular))).toBe(true);
    expect(Buffer.from(decodeBase64(DEJAVU_SANS_BOLD)).equals(Buffer.from(packed.bold))).toBe(true);
  });

  it('carry the DejaVu licence: in the package and inside each font (name ID 13)', () => {
    const licence = readFileSync(new URL('../../LICENSE-DejaVu', import.meta.url), 'utf8');
    expect(licence).toBe(readFileSync(join(dejavu, 'LICENSE'), 'utf8'));
    expect(licence).toContain('Bitstream Vera Fonts Copyright');
    const files: string[] = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files;
    expect(files).toContain('LICENSE-DejaVu');
    for (const base64 of [DEJAVU_SANS, DEJAVU_SANS_BOLD]) {
      const name = readTrueTypeFont(decodeBase64(base64)).table('name')!;
      let text = '';
      for (let i = 0; i + 1 < name.length; i += 2) text += String.fromCharCode((name[i]! << 8) | name[i + 1]!);
      expect(text).toContain('Bitstream Vera Fonts Copyright');
      expect(text).not.toMatch(/Vera Sans|Bitstream Vera Sans/); // renamed faces, as the licence requires
    }
  });

  it('have a glyph for every character of the supported names, in both weights', () => {
    const text = `${Object.values(NAMES).join('')}àâçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’–—…€$\u00a0\u202f ĄąĆćĘęŁłŃńÓóŚśŹźŻż ắằẳẵặấầẩẫậđĐơưỜờ ᐁᐃᐄᐅᐊᑎᑐᑕᒃᓄᑦᖃᖅᐱᓯ`;
    for (const base64 of [DEJAVU_SANS, DEJAVU_SANS_BOLD]) {
      const font = readTrueTypeFont(decodeBase64(base64));
      const missing = [...text.normalize('NFC')].filter((char) => font.glyphOf(char.codePointAt(0)!) === 0);
      expect(missing).toEqual([]);
    }
  });

  it('are much smaller than the originals and keep their metrics', () => {
    const regular = readTrueTypeFont(decodeBase64(DEJAVU_SANS));
    const full = readTrueTypeFont(original('DejaVuSans.ttf'));
    expect(regular.bytes.length).toBeLessThan(160_000);
    expect(full.bytes.length).toBeGreaterThan(700_000);
    expect(regular.unitsPerEm).toBe(full.unitsPerEm);
    for (const char of 'AWaé1 \u00a0\u202fŁễᐃ') {
      const cp = char.codePointAt(0)!;
      expect(regular.advanceOf(regular.glyphOf(cp))).toBe(full.advanceOf(full.glyphOf(cp)));
    }
  });
});
