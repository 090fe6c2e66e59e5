// Writes one face into a PDF as a Type 0 font: a CIDFontType2 (TrueType outlines) with Identity-H
// encoding, the subset font program (FontFile2), widths and a ToUnicode CMap so text can be
// searched, copied and extracted.

import type { PDFRef } from 'pdf-lib';
import { PDFString } from 'pdf-lib';
import type { GlyphEncoder } from './glyph-encoder';
import type { ShapedEncoder } from './shaped-encoder';
import type { Typeface } from './typeface';
import type { DeflateBatch } from '../render/deflate';
import { filterNameTable } from './name-table';
import { subsetTrueType } from './subset-true-type';

/** Name records kept in an embedded subset: copyright, names, version and the licence URL. */
const EMBEDDED_NAME_IDS = new Set([0, 1, 2, 3, 4, 5, 6, 14]);

const nameTables = new WeakMap<object, Uint8Array>();

/** An embedded face: the reference of its Type 0 font dictionary. */
export interface EmbeddedFont {
  readonly ref: PDFRef;
}

/** Six capital letters derived from the glyph set, the deterministic subset tag of the font name. */
function subsetTag(codePoints: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const codePoint of codePoints) h = Math.imul(h ^ codePoint, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + Math.imul(i + 1, 0x9e3779b1 >>> 8);
  }
  return tag;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** UTF-16BE hex of a code point (a surrogate pair above the BMP). */
function utf16Hex(codePoint: number): string {
  if (codePoint < 0x10000) return hex4(codePoint);
  const v = codePoint - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** The ToUnicode CMap: each glyph id back to the character it shows. */
export function toUnicodeCMap(codePoints: readonly number[]): string {
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let start = 1; start < codePoints.length; start += 100) {
    const end = Math.min(start + 100, codePoints.length);
    lines.push(`${end - start} beginbfchar`);
    for (let id = start; id < end; id++) lines.push(`<${hex4(id)}> <${utf16Hex(codePoints[id]!)}>`);
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/** The ToUnicode CMap of shaped glyphs: each glyph id back to the text it stands for (a ligature to several characters). */
export function toUnicodeCMapOfTexts(texts: readonly string[]): string {
  const entries: string[] = [];
  texts.forEach((text, id) => {
    if (id === 0 || text === '') return;
    let hex = '';
    for (const char of text) hex += utf16Hex(char.codePointAt(0)!);
    entries.push(`<${hex4(id)}> <${hex}>`);
  });
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    lines.push(`${chunk.length} beginbfchar`, ...chunk, 'endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}

/** Embeds the glyphs an encoder collected; call once per face, after all text is encoded. */
export function embedFont(batch: DeflateBatch, encoder: GlyphEncoder): EmbeddedFont {
  const { face, codePoints } = encoder;
  const glyphs = codePoints.map((codePoint) => (codePoint < 0 ? 0 : face.font.glyphOf(codePoint)));
  const widths = codePoints.map((codePoint) => (codePoint < 0 ? face.widthOf(-1) : face.widthOf(codePoint)));
  return embedSubset(batch, face, glyphs, widths, subsetTag(codePoints), toUnicodeCMap(codePoints));
}

/** Embeds the glyphs a shaped encoder collected (a script face or an institution's font). */
export function embedShapedFont(batch: DeflateBatch, encoder: ShapedEncoder): EmbeddedFont {
  const widths = encoder.glyphs.map((_, id) => encoder.widthOf(id));
  const tagSource = encoder.glyphs.map((glyph, id) => glyph * 31 + (encoder.texts[id]!.codePointAt(0) ?? 0));
  return embedSubset(batch, encoder.face, encoder.glyphs, widths, subsetTag(tagSource), toUnicodeCMapOfTexts(encoder.texts));
}

function embedSubset(batch: DeflateBatch, face: Typeface, glyphs: readonly number[], widths: readonly number[], tag: string, cmap: string): EmbeddedFont {
  const { context } = batch;
  const font = face.font;
  let name = nameTables.get(font);
  if (name === undefined) {
    name = filterNameTable(font.table('name')!, (id) => EMBEDDED_NAME_IDS.has(id));
    nameTables.set(font, name);
  }
  const tables: Record<string, Uint8Array> = { name };
  const os2 = font.table('OS/2');
  if (os2 !== undefined) tables['OS/2'] = os2;
  const subset = subsetTrueType(font, { glyphs: [...glyphs], tables });

  const baseFont = `${tag}+${face.name}`;
  const scale = 1000 / font.unitsPerEm;
  const fontFile = batch.stream(subset.bytes, { Length1: subset.bytes.length });
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 32, // nonsymbolic
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: face.ascent,
      Descent: face.descent,
      CapHeight: face.capHeight,
      StemV: face.name.includes('Bold') ? 140 : 80,
      FontFile2: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = batch.stream(cmap);
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
  return { ref };
}
