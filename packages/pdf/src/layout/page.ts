// A laid-out page: what to draw, in page coordinates (points, origin at the bottom left).

import type { FaceStyle } from '../font/typeface';
import type { Rgb } from './theme';

/** Text on one baseline, in one face, size and colour. */
export interface TextOp {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly style: FaceStyle;
  readonly color: Rgb;
  readonly text: string;
}

/** A filled rectangle. */
export interface RectOp {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: Rgb;
}

/** A straight line. */
export interface LineOp {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly color: Rgb;
}

/** An image (the logo), scaled into a box. */
export interface ImageOp {
  readonly kind: 'image';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Something to draw. */
export type DrawOp = TextOp | RectOp | LineOp | ImageOp;

/** The language of a page: the language of its section, or `both` for the audit page of a bilingual document. */
export type PageLang = 'fr' | 'en' | 'both';

/** A page being laid out. */
export interface LaidOutPage {
  readonly lang: PageLang;
  readonly ops: DrawOp[];
}
