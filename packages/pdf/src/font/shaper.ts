// Shaping and bidirectional order for text DejaVu Sans cannot set alone: each character goes to
// the first face of the chain that has it, the Unicode bidirectional algorithm (bidi-js) gives
// each its level, and each run of one face and one level is shaped by HarfBuzz (harfbuzzjs,
// WebAssembly): Arabic joining forms and ligatures, Devanagari conjuncts and vowel signs, mark
// positioning. Runs are then put in visual order. Both engines are imported on the first
// document that needs them; a Latin document never loads them.

import type bidiFactory from 'bidi-js';
import type * as HarfBuzzModule from 'harfbuzzjs';
import type { Typeface } from './typeface';

type HarfBuzz = typeof HarfBuzzModule;
type Bidi = ReturnType<typeof bidiFactory>;

/** One glyph of a shaped line, in visual order; sizes in 1/1000 em. */
export interface ShapedGlyph {
  /** The glyph id in its face's font. */
  readonly glyph: number;
  /** How far the pen moves after it. */
  readonly advance: number;
  /** Where it is drawn relative to the pen (marks). */
  readonly dx: number;
  readonly dy: number;
  /** The text it stands for, in logical order (empty for the second glyph of a cluster). */
  readonly text: string;
}

/** A run of glyphs of one face, in visual order. */
export interface ShapedRun {
  readonly face: Typeface;
  readonly glyphs: readonly ShapedGlyph[];
  /** Right to left: the run's text reads from its last glyph to its first. */
  readonly rtl: boolean;
  /** The run's text in logical order. */
  readonly text: string;
}

/** A line of text shaped and in visual order; `width` in 1/1000 em. */
export interface ShapedLine {
  readonly runs: readonly ShapedRun[];
  readonly width: number;
}

let engines: Promise<{ hb: HarfBuzz; bidi: Bidi }> | undefined;
let loaded: { hb: HarfBuzz; bidi: Bidi } | undefined;

/** Imports HarfBuzz and the bidi algorithm once; later calls return at once. */
export function loadShaper(): Promise<void> {
  engines ??= Promise.all([import('harfbuzzjs'), import('bidi-js')]).then(
    ([hb, bidi]) => (loaded = { hb, bidi: bidi.default() }),
    (error: unknown) => {
      engines = undefined;
      throw error;
    },
  );
  return engines.then(() => undefined);
}

const hbFonts = new WeakMap<Typeface, InstanceType<HarfBuzz['Font']>>();

function hbFontOf(hb: HarfBuzz, face: Typeface): InstanceType<HarfBuzz['Font']> {
  let font = hbFonts.get(face);
  if (font === undefined) {
    font = new hb.Font(new hb.Face(new hb.Blob(face.font.bytes)));
    font.setScale(face.font.unitsPerEm, face.font.unitsPerEm);
    hbFonts.set(face, font);
  }
  return font;
}

// Characters that take the face of the character before them when it has them: spaces,
// punctuation, digits, symbols and combining marks (so an Arabic name keeps its spaces in the Arabic face).
const FOLLOWS = /^[\s\p{P}\p{N}\p{S}\p{M}\u200c\u200d]$/u;

/** Which face of the chain sets each character (by UTF-16 index of its first unit). */
function faceIndexes(chars: readonly string[], chain: readonly Typeface[]): number[] {
  const out: number[] = [];
  let previous = -1;
  for (const char of chars) {
    const codePoint = char.codePointAt(0)!;
    let index = -1;
    if (previous >= 0 && FOLLOWS.test(char) && chain[previous]!.font.glyphOf(codePoint) !== 0) index = previous;
    if (index < 0) index = chain.findIndex((face) => face.font.glyphOf(codePoint) !== 0);
    if (index < 0) index = previous >= 0 ? previous : 0; // no face has it: .notdef (still extracts)
    out.push(index);
    previous = index;
  }
  return out;
}

/** A run set without shaping (DejaVu: one glyph per character), reversed when right to left. */
function simpleRun(face: Typeface, text: string, rtl: boolean): ShapedRun {
  const glyphs: ShapedGlyph[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    glyphs.push({ glyph: face.font.glyphOf(codePoint), advance: face.widthOf(codePoint), dx: 0, dy: 0, text: char });
  }
  if (rtl) glyphs.reverse();
  return { face, glyphs, rtl, text };
}

let sharedBuffer: InstanceType<HarfBuzz['Buffer']> | undefined;

function shapedRun(hb: HarfBuzz, face: Typeface, text: string, rtl: boolean): ShapedRun {
  const buffer = (sharedBuffer ??= new hb.Buffer());
  buffer.reset();
  {
    buffer.addText(text);
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.guessSegmentProperties();
    hb.shape(hbFontOf(hb, face), buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const scale = 1000 / face.font.unitsPerEm;
    // The text of a cluster runs from its start to the next cluster's start (UTF-16 offsets).
    const starts = [...new Set(infos.map((info) => info.cluster))].sort((a, b) => a - b);
    const textOf = new Map<number, string>();
    starts.forEach((start, i) => textOf.set(start, text.slice(start, starts[i + 1] ?? text.length)));
    const glyphs: ShapedGlyph[] = new Array(infos.length);
    // The first glyph of a cluster in logical order carries its text: the last one in a right-to-left run.
    const order = rtl ? [...infos.keys()].reverse() : [...infos.keys()];
    for (const i of order) {
      const info = infos[i]!;
      const position = positions[i]!;
      const clusterText = textOf.get(info.cluster) ?? '';
      textOf.set(info.cluster, '');
      glyphs[i] = { glyph: info.codepoint, advance: position.xAdvance * scale, dx: position.xOffset * scale, dy: position.yOffset * scale, text: clusterText };
    }
    return { face, glyphs, rtl, text };
  }
}

/**
 * Shapes a line of text with a chain of faces (the first is the document's DejaVu face of the
 * style, the others are script faces and the institution's fonts); {@link loadShaper} must have completed.
 */
export function shapeLine(text: string, chain: readonly Typeface[]): ShapedLine {
  if (loaded === undefined) throw new Error('shaper not loaded: await loadShaper() first');
  const { hb, bidi } = loaded;
  const chars = [...text];
  const faces = faceIndexes(chars, chain);
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  // Runs of one face and one level, in logical order.
  const runs: { face: number; level: number; text: string }[] = [];
  let unit = 0;
  chars.forEach((char, i) => {
    const level = levels[unit]!;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.face === faces[i] && last.level === level) last.text += char;
    else runs.push({ face: faces[i]!, level, text: char });
    unit += char.length;
  });
  const shaped = runs.map((run) => {
    const rtl = run.level % 2 === 1;
    return run.face === 0 ? simpleRun(chain[0]!, run.text, rtl) : shapedRun(hb, chain[run.face]!, run.text, rtl);
  });
  // Rule L2: from the highest level to the lowest odd one, reverse every sequence of runs at that level or higher.
  const runLevels = runs.map((run) => run.level);
  const highest = Math.max(0, ...runLevels);
  const lowestOdd = Math.min(...runLevels.map((level) => (level % 2 === 1 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < shaped.length; ) {
      if (runLevels[i]! < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < shaped.length && runLevels[end]! >= level) end++;
      reverse(shaped, i, end);
      reverse(runLevels, i, end);
      i = end;
    }
  }
  let width = 0;
  for (const run of shaped) for (const glyph of run.glyphs) width += glyph.advance;
  return { runs: shaped, width };
}

function reverse<T>(items: T[], start: number, end: number): void {
  for (let a = start, b = end - 1; a < b; a++, b--) [items[a], items[b]] = [items[b]!, items[a]!];
}
