// Turns the drawing operations of a page into a PDF content stream: shapes first, then all the
// text in one text object, with the font, colour and position set only when they change.

import type { GlyphEncoder } from '../font/glyph-encoder';
import type { ShapedLine } from '../font/shaper';
import type { TextContext } from '../font/text-context';
import { currentTextContext } from '../font/text-context';
import type { FaceStyle } from '../font/typeface';
import type { DrawOp, TextOp } from '../layout/page';
import type { Rgb } from '../layout/theme';

/** The resource names a page's content refers to. */
export const FONT_RESOURCE: Readonly<Record<FaceStyle, string>> = { regular: 'F1', bold: 'F2' };
/** The resource name of the logo. */
export const LOGO_RESOURCE = 'Im1';

/** A number as PDF writes it: at most two decimals, no exponent, no negative zero. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

const colors = new WeakMap<Rgb, string>();

/** A colour's operands, computed once per colour object (a theme's colours are shared by every operation). */
function color(c: Rgb): string {
  let text = colors.get(c);
  if (text === undefined) {
    const f = (v: number): string => String(Math.round(v * 1000) / 1000);
    text = `${f(c.r)} ${f(c.g)} ${f(c.b)}`;
    colors.set(c, text);
  }
  return text;
}

/** Writes a page's operations; `encoders` collect the glyphs each face needs. */
export function writeContent(ops: readonly DrawOp[], encoders: Readonly<Record<FaceStyle, GlyphEncoder>>): string {
  const out: string[] = [];
  let fill = '';
  let stroke = '';
  let lineWidth = -1;
  const texts: TextOp[] = [];
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        texts.push(op);
        break;
      case 'rect': {
        const c = color(op.color);
        if (c !== fill) out.push(`${(fill = c)} rg`);
        out.push(`${num(op.x)} ${num(op.y)} ${num(op.width)} ${num(op.height)} re f`);
        break;
      }
      case 'line': {
        const c = color(op.color);
        if (c !== stroke) out.push(`${(stroke = c)} RG`);
        if (op.width !== lineWidth) out.push(`${num((lineWidth = op.width))} w`);
        out.push(`${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S`);
        break;
      }
      case 'image':
        out.push(`q ${num(op.width)} 0 0 ${num(op.height)} ${num(op.x)} ${num(op.y)} cm /${LOGO_RESOURCE} Do Q`);
        break;
    }
  }
  if (texts.length > 0) {
    out.push('BT');
    const context = currentTextContext();
    const state: TextState = { font: '', x: 0, y: 0 };
    for (const op of texts) {
      const c = color(op.color);
      if (c !== fill) out.push(`${(fill = c)} rg`);
      const shaped = context?.shaped(op.text, op.style);
      if (shaped !== undefined) {
        writeShaped(out, op, shaped, context!, encoders, state);
        continue;
      }
      setFont(out, state, FONT_RESOURCE[op.style], op.size);
      out.push(`${moveTo(state, op.x, op.y)} ${encoders[op.style].encode(op.text)} Tj`);
    }
    out.push('ET');
  }
  return out.join('\n');
}

/** The text state a content stream has set: font and size, and the start of the current line. */
interface TextState {
  font: string;
  x: number;
  y: number;
}

function setFont(out: string[], state: TextState, resource: string, size: number): void {
  const f = `/${resource} ${num(size)} Tf`;
  if (f !== state.font) out.push((state.font = f));
}

/** The `Td` that moves the line start to a point (rounded as written). */
function moveTo(state: TextState, x: number, y: number): string {
  const nx = Math.round(x * 100) / 100;
  const ny = Math.round(y * 100) / 100;
  const td = `${num(nx - state.x)} ${num(ny - state.y)} Td`;
  state.x = nx;
  state.y = ny;
  return td;
}

/**
 * Writes a shaped line run by run, in visual order: glyphs of one face in a `TJ` whose numbers
 * make the pen follow the shaper's advances, a positioned mark on its own.
 */
function writeShaped(out: string[], op: TextOp, line: ShapedLine, context: TextContext, encoders: Readonly<Record<FaceStyle, GlyphEncoder>>, state: TextState): void {
  const scale = op.size / 1000;
  let pen = op.x;
  const dejavu = context.chains[op.style][0];
  for (const run of line.runs) {
    const shapedEncoder = run.face === dejavu ? undefined : context.encoderOf(run.face);
    setFont(out, state, shapedEncoder?.resource ?? FONT_RESOURCE[op.style], op.size);
    let chunk = '';
    let chunkX = pen;
    const flush = (): void => {
      if (chunk === '') return;
      out.push(`${moveTo(state, chunkX, op.y)} [${chunk}] TJ`);
      chunk = '';
    };
    for (const glyph of run.glyphs) {
      let code: string;
      let width: number;
      if (shapedEncoder === undefined) {
        code = encoders[op.style].encode(glyph.text).slice(1, -1);
        width = glyph.advance;
      } else {
        code = shapedEncoder.code(glyph.glyph, glyph.text);
        width = shapedEncoder.widthOf(shapedEncoder.idOf(glyph.glyph, glyph.text));
      }
      if (glyph.dx !== 0 || glyph.dy !== 0) {
        flush();
        out.push(`${moveTo(state, pen + glyph.dx * scale, op.y + glyph.dy * scale)} <${code}> Tj`);
      } else {
        if (chunk === '') chunkX = pen;
        chunk += `<${code}>`;
        const adjust = width - glyph.advance;
        if (Math.abs(adjust) > 0.05) chunk += ` ${num(adjust)} `;
      }
      pen += glyph.advance * scale;
    }
    flush();
  }
}
