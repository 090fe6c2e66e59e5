import type { HeadingBlock, ListBlock, NoticeBlock, ParagraphBlock } from './blocks';
import type { Flow } from './flow';
import { breakLines } from './line-breaker';
import type { Theme } from './theme';
import { BODY_SIZE, HEADING_SIZES, LEADING, SMALL_SIZE } from './theme';

/** Lays out a paragraph line by line, breaking pages between lines. */
export function layoutParagraph(flow: Flow, block: ParagraphBlock, theme: Theme): void {
  const size = block.size === 'small' ? SMALL_SIZE : BODY_SIZE;
  const color = block.tone === 'muted' ? theme.muted : theme.text;
  const height = size * LEADING;
  flow.space(size * 0.5);
  for (const line of breakLines(block.text, flow.frame.width, size)) {
    flow.ensure(height);
    flow.drawLine(line, flow.frame.left, flow.y, size, color);
    flow.advance(height);
  }
}

/** Lays out a heading, keeping it on the same page as the first lines that follow it. */
export function layoutHeading(flow: Flow, block: HeadingBlock, theme: Theme): void {
  const level = block.level ?? 2;
  const size = HEADING_SIZES[level];
  const lines = breakLines(block.text, flow.frame.width, size, true);
  const height = size * 1.25;
  flow.space(level === 1 ? 4 : size * 0.9);
  flow.ensure(lines.length * height + 3 * BODY_SIZE * LEADING); // never alone at the bottom of a page
  for (const line of lines) {
    flow.drawLine(line, flow.frame.left, flow.y, size, level === 3 ? theme.text : theme.accent);
    flow.advance(height);
  }
  flow.advance(level === 1 ? 4 : 1);
}

/** Lays out a list with hanging markers. */
export function layoutList(flow: Flow, block: ListBlock, theme: Theme): void {
  const size = BODY_SIZE;
  const height = size * LEADING;
  const indent = block.marker === 'number' ? 20 : 14;
  flow.space(size * 0.4);
  block.items.forEach((item, index) => {
    const lines = breakLines(item, flow.frame.width - indent, size);
    const marker = block.marker === 'number' ? `${index + 1}.` : '•';
    lines.forEach((line, i) => {
      flow.ensure(height);
      if (i === 0) {
        const [markerLine] = breakLines(marker, indent, size);
        flow.drawLine(markerLine!, flow.frame.left, flow.y, size, theme.accent);
      }
      flow.drawLine(line, flow.frame.left + indent, flow.y, size, theme.text);
      flow.advance(height);
    });
    flow.advance(size * 0.25);
  });
}

/** Lays out text on a tinted background with an accent bar; a long notice continues on the next page. */
export function layoutNotice(flow: Flow, block: NoticeBlock, theme: Theme): void {
  const size = BODY_SIZE;
  const height = size * LEADING;
  const pad = 8;
  const lines = breakLines(block.text, flow.frame.width - 2 * pad - 3, size);
  flow.space(size * 0.6);
  let i = 0;
  while (i < lines.length) {
    flow.ensure(Math.min(2 * pad + height * (lines.length - i), 2 * pad + height * 2));
    const count = Math.max(1, Math.min(lines.length - i, Math.floor((flow.room - 2 * pad) / height)));
    const boxHeight = 2 * pad + count * height;
    const top = flow.y;
    flow.draw({ kind: 'rect', x: flow.frame.left, y: top - boxHeight, width: flow.frame.width, height: boxHeight, color: theme.tint });
    flow.draw({ kind: 'rect', x: flow.frame.left, y: top - boxHeight, width: 3, height: boxHeight, color: theme.accent });
    for (let k = 0; k < count; k++) {
      flow.drawLine(lines[i + k]!, flow.frame.left + 3 + pad, top - pad - k * height, size, theme.text);
    }
    i += count;
    flow.advance(boxHeight);
  }
  flow.advance(size * 0.4);
}
