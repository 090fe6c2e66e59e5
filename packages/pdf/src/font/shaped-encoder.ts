// Per document and per extra face (a script face or an institution's font): gives each shaped
// glyph, with the text it stands for, its own id in the embedded subset, and writes glyph runs
// as the 2-byte codes of an Identity-H font.

import type { Typeface } from './typeface';

const HEX = '0123456789ABCDEF';

/** Collects the glyphs a document uses in one extra face. */
export class ShapedEncoder {
  /** The face. */
  readonly face: Typeface;
  /** The PDF font resource name (`F3`, `F4`…). */
  readonly resource: string;
  /** The original glyph of each subset id (index 0 is `.notdef`). */
  readonly glyphs: number[] = [0];
  /** The text each subset id stands for, for the ToUnicode map (empty: none). */
  readonly texts: string[] = [''];
  private readonly ids = new Map<string, number>();

  constructor(face: Typeface, resource: string) {
    this.face = face;
    this.resource = resource;
  }

  /** The subset id of a glyph standing for a text, assigned on first use. */
  idOf(glyph: number, text: string): number {
    const key = `${glyph}:${text}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.glyphs.length;
      if (id > 0xffff) throw new RangeError('too many distinct glyphs in one document');
      this.ids.set(key, id);
      this.glyphs.push(glyph);
      this.texts.push(text);
    }
    return id;
  }

  /** The 4 hex digits of a glyph's code. */
  code(glyph: number, text: string): string {
    const id = this.idOf(glyph, text);
    return HEX[id >> 12]! + HEX[(id >> 8) & 15]! + HEX[(id >> 4) & 15]! + HEX[id & 15]!;
  }

  /** The advance of a subset glyph in 1/1000 em, as the PDF `/W` array states it. */
  widthOf(id: number): number {
    const font = this.face.font;
    return Math.round((font.advanceOf(this.glyphs[id]!) * 1000) / font.unitsPerEm);
  }
}
