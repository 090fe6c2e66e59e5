// Greedy line breaking by measured width. Breaks at spaces (never at the no-break spaces U+00A0
// and U+202F that fr-CA formatting puts inside numbers and before punctuation), after a hyphen
// when a word is too long, and inside a word only when nothing else fits.

import { currentTextContext } from '../font/text-context';
import type { FaceStyle } from '../font/typeface';
import { typeface } from '../font/typeface';
import type { RichText } from './blocks';

/** A piece of a line in one face. */
export interface Segment {
  readonly text: string;
  readonly style: FaceStyle;
  /** Width at the size the line was broken for, in points. */
  readonly width: number;
}

/** One line: its segments and total width in points. */
export interface Line {
  readonly segments: readonly Segment[];
  readonly width: number;
}

/** Width of text in a face at a size, in points. */
export function measure(text: string, style: FaceStyle, size: number): number {
  const shaped = currentTextContext()?.shaped(text, style);
  if (shaped !== undefined) return (shaped.width * size) / 1000;
  const face = typeface(style);
  let width = 0;
  for (const char of text) width += face.widthOf(char.codePointAt(0)!);
  return (width * size) / 1000;
}

// C0 and C1 controls except tab and line feed; zero-width and bidi controls that would print as boxes.
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Text as the engine sets it: NFC (so Vietnamese uses precomposed letters), tabs as spaces, controls removed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n').replace(DROPPED, '');
}

/**
 * French typography: a space inside guillemets or before `» ; : ! ?` never breaks the line, even
 * when the text has an ordinary space there: the space joins the words around it into one piece.
 */
function gluePunctuation(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const before = out[out.length - 1];
    const after = parts[i + 1];
    const space = part !== '' && part.trim() === '' && part !== '\n';
    if (space && before !== undefined && before !== '\n' && after !== undefined && after !== '\n' && after !== '' && (before.endsWith('«') || /^[»;:!?]/.test(after))) {
      out[out.length - 1] = before + part + after;
      i++;
      continue;
    }
    out.push(part);
  }
  return out;
}

/** A word or a space, with its face. */
interface Piece {
  text: string;
  style: FaceStyle;
  width: number;
  space: boolean;
}

/** Splits rich text into paragraphs (at `\n`) of words and spaces. */
function piecesOf(text: RichText, size: number, bold: boolean): Piece[][] {
  const runs = typeof text === 'string' ? [{ text, bold }] : text;
  const paragraphs: Piece[][] = [[]];
  for (const run of runs) {
    const style: FaceStyle = run.bold === true || bold ? 'bold' : 'regular';
    const parts = gluePunctuation(cleanText(run.text).split(/(\n| +)/));
    for (const part of parts) {
      if (part === '') continue;
      if (part === '\n') {
        paragraphs.push([]);
        continue;
      }
      const space = part[0] === ' ';
      paragraphs[paragraphs.length - 1]!.push({ text: part, style, width: measure(part, style, size), space });
    }
  }
  return paragraphs;
}

/** Cuts a word that is wider than the line: after a hyphen if possible, else between characters (never before a combining mark). */
function cutWord(piece: Piece, room: number, size: number, lineIsEmpty: boolean): [Piece, Piece] | null {
  const chars = [...piece.text];
  let width = 0;
  let fit = 0;
  let hyphen = 0;
  for (let i = 0; i < chars.length; i++) {
    const w = measure(chars[i]!, piece.style, size);
    if (width + w > room) break;
    width += w;
    fit = i + 1;
    // After a hyphen or slash between letters (entente-cadre), never inside a number, date or offset.
    if ((chars[i] === '-' || chars[i] === '/') && i > 0 && /\p{L}/u.test(chars[i + 1] ?? '')) hyphen = i + 1;
  }
  let at = hyphen > 0 ? hyphen : lineIsEmpty ? fit : 0;
  while (at > 0 && at < chars.length && /\p{M}/u.test(chars[at]!)) at--;
  if (at === 0 && lineIsEmpty) at = Math.max(1, fit); // a single character wider than the line still goes somewhere
  if (at === 0) return null;
  const head = chars.slice(0, at).join('');
  const tail = chars.slice(at).join('');
  return [
    { ...piece, text: head, width: measure(head, piece.style, size) },
    { ...piece, text: tail, width: measure(tail, piece.style, size) },
  ];
}

/** Merges adjacent pieces of the same face into segments, dropping trailing spaces. */
function lineOf(pieces: readonly Piece[]): Line {
  let end = pieces.length;
  while (end > 0 && pieces[end - 1]!.space) end--;
  const segments: Segment[] = [];
  let style: FaceStyle | undefined;
  let text = '';
  let segmentWidth = 0;
  let width = 0;
  for (let i = 0; i < end; i++) {
    const piece = pieces[i]!;
    if (piece.style !== style) {
      if (style !== undefined) segments.push({ text, style, width: segmentWidth });
      style = piece.style;
      text = '';
      segmentWidth = 0;
    }
    text += piece.text;
    segmentWidth += piece.width;
    width += piece.width;
  }
  if (style !== undefined) segments.push({ text, style, width: segmentWidth });
  return { segments, width };
}

/**
 * Breaks text into lines no wider than `width` points at `size`. `bold` sets every run in bold.
 * An empty text gives one empty line.
 */
export function breakLines(text: RichText, width: number, size: number, bold = false): Line[] {
  const lines: Line[] = [];
  for (const paragraph of piecesOf(text, size, bold)) {
    let current: Piece[] = [];
    let used = 0;
    let next = 0;
    let pending: Piece | undefined; // the rest of a cut word, or a word moved to the next line
    while (pending !== undefined || next < paragraph.length) {
      const piece = pending ?? paragraph[next++]!;
      pending = undefined;
      if (piece.space) {
        if (current.length > 0) {
          current.push(piece);
          used += piece.width;
        }
        continue;
      }
      if (used + piece.width <= width + 1e-6) {
        current.push(piece);
        used += piece.width;
        continue;
      }
      const cut = cutWord(piece, width - used, size, current.length === 0);
      if (cut !== null) {
        current.push(cut[0]);
        pending = cut[1];
      } else pending = piece;
      lines.push(lineOf(current));
      current = [];
      used = 0;
    }
    lines.push(lineOf(current));
  }
  return lines;
}
