// The faces and shaping of one document. A document whose text DejaVu Sans covers has no text
// context and is set exactly as before (no script face, no shaper loaded). Otherwise the render
// creates one before laying out: the chain of faces per style (DejaVu, the institution's fonts,
// then the bundled script faces the text needs), the shaped lines (shaped once, measured by the
// layout and written by the content writer), and one glyph encoder per extra face.

import { ShapedEncoder } from './shaped-encoder';
import type { ShapedLine } from './shaper';
import { shapeLine } from './shaper';
import type { FaceStyle, Typeface } from './typeface';
import { typeface } from './typeface';

/** What a document needs to set text beyond DejaVu Sans. */
export class TextContext {
  /** The faces tried in order, per style; the first is DejaVu Sans (Bold). */
  readonly chains: Readonly<Record<FaceStyle, readonly Typeface[]>>;
  /** One encoder per extra face used, in order of first use (their PDF resource names follow F1 and F2). */
  readonly encoders = new Map<Typeface, ShapedEncoder>();
  private readonly lines = new Map<string, ShapedLine | null>();

  constructor(extra: Readonly<Record<FaceStyle, readonly Typeface[]>>) {
    this.chains = { regular: [typeface('regular'), ...extra.regular], bold: [typeface('bold'), ...extra.bold] };
  }

  /** The shaped line of a text, or `undefined` when DejaVu sets it alone (the usual case). */
  shaped(text: string, style: FaceStyle): ShapedLine | undefined {
    const key = style === 'bold' ? `b${text}` : `r${text}`;
    let line = this.lines.get(key);
    if (line === undefined) {
      const dejavu = this.chains[style][0]!.font;
      let simple = true;
      for (const char of text) {
        if (dejavu.glyphOf(char.codePointAt(0)!) === 0) {
          simple = false;
          break;
        }
      }
      line = simple ? null : shapeLine(text, this.chains[style]);
      this.lines.set(key, line);
    }
    return line ?? undefined;
  }

  /** The encoder of an extra face, created on first use. */
  encoderOf(face: Typeface): ShapedEncoder {
    let encoder = this.encoders.get(face);
    if (encoder === undefined) {
      encoder = new ShapedEncoder(face, `F${this.encoders.size + 3}`);
      this.encoders.set(face, encoder);
    }
    return encoder;
  }
}

let current: TextContext | undefined;

/** Runs a synchronous step of a render with its text context (or none) in force. */
export function withTextContext<T>(context: TextContext | undefined, step: () => T): T {
  const previous = current;
  current = context;
  try {
    return step();
  } finally {
    current = previous;
  }
}

/** The text context of the render in progress, if its text needs one. */
export function currentTextContext(): TextContext | undefined {
  return current;
}
