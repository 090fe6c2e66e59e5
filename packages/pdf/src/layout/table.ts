import type { FieldsBlock, TableBlock, TableCell, TableRow } from './blocks';
import type { Flow } from './flow';
import { breakLines } from './line-breaker';
import type { RowCell, RowStyle } from './row';
import { placeRow, rowHeight } from './row';
import type { Theme } from './theme';
import { BODY_SIZE, SMALL_SIZE } from './theme';

function cellsOf(row: TableRow): { cells: readonly TableCell[]; emphasis?: 'strong' | 'total' } {
  return Array.isArray(row) ? { cells: row as readonly TableCell[] } : (row as { cells: readonly TableCell[]; emphasis?: 'strong' | 'total' });
}

/** Lays out a table: the header row repeats at the top of every page the table continues on. */
export function layoutTable(flow: Flow, block: TableBlock, theme: Theme): void {
  const size = SMALL_SIZE;
  const style: RowStyle = { size, padX: 4, padY: 3 };
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  let x = flow.frame.left;
  const boxes = block.columns.map((column) => {
    const box = { x, width: (column.width / total) * flow.frame.width, align: column.align ?? 'left' };
    x += box.width;
    return box;
  });
  const left = flow.frame.left;
  const width = flow.frame.width;

  const header: RowCell[] = block.columns.map((column, i) => ({
    ...boxes[i]!,
    lines: breakLines(column.header, boxes[i]!.width - 2 * style.padX, size, true),
    color: theme.accent,
  }));
  const headerStyle: RowStyle = {
    ...style,
    decorate: (top, height) => flow.draw({ kind: 'rect', x: left, y: top - height, width, height, color: theme.tint }),
  };
  const drawHeader = (): void => placeRow(flow, header, headerStyle);

  const rows = block.rows.map((row) => {
    const { cells, emphasis } = cellsOf(row);
    return {
      emphasis,
      cells: boxes.map((box, i) => ({
        ...box,
        lines: breakLines(cells[i] ?? '', box.width - 2 * style.padX, size, emphasis !== undefined),
        color: theme.text,
      })),
    };
  });

  flow.space(BODY_SIZE * 0.6);
  const first = rows[0];
  flow.ensure(rowHeight(header, style) + (first === undefined ? size * 2 : rowHeight(first.cells, style)));
  drawHeader();
  const outer = flow.continuation;
  flow.continuation = drawHeader;
  if (rows.length === 0 && block.empty !== undefined) {
    const lines = breakLines(block.empty, width - 2 * style.padX, size);
    placeRow(flow, [{ x: left, width, lines, color: theme.muted }], style);
  }
  for (const row of rows) {
    placeRow(flow, row.cells, {
      ...style,
      decorate: (top, height) => {
        const strong = row.emphasis === 'total';
        if (strong) flow.draw({ kind: 'line', x1: left, y1: top, x2: left + width, y2: top, width: 0.9, color: theme.text });
        flow.draw({ kind: 'line', x1: left, y1: top - height, x2: left + width, y2: top - height, width: 0.4, color: theme.rule });
      },
    });
  }
  flow.continuation = outer;
  flow.advance(BODY_SIZE * 0.4);
}

/** Lays out labels and their values in two columns; long values wrap and may continue on the next page. */
export function layoutFields(flow: Flow, block: FieldsBlock, theme: Theme): void {
  const share = Math.min(0.6, Math.max(0.15, block.labelWidth ?? 0.34));
  const labelWidth = flow.frame.width * share;
  const style: RowStyle = { size: BODY_SIZE, padX: 0, padY: 2 };
  flow.space(BODY_SIZE * 0.5);
  for (const field of block.fields) {
    const label: RowCell = {
      x: flow.frame.left,
      width: labelWidth - 8,
      lines: breakLines(field.label, labelWidth - 8, SMALL_SIZE + 0.5),
      color: theme.muted,
      size: SMALL_SIZE + 0.5,
    };
    const value: RowCell = {
      x: flow.frame.left + labelWidth,
      width: flow.frame.width - labelWidth,
      lines: breakLines(field.value, flow.frame.width - labelWidth, BODY_SIZE),
      color: theme.text,
    };
    placeRow(flow, [label, value], style);
  }
}
