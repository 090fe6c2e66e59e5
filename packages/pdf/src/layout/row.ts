// One row of cells (a table row, a label and its value): placed whole when it fits, otherwise
// split between lines across pages so that even a very long cell never overflows.

import type { Flow } from './flow';
import type { Line } from './line-breaker';
import type { Rgb } from './theme';
import { LEADING } from './theme';

/** A cell of a row: its box and its broken lines. */
export interface RowCell {
  readonly x: number;
  readonly width: number;
  readonly lines: readonly Line[];
  readonly color: Rgb;
  readonly align?: 'left' | 'right' | 'center';
  /** Text size when smaller than the row's (lines keep the row's spacing). */
  readonly size?: number;
}

/** How a row looks. */
export interface RowStyle {
  readonly size: number;
  /** Padding inside cells, horizontal and vertical. */
  readonly padX: number;
  readonly padY: number;
  /** Drawn under the text of each piece of the row (background, borders); receives the piece's box. */
  readonly decorate?: (top: number, height: number) => void;
}

/** The height of a row if it is not split. */
export function rowHeight(cells: readonly RowCell[], style: RowStyle): number {
  const lines = Math.max(1, ...cells.map((cell) => cell.lines.length));
  return lines * style.size * LEADING + 2 * style.padY;
}

/** Places a row at the flow's position, splitting it across pages when it is taller than what is left. */
export function placeRow(flow: Flow, cells: readonly RowCell[], style: RowStyle): void {
  const lineHeight = style.size * LEADING;
  const whole = rowHeight(cells, style);
  // A row that fits on an empty page moves whole; a taller one is split where the page ends.
  if (whole > flow.room && whole <= flow.fullHeight * 0.6) flow.ensure(whole);
  let done = 0;
  const total = Math.max(1, ...cells.map((cell) => cell.lines.length));
  while (done < total) {
    let fit = Math.floor((flow.room - 2 * style.padY + 1e-6) / lineHeight);
    if (fit < 1) {
      flow.breakPage();
      fit = Math.max(1, Math.floor((flow.room - 2 * style.padY + 1e-6) / lineHeight));
    }
    const count = Math.min(fit, total - done);
    const height = count * lineHeight + 2 * style.padY;
    const top = flow.y;
    style.decorate?.(top, height);
    for (const cell of cells) {
      for (let i = done; i < Math.min(done + count, cell.lines.length); i++) {
        const lineTop = top - style.padY - (i - done) * lineHeight;
        flow.drawLine(cell.lines[i]!, cell.x + style.padX, lineTop, cell.size ?? style.size, cell.color, cell.width - 2 * style.padX, cell.align, style.size);
      }
    }
    flow.advance(height);
    done += count;
    if (done < total) flow.breakPage();
  }
}
