// Build-time cut of DejaVu Sans (regular and bold) down to the scripts Honoraria supports, written
// as TypeScript modules that hold the font bytes (base64), so the package reads no file at run
// time and works the same in Node and in browsers. `pnpm --filter @honoraria/pdf build:fonts`
// regenerates them; a test checks that the committed modules are up to date.

import type { TrueTypeFont } from '../src/font/true-type-font';
import { readTrueTypeFont } from '../src/font/true-type-font';
import { filterNameTable } from '../src/font/name-table';
import { subsetTrueType } from '../src/font/subset-true-type';

/**
 * The Unicode ranges kept, inclusive. Latin (French, Polish, Vietnamese and every European
 * language), Greek, Cyrillic, Canadian Aboriginal syllabics (Inuktitut, Cree, Ojibwe), the
 * punctuation and spaces that locale formatting produces, currency and a few symbols.
 */
export const SUPPORTED_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (no-break space U+00A0)
  [0x0100, 0x024f], // Latin Extended-A and -B (Polish ł ż ó ć, Romanian, Sami…)
  [0x02b0, 0x02ff], // Spacing modifier letters (ʻokina, ˇ, ˛)
  [0x0300, 0x036f], // Combining diacritical marks
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic
  [0x1400, 0x167f], // Unified Canadian Aboriginal Syllabics (ᐃᓄᒃᑎᑐᑦ)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese ễ ị Á…)
  [0x2000, 0x206f], // General punctuation (narrow no-break space U+202F, dashes, quotes, …)
  [0x2070, 0x209f], // Superscripts and subscripts
  [0x20a0, 0x20cf], // Currency symbols (€)
  [0x2100, 0x215f], // Letterlike symbols and number forms (№, ™, ½)
  [0x2190, 0x2199], // Arrows
  [0x2212, 0x2212], // Minus sign
  [0x2260, 0x2265], // ≠ ≤ ≥
  [0x25a0, 0x25cf], // Geometric shapes (■ □ ● ○)
  [0x2610, 0x2612], // Ballot boxes (☐ ☑ ☒)
  [0x2713, 0x2718], // Check and cross marks
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ ﬂ) that pasted text may carry
];

/** Name-table records kept in the packed font: every Windows English record (copyright, names, licence). */
function windowsNames(font: TrueTypeFont): Uint8Array {
  return filterNameTable(font.table('name')!, () => true);
}

/**
 * A font whose missing code points are borrowed from a fallback (DejaVu Sans Bold has no
 * syllabics: they come from the regular face). Fallback glyphs are numbered after the primary's.
 */
function withFallback(primary: TrueTypeFont, fallback: TrueTypeFont): TrueTypeFont {
  if (primary.unitsPerEm !== fallback.unitsPerEm) throw new Error('fonts must share unitsPerEm');
  const shift = primary.glyphCount;
  const cmap = new Map(primary.cmap);
  for (const [codePoint, glyph] of fallback.cmap) if (!cmap.has(codePoint)) cmap.set(codePoint, glyph + shift);
  const pick = <T>(glyph: number, own: (g: number) => T, other: (g: number) => T): T =>
    glyph < shift ? own(glyph) : other(glyph - shift);
  return {
    ...primary,
    glyphCount: shift + fallback.glyphCount,
    cmap,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf: (glyph) => pick(glyph, primary.advanceOf, fallback.advanceOf),
    leftBearingOf: (glyph) => pick(glyph, primary.leftBearingOf, fallback.leftBearingOf),
    componentsOf: (glyph) =>
      pick(glyph, primary.componentsOf, (g) => fallback.componentsOf(g).map((c) => c + shift)),
    outlineOf: (glyph) =>
      pick(glyph, primary.outlineOf, (g) => {
        // Renumber the components of a borrowed composite glyph.
        const outline = fallback.outlineOf(g).slice();
        const view = new DataView(outline.buffer);
        const components = fallback.componentsOf(g);
        if (components.length > 0) {
          let at = 10;
          for (;;) {
            const flags = view.getUint16(at);
            view.setUint16(at + 2, view.getUint16(at + 2) + shift);
            at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
            if (!(flags & 0x20)) break;
          }
        }
        return outline;
      }),
  };
}

/** Cuts a font to {@link SUPPORTED_RANGES}: glyphs in code-point order, a format 4 cmap, names and OS/2 kept. */
export function packFont(font: TrueTypeFont): Uint8Array {
  const glyphs = [0];
  const cmap = new Map<number, number>();
  const newIdOf = new Map<number, number>([[0, 0]]);
  for (const [first, last] of SUPPORTED_RANGES) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
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
  }
  const os2 = font.table('OS/2');
  const tables: Record<string, Uint8Array> = { name: windowsNames(font) };
  if (os2 !== undefined) tables['OS/2'] = os2.slice();
  return subsetTrueType(font, { glyphs, cmap, tables }).bytes;
}

/** The packed regular and bold faces, from the DejaVu Sans files. */
export function packDejaVu(regular: Uint8Array, bold: Uint8Array): { regular: Uint8Array; bold: Uint8Array } {
  const regularFont = readTrueTypeFont(regular);
  return { regular: packFont(regularFont), bold: packFont(withFallback(readTrueTypeFont(bold), regularFont)) };
}

function toBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? alphabet[n & 63]! : '=';
  }
  return out;
}

/** The TypeScript module that carries one packed face. */
export function fontModule(constName: string, face: string, bytes: Uint8Array): string {
  return [
    `// GENERATED by packages/pdf/scripts/build-fonts.ts from dejavu-fonts-ttf 2.37.3 (${face}); do not edit.`,
    '// DejaVu fonts: Bitstream Vera and Arev licences, DejaVu changes in the public domain. The full',
    '// licence travels inside the font (name table, ID 13) and in packages/pdf/LICENSE-DejaVu.',
    '',
    `/** ${face}, cut to the supported scripts, as a base64 TrueType file (${bytes.length} bytes). */`,
    `export const ${constName} =`,
    `  '${toBase64(bytes)}';`,
    '',
  ].join('\n');
}
