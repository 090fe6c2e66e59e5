// Build-time packing of the faces for scripts DejaVu does not carry: Arabic, Hebrew and
// Devanagari (Noto Sans, whole Google Fonts script subsets with their shaping tables, regular and
// bold) and one CJK face (Noto Sans SC, JP and KR merged and cut to the characters of everyday
// names). Sources are the `@fontsource/noto-sans-*` npm packages (SIL Open Font License 1.1).
// Each module holds a zlib-compressed TrueType file in base64, loaded only by a document that
// shows one of those scripts.

import { inflateSync } from 'node:zlib';
import type { TrueTypeFont } from '../src/font/true-type-font';
import { readTrueTypeFont } from '../src/font/true-type-font';
import { filterNameTable } from '../src/font/name-table';
import { subsetTrueType } from '../src/font/subset-true-type';

/** A WOFF 1.0 file back to the TrueType file it wraps (each table is zlib-compressed or stored). */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.length !== origLength) throw new Error('bad WOFF table length');
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  tables.sort((a, b) => a.tag - b.tag);
  let size = 12 + 16 * count;
  for (const table of tables) size += (table.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= count) {
    pow *= 2;
    log++;
  }
  o.setUint32(0, flavor);
  o.setUint16(4, count);
  o.setUint16(6, pow * 16);
  o.setUint16(8, log);
  o.setUint16(10, count * 16 - pow * 16);
  let at = 12 + 16 * count;
  tables.forEach((table, i) => {
    o.setUint32(12 + i * 16, table.tag);
    o.setUint32(16 + i * 16, table.checksum);
    o.setUint32(20 + i * 16, at);
    o.setUint32(24 + i * 16, table.data.length);
    out.set(table.data, at);
    at += (table.data.length + 3) & ~3;
  });
  return out;
}

/** Several fonts of one design seen as one: the first that maps a code point gives its glyph. */
export function mergeFonts(fonts: readonly TrueTypeFont[]): TrueTypeFont {
  const first = fonts[0]!;
  const shifts: number[] = [];
  let total = 0;
  for (const font of fonts) {
    if (font.unitsPerEm !== first.unitsPerEm) throw new Error('fonts must share unitsPerEm');
    shifts.push(total);
    total += font.glyphCount;
  }
  const cmap = new Map<number, number>();
  fonts.forEach((font, index) => {
    for (const [codePoint, glyph] of font.cmap) if (!cmap.has(codePoint)) cmap.set(codePoint, glyph + shifts[index]!);
  });
  const locate = (glyph: number): [TrueTypeFont, number, number] => {
    let index = fonts.length - 1;
    while (shifts[index]! > glyph) index--;
    return [fonts[index]!, glyph - shifts[index]!, shifts[index]!];
  };
  return {
    ...first,
    glyphCount: total,
    cmap,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf: (glyph) => {
      const [font, g] = locate(glyph);
      return font.advanceOf(g);
    },
    leftBearingOf: (glyph) => {
      const [font, g] = locate(glyph);
      return font.leftBearingOf(g);
    },
    componentsOf: (glyph) => {
      const [font, g, shift] = locate(glyph);
      return font.componentsOf(g).map((c) => c + shift);
    },
    outlineOf: (glyph) => {
      const [font, g, shift] = locate(glyph);
      const outline = font.outlineOf(g);
      if (shift === 0 || font.componentsOf(g).length === 0) return outline;
      const copy = outline.slice();
      const view = new DataView(copy.buffer);
      let at = 10;
      for (;;) {
        const flags = view.getUint16(at);
        view.setUint16(at + 2, view.getUint16(at + 2) + shift);
        at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
        if (!(flags & 0x20)) break;
      }
      return copy;
    },
  };
}

/** Cuts a font to the given code points: glyphs in code-point order, a format 4 cmap, names and OS/2 kept. */
export function packCodePoints(font: TrueTypeFont, codePoints: Iterable<number>): Uint8Array {
  const glyphs = [0];
  const cmap = new Map<number, number>();
  const newIdOf = new Map<number, number>([[0, 0]]);
  for (const codePoint of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const glyph = font.glyphOf(codePoint);
    if (glyph === 0) continue;
    let id = newIdOf.get(glyph);
    if (id === undefined) {
      id = glyphs.length;
      newIdOf.set(glyph, id);
      glyphs.push(glyph);
    }
    cmap.set(codePoint, id);
  }
  const tables: Record<string, Uint8Array> = { name: filterNameTable(font.table('name')!, () => true) };
  const os2 = font.table('OS/2');
  if (os2 !== undefined) tables['OS/2'] = os2.slice();
  return subsetTrueType(font, { glyphs, cmap, tables }).bytes;
}

/** The characters of a legacy double-byte charset between two lead and two trail bytes, decoded. */
function charsetRange(encoding: string, leads: [number, number], trails: [number, number]): number[] {
  const decoder = new TextDecoder(encoding);
  const out: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      const codePoint = char.codePointAt(0)!;
      if (char.length === 1 && codePoint !== 0xfffd && codePoint > 0x2e80) out.push(codePoint);
    }
  }
  return out;
}

/**
 * The characters of the bundled CJK face: the 3,755 hanzi of GB 2312 level 1, the 2,965 kanji
 * of JIS X 0208 level 1, the 2,350 Hangul syllables of KS X 1001, kana, CJK punctuation and the
 * full-width forms: the characters of everyday Chinese, Japanese and Korean names.
 */
export function cjkCodePoints(): number[] {
  const points = new Set<number>([
    ...charsetRange('gb18030', [0xb0, 0xd7], [0xa1, 0xfe]), // GB 2312 level 1
    ...charsetRange('shift_jis', [0x88, 0x98], [0x40, 0xfc]), // JIS X 0208 level 1 kanji
    ...charsetRange('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe]), // KS X 1001 Hangul
  ]);
  for (let c = 0x3000; c <= 0x30ff; c++) points.add(c); // CJK punctuation, hiragana, katakana
  for (let c = 0x3131; c <= 0x318e; c++) points.add(c); // Hangul compatibility jamo
  for (let c = 0xff01; c <= 0xff9f; c++) points.add(c); // full-width and half-width forms
  return [...points];
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** The TypeScript module that carries one compressed face. */
export function compressedFontModule(constName: string, face: string, source: string, bytes: Uint8Array, compressed: Uint8Array): string {
  return [
    `// GENERATED by packages/pdf/scripts/build-script-fonts.ts from ${source}; do not edit.`,
    '// Noto fonts: SIL Open Font License 1.1 (packages/pdf/LICENSE-Noto and the name table of the font).',
    '',
    `/** ${face}: a zlib-compressed TrueType file (${bytes.length} bytes, ${compressed.length} compressed), base64. */`,
    `export const ${constName} =`,
    `  '${toBase64(compressed)}';`,
    '',
  ].join('\n');
}

/** Reads a TrueType file (for the build script and its tests). */
export function readFont(bytes: Uint8Array): TrueTypeFont {
  return readTrueTypeFont(bytes);
}
