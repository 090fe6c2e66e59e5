// Per document: gives each character the document shows its own glyph id in the embedded subset,
// in order of first use, and writes text as the 2-byte codes of an Identity-H font.

import type { Typeface } from './typeface';

const HEX = '0123456789ABCDEF';

/** Collects the characters a document uses in one face and encodes text for it. */
export class GlyphEncoder {
  /** The face the text is set in. */
  readonly face: Typeface;
  /** The code point of each subset glyph id (index 0 is `.notdef`, code point -1). */
  readonly codePoints: number[] = [-1];
  private readonly ids = new Map<number, number>();

  /** @param reserved characters given the first ids, in order (so their codes are known in advance). */
  constructor(face: Typeface, reserved = '') {
    this.face = face;
    for (const char of reserved) this.idOf(char.codePointAt(0)!);
  }

  /** The subset glyph id (= CID) of a code point, assigned on first use. */
  idOf(codePoint: number): number {
    let id = this.ids.get(codePoint);
    if (id === undefined) {
      id = this.codePoints.length;
      if (id > 0xffff) throw new RangeError('too many distinct characters in one document');
      this.ids.set(codePoint, id);
      this.codePoints.push(codePoint);
    }
    return id;
  }

  /** The text as a PDF hex string of 2-byte codes, such as `<00010002>`. */
  encode(text: string): string {
    let out = '<';
    for (const char of text) {
      const id = this.idOf(char.codePointAt(0)!);
      out += HEX[id >> 12]! + HEX[(id >> 8) & 15]! + HEX[(id >> 4) & 15]! + HEX[id & 15]!;
    }
    return out + '>';
  }
}
