// The two faces every document uses. Their modules (about 170 KB compressed) are imported on the
// first render only, so an application that only verifies documents never loads them; they are
// decoded and parsed once per process (or page) and shared by every document.

import { decodeBase64 } from './base64';
import type { TrueTypeFont } from './true-type-font';
import { readTrueTypeFont } from './true-type-font';

/** A face ready for layout: the parsed font and its advance widths in PDF text space (1/1000 em). */
export interface Typeface {
  readonly font: TrueTypeFont;
  /** The PostScript name, used as the PDF `BaseFont` after the subset tag. */
  readonly name: string;
  /** Advance of a code point in 1/1000 em, as the PDF `/W` array states it (`.notdef` for a missing one). */
  widthOf(codePoint: number): number;
  /** Ascender, descender (negative) and cap height in 1/1000 em. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
}

/** Which face: regular or bold. */
export type FaceStyle = 'regular' | 'bold';

const cache = new Map<FaceStyle, Typeface>();
let loading: Promise<void> | undefined;

function load(base64: string): Typeface {
  return typefaceOf(readTrueTypeFont(decodeBase64(base64)));
}

/** A face for layout from a parsed TrueType font (the bundled script faces and an institution's own fonts). */
export function typefaceOf(font: TrueTypeFont): Typeface {
  const scale = 1000 / font.unitsPerEm;
  const widths = new Uint16Array(font.glyphCount);
  for (let glyph = 0; glyph < font.glyphCount; glyph++) widths[glyph] = Math.round(font.advanceOf(glyph) * scale);
  return {
    font,
    name: font.postScriptName,
    widthOf: (codePoint) => widths[font.glyphOf(codePoint)]!,
    ascent: Math.round(font.ascender * scale),
    descent: Math.round(font.descender * scale),
    capHeight: Math.round(font.capHeight * scale),
  };
}

/** Imports, decodes and parses both faces once; later calls return at once. */
export function loadTypefaces(): Promise<void> {
  loading ??= Promise.all([import('./data/dejavu-sans'), import('./data/dejavu-sans-bold')]).then(
    ([regular, bold]) => {
      cache.set('regular', load(regular.DEJAVU_SANS));
      cache.set('bold', load(bold.DEJAVU_SANS_BOLD));
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load (offline page) may be retried
      throw error;
    },
  );
  return loading;
}

/** The shared face of a style (DejaVu Sans or DejaVu Sans Bold); {@link loadTypefaces} must have completed. */
export function typeface(style: FaceStyle): Typeface {
  const face = cache.get(style);
  if (face === undefined) throw new Error('typefaces not loaded: await loadTypefaces() first');
  return face;
}
