// The cursor that walks down the body frame of the pages, starting a new page when a block does not fit.

import type { DrawOp, LaidOutPage, PageLang } from './page';
import type { Line } from './line-breaker';
import type { Rgb } from './theme';

/** The body area of every page, in points from the bottom left. */
export interface Frame {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

/** Lays out blocks top to bottom, page after page. */
export class Flow {
  /** Every page so far. */
  readonly pages: LaidOutPage[] = [];
  /** The body frame. */
  readonly frame: Frame;
  /** The top of the free space on the current page. */
  y: number;
  /** Called after a page break caused by a block (a table repeats its header here). */
  continuation: (() => void) | undefined;
  private lang: PageLang;

  constructor(frame: Frame, lang: PageLang) {
    this.frame = frame;
    this.lang = lang;
    this.y = frame.top;
    this.pages.push({ lang, ops: [] });
  }

  /** Free height left on the current page. */
  get room(): number {
    return this.y - this.frame.bottom;
  }

  /** The height of an empty page's body. */
  get fullHeight(): number {
    return this.frame.top - this.frame.bottom;
  }

  /** Whether nothing was placed on the current page yet. */
  get atTop(): boolean {
    return this.y === this.frame.top;
  }

  /** Starts a new page, optionally in another language (a section of a bilingual document). */
  newPage(lang: PageLang = this.lang): void {
    this.lang = lang;
    this.pages.push({ lang, ops: [] });
    this.y = this.frame.top;
  }

  /** Starts a new page unless `height` fits in what is left; a continuation hook runs on the new page. */
  ensure(height: number): void {
    if (height <= this.room + 1e-6 || this.atTop) return;
    this.breakPage();
  }

  /** Starts a new page in the same language and runs the continuation hook. */
  breakPage(): void {
    this.newPage();
    this.continuation?.();
  }

  /** Moves down, without going past the bottom of the page. */
  advance(height: number): void {
    this.y = Math.max(this.frame.bottom, this.y - height);
  }

  /** Adds space before a block, except at the top of a page. */
  space(height: number): void {
    if (!this.atTop) this.advance(Math.min(height, this.room));
  }

  /** Draws on the current page. */
  draw(op: DrawOp): void {
    this.pages[this.pages.length - 1]!.ops.push(op);
  }

  /**
   * Draws a broken line with its top at `top`, aligned inside `[x, x + width]`. The baseline sits
   * `lineSize` below the top (the size of the largest text on the line, so cells share a baseline).
   */
  drawLine(line: Line, x: number, top: number, size: number, color: Rgb, width = 0, align: 'left' | 'right' | 'center' = 'left', lineSize = size): void {
    let at = align === 'right' ? x + width - line.width : align === 'center' ? x + (width - line.width) / 2 : x;
    const baseline = top - lineSize * 1.02;
    for (const segment of line.segments) {
      this.draw({ kind: 'text', x: at, y: baseline, size, style: segment.style, color, text: segment.text });
      at += segment.width;
    }
  }
}
