// A reader for the parts of a TrueType font (glyf outlines) that layout and subsetting need:
// metrics, the Unicode cmap, horizontal advances and the raw outline of each glyph.

/** Composite-glyph flags (OpenType `glyf` table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** One table of the font file: where its bytes are. */
interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

/** A parsed TrueType font, read once and shared by every document. */
export interface TrueTypeFont {
  /** The whole font file. */
  readonly bytes: Uint8Array;
  /** Design units per em (2048 for DejaVu). */
  readonly unitsPerEm: number;
  /** Typographic ascender and descender (hhea), in font units; the descender is negative. */
  readonly ascender: number;
  readonly descender: number;
  /** Height of capital letters (OS/2 `sCapHeight`, or the ascender when absent), in font units. */
  readonly capHeight: number;
  /** Font bounding box `[xMin, yMin, xMax, yMax]`, in font units. */
  readonly bbox: readonly [number, number, number, number];
  /** Number of glyphs. */
  readonly glyphCount: number;
  /** The PostScript name (name ID 6), such as `DejaVuSans`. */
  readonly postScriptName: string;
  /** The glyph of a Unicode code point, or 0 (`.notdef`) when the font has none. */
  glyphOf(codePoint: number): number;
  /** The code points the font maps, with their glyph. */
  readonly cmap: ReadonlyMap<number, number>;
  /** The advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
  /** The left side bearing of a glyph, in font units. */
  leftBearingOf(glyph: number): number;
  /** The raw `glyf` record of a glyph (empty for a glyph without outline). */
  outlineOf(glyph: number): Uint8Array;
  /** The glyphs a composite glyph is built from (empty for a simple glyph). */
  componentsOf(glyph: number): readonly number[];
  /** The bytes of a table, or `undefined` when the font has none. */
  table(tag: string): Uint8Array | undefined;
}

/** Reads the table directory, metrics, cmap and outlines of a TrueType font. Throws on a malformed file. */
export function readTrueTypeFont(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font');
  const tables = new Map<string, TableRecord>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const need = (tag: string): TableRecord => {
    const record = tables.get(tag);
    if (record === undefined || record.offset + record.length > bytes.length) throw new Error(`missing table ${tag}`);
    return record;
  };
  const head = need('head').offset;
  const hhea = need('hhea').offset;
  const maxp = need('maxp').offset;
  const hmtx = need('hmtx').offset;
  const loca = need('loca').offset;
  const glyf = need('glyf').offset;

  const unitsPerEm = view.getUint16(head + 18);
  const bbox = [
    view.getInt16(head + 36),
    view.getInt16(head + 38),
    view.getInt16(head + 40),
    view.getInt16(head + 42),
  ] as const;
  const longLoca = view.getInt16(head + 50) === 1;
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const hMetrics = view.getUint16(hhea + 34);
  const glyphCount = view.getUint16(maxp + 4);
  const os2 = tables.get('OS/2');
  const capHeight = os2 !== undefined && view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) : ascender;

  const locaAt = (glyph: number): number =>
    longLoca ? view.getUint32(loca + glyph * 4) : view.getUint16(loca + glyph * 2) * 2;
  const checkGlyph = (glyph: number): void => {
    if (!Number.isInteger(glyph) || glyph < 0 || glyph >= glyphCount) throw new RangeError(`no glyph ${glyph}`);
  };
  const outlineOf = (glyph: number): Uint8Array => {
    checkGlyph(glyph);
    return bytes.subarray(glyf + locaAt(glyph), glyf + locaAt(glyph + 1));
  };

  // A font embedded in a PDF needs no cmap: glyphs are addressed by id there.
  const cmapTable = tables.get('cmap');
  const cmap = cmapTable === undefined ? new Map<number, number>() : readCmap(view, cmapTable.offset);
  return {
    bytes,
    unitsPerEm,
    ascender,
    descender,
    capHeight,
    bbox,
    glyphCount,
    postScriptName: readPostScriptName(view, tables.get('name')) ?? 'Font',
    cmap,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf: (glyph) => {
      checkGlyph(glyph);
      return view.getUint16(hmtx + Math.min(glyph, hMetrics - 1) * 4);
    },
    leftBearingOf: (glyph) => {
      checkGlyph(glyph);
      return glyph < hMetrics
        ? view.getInt16(hmtx + glyph * 4 + 2)
        : view.getInt16(hmtx + hMetrics * 4 + (glyph - hMetrics) * 2);
    },
    outlineOf,
    componentsOf: (glyph) => componentsOf(outlineOf(glyph)),
    table: (tag) => {
      const record = tables.get(tag);
      return record === undefined ? undefined : bytes.subarray(record.offset, record.offset + record.length);
    },
  };
}

/** Calls `visit` for each component of a composite glyph record, with the offset of its glyph index. */
export function forEachComponent(outline: Uint8Array, visit: (glyphIndexOffset: number, flags: number) => void): number {
  if (outline.length < 10) return -1;
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  if (view.getInt16(0) >= 0) return -1;
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    visit(at + 2, flags);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return at;
  }
}

function componentsOf(outline: Uint8Array): number[] {
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  const glyphs: number[] = [];
  forEachComponent(outline, (at) => glyphs.push(view.getUint16(at)));
  return glyphs;
}

/** Reads the best Unicode subtable: (3,10) format 12, else (3,1) or (0,x) format 4. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) format12 = offset;
    if (unicode && format === 4 && format4 < 0) format4 = offset;
  }
  const map = new Map<number, number>();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  if (format4 < 0) throw new Error('no Unicode cmap');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** The PostScript name (name ID 6) from a Windows or Macintosh record. */
function readPostScriptName(view: DataView, name: TableRecord | undefined): string | undefined {
  if (name === undefined) return undefined;
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + i * 12;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    let text = '';
    if (platform === 3 || platform === 0) {
      for (let k = 0; k < length; k += 2) text += String.fromCharCode(view.getUint16(offset + k));
    } else {
      for (let k = 0; k < length; k++) text += String.fromCharCode(view.getUint8(offset + k));
    }
    return text;
  }
  return undefined;
}
