// The bundled script faces: what the build script makes from the @fontsource packages, their
// licence, and the characters of everyday names they cover.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pako from 'pako';
import { describe, expect, it } from 'vitest';
import { cjkCodePoints, woffToSfnt } from '../../scripts/script-fonts';
import { decodeBase64 } from '../../src/font/base64';
import { NOTO_SANS_ARABIC } from '../../src/font/data/noto-sans-arabic';
import { NOTO_SANS_CJK } from '../../src/font/data/noto-sans-cjk';
import { NOTO_SANS_DEVANAGARI_BOLD } from '../../src/font/data/noto-sans-devanagari-bold';
import { NOTO_SANS_HEBREW } from '../../src/font/data/noto-sans-hebrew';
import { scriptsIn } from '../../src/font/script-faces';
import { readTrueTypeFont } from '../../src/font/true-type-font';

const require = createRequire(import.meta.url);
const woff = (name: string, file: string) => woffToSfnt(new Uint8Array(readFileSync(join(dirname(require.resolve(`@fontsource/${name}/package.json`)), 'files', file))));
const unpack = (base64: string) => pako.inflate(decodeBase64(base64));

describe('bundled script faces', () => {
  it('are the @fontsource files, unchanged (pnpm --filter @honoraria/pdf build:script-fonts)', () => {
    expect(Buffer.from(unpack(NOTO_SANS_HEBREW)).equals(Buffer.from(woff('noto-sans-hebrew', 'noto-sans-hebrew-hebrew-400-normal.woff')))).toBe(true);
    expect(Buffer.from(unpack(NOTO_SANS_ARABIC)).equals(Buffer.from(woff('noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff')))).toBe(true);
    expect(Buffer.from(unpack(NOTO_SANS_DEVANAGARI_BOLD)).equals(Buffer.from(woff('noto-sans-devanagari', 'noto-sans-devanagari-devanagari-700-normal.woff')))).toBe(true);
  });

  it('keep the shaping tables HarfBuzz needs (GSUB, GPOS, GDEF)', () => {
    for (const base64 of [NOTO_SANS_ARABIC, NOTO_SANS_DEVANAGARI_BOLD]) {
      const font = readTrueTypeFont(unpack(base64));
      for (const tag of ['GSUB', 'GPOS', 'GDEF']) expect(font.table(tag), tag).toBeDefined();
    }
  });

  it('cover the characters of everyday CJK names: GB 2312 level 1, JIS level 1 kanji, KS X 1001 Hangul, kana', () => {
    const font = readTrueTypeFont(unpack(NOTO_SANS_CJK));
    const wanted = cjkCodePoints();
    expect(wanted.length).toBeGreaterThan(7500);
    const missing = wanted.filter((codePoint) => font.glyphOf(codePoint) === 0 && !(codePoint >= 0xff61 && codePoint <= 0xff9f) && codePoint !== 0x3000);
    expect(missing.length / wanted.length).toBeLessThan(0.01);
    for (const char of '王小明山田太郎김민준李陈张伟芳鈴木佐藤さくら이박최서연あア') expect(font.glyphOf(char.codePointAt(0)!), char).not.toBe(0);
  });

  it('carry the SIL Open Font License in the package', () => {
    const licence = readFileSync(new URL('../../LICENSE-Noto', import.meta.url), 'utf8');
    expect(licence).toContain('SIL Open Font License');
    const files: string[] = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).files;
    expect(files).toContain('LICENSE-Noto');
  });

  it('are asked for by the scripts of a text only', () => {
    expect(scriptsIn('Zoé Lefèvre-Gélinas, Nguyễn Thị Ánh, ᐊᓯᐅᓂ')).toEqual([]);
    expect(scriptsIn('فاطمة / דוד / अनन्या / 王 / 김')).toEqual(['arabic', 'hebrew', 'devanagari', 'cjk']);
  });
});
