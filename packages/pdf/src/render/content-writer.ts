// Turns the drawing operations of a page into a PDF content stream: shapes first, then all the
// text in one text object, with the font, colour and position set only when they change.

import type { GlyphEncoder } from '../font/glyph-encoder';
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

function color(c: Rgb): string {
  const f = (v: number): string => String(Math.round(v * 1000) / 1000);
  return `${f(c.r)} ${f(c.g)} ${f(c.b)}`;
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
    let font = '';
    let x = 0;
    let y = 0;
    for (const op of texts) {
      const f = `/${FONT_RESOURCE[op.style]} ${num(op.size)} Tf`;
      if (f !== font) out.push((font = f));
      const c = color(op.color);
      if (c !== fill) out.push(`${(fill = c)} rg`);
      const nx = Math.round(op.x * 100) / 100;
      const ny = Math.round(op.y * 100) / 100;
      out.push(`${num(nx - x)} ${num(ny - y)} Td ${encoders[op.style].encode(op.text)} Tj`);
      x = nx;
      y = ny;
    }
    out.push('ET');
  }
  return out.join('\n');
}
