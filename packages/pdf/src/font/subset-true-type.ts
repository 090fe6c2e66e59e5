// A small TrueType subsetter: keeps the glyphs asked for (and the components of composite glyphs),
// drops hinting, renumbers glyphs, and writes a valid font file. It is used twice: at build time
// to cut DejaVu down to the scripts Honoraria supports, and for every document to embed only the
// glyphs that document shows.

import type { TrueTypeFont } from './true-type-font';
import { forEachComponent } from './true-type-font';

const WE_HAVE_INSTRUCTIONS = 0x0100;

/** What to keep in a subset. */
export interface SubsetRequest {
  /**
   * The original glyph of each new glyph, in new-glyph order; the first must be 0 (`.notdef`).
   * A glyph may appear more than once (each copy gets its own id, so each can map to its own
   * character). Components of composite glyphs are appended after these.
   */
  readonly glyphs: readonly number[];
  /** A Unicode cmap for the subset (code point → new glyph), written as format 4; omit it for PDF embedding. */
  readonly cmap?: ReadonlyMap<number, number>;
  /** Extra tables to carry over: a full copy, or replacement bytes. */
  readonly tables?: Readonly<Record<string, Uint8Array>>;
}

/** A subset font file. */
export interface SubsetFont {
  /** The font file. */
  readonly bytes: Uint8Array;
  /** The original glyph of each new glyph, components included. */
  readonly glyphs: readonly number[];
}

/** Builds a TrueType file holding only the requested glyphs, renumbered, without hinting. */
export function subsetTrueType(font: TrueTypeFont, request: SubsetRequest): SubsetFont {
  if (request.glyphs[0] !== 0) throw new Error('the first glyph of a subset must be .notdef');
  const glyphs = [...request.glyphs];
  const newIdOf = new Map<number, number>();
  glyphs.forEach((glyph, index) => {
    if (!newIdOf.has(glyph)) newIdOf.set(glyph, index);
  });
  // Close over composite components: appending while iterating visits nested components too.
  for (let i = 0; i < glyphs.length; i++) {
    for (const component of font.componentsOf(glyphs[i]!)) {
      if (!newIdOf.has(component)) {
        newIdOf.set(component, glyphs.length);
        glyphs.push(component);
      }
    }
  }

  const outlines = glyphs.map((glyph) => stripInstructions(font.outlineOf(glyph), newIdOf));
  let glyfSize = 0;
  for (const outline of outlines) glyfSize += (outline.length + 3) & ~3;
  const glyf = new Uint8Array(glyfSize);
  const loca = new Uint8Array((glyphs.length + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  outlines.forEach((outline, index) => {
    locaView.setUint32(index * 4, at);
    glyf.set(outline, at);
    at += (outline.length + 3) & ~3;
  });
  locaView.setUint32(glyphs.length * 4, at);

  const hmtx = new Uint8Array(glyphs.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  glyphs.forEach((glyph, index) => {
    hmtxView.setUint16(index * 4, font.advanceOf(glyph));
    hmtxView.setInt16(index * 4 + 2, font.leftBearingOf(glyph));
  });

  const head = copyOf(font, 'head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the file is assembled
  headView.setInt16(50, 1); // long loca offsets
  const hhea = copyOf(font, 'hhea');
  new DataView(hhea.buffer).setUint16(34, glyphs.length);
  const maxp = copyOf(font, 'maxp');
  new DataView(maxp.buffer).setUint16(4, glyphs.length);
  const post = new Uint8Array(32);
  post.set(copyOf(font, 'post').subarray(0, 16));
  new DataView(post.buffer).setUint32(0, 0x00030000); // format 3: no glyph names

  const tables: Record<string, Uint8Array> = { ...request.tables, head, hhea, maxp, hmtx, loca, glyf, post };
  if (request.cmap !== undefined) tables.cmap = writeCmap(request.cmap);
  return { bytes: writeFontFile(tables), glyphs };
}

/** A copy of a table the font must have. */
function copyOf(font: TrueTypeFont, tag: string): Uint8Array {
  const table = font.table(tag);
  if (table === undefined) throw new Error(`missing table ${tag}`);
  return table.slice();
}

/** A glyph outline without its hinting instructions, with composite components renumbered. */
function stripInstructions(outline: Uint8Array, newIdOf: ReadonlyMap<number, number>): Uint8Array {
  if (outline.length === 0) return outline;
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  const contours = view.getInt16(0);
  if (contours >= 0) {
    const lengthAt = 10 + contours * 2;
    const instructions = view.getUint16(lengthAt);
    const out = new Uint8Array(outline.length - instructions);
    out.set(outline.subarray(0, lengthAt));
    out.set(outline.subarray(lengthAt + 2 + instructions), lengthAt + 2); // instruction length stays 0
    return out;
  }
  const copy = outline.slice();
  const copyView = new DataView(copy.buffer);
  const end = forEachComponent(copy, (glyphAt, flags) => {
    copyView.setUint16(glyphAt - 2, flags & ~WE_HAVE_INSTRUCTIONS);
    copyView.setUint16(glyphAt, newIdOf.get(copyView.getUint16(glyphAt))!);
  });
  return copy.subarray(0, end);
}

/** A `cmap` table with one (3,1) format 4 subtable; code points must be in the Basic Multilingual Plane. */
function writeCmap(cmap: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...cmap].sort((a, b) => a[0] - b[0]);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [codePoint, glyph] of entries) {
    if (codePoint > 0xfffe) throw new Error('format 4 cmap holds BMP code points only');
    const last = segments[segments.length - 1];
    if (last !== undefined && codePoint === last.end + 1 && glyph - codePoint === last.delta) last.end = codePoint;
    else segments.push({ start: codePoint, end: codePoint, delta: glyph - codePoint });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const count = segments.length;
  const subtableLength = 16 + count * 8;
  const out = new Uint8Array(12 + subtableLength);
  const view = new DataView(out.buffer);
  view.setUint16(2, 1); // one encoding record
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, 12);
  const sub = 12;
  view.setUint16(sub, 4);
  view.setUint16(sub + 2, subtableLength);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(count));
  view.setUint16(sub + 6, count * 2);
  view.setUint16(sub + 8, searchRange);
  view.setUint16(sub + 10, Math.log2(searchRange / 2));
  view.setUint16(sub + 12, count * 2 - searchRange);
  segments.forEach((segment, i) => {
    view.setUint16(sub + 14 + i * 2, segment.end);
    view.setUint16(sub + 16 + count * 2 + i * 2, segment.start);
    view.setUint16(sub + 16 + count * 4 + i * 2, segment.delta & 0xffff);
    // idRangeOffset stays 0: every segment maps by delta.
  });
  return out;
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const padded = bytes.length & 3 ? new Uint8Array((bytes.length + 3) & ~3) : bytes;
  if (padded !== bytes) padded.set(bytes);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Assembles tables into a font file: sorted directory, 4-byte alignment, checksums. */
function writeFontFile(tables: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const tags = Object.keys(tables).sort();
  const count = tags.length;
  let size = 12 + count * 16;
  for (const tag of tags) size += (tables[tag]!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.log2(searchRange / 16));
  view.setUint16(10, count * 16 - searchRange);
  let at = 12 + count * 16;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const table = tables[tag]!;
    const record = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[record + k] = tag.charCodeAt(k);
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.length);
    out.set(table, at);
    if (tag === 'head') headAt = at;
    at += (table.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
