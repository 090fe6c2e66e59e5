// Lays out the sections of a document (one per language, then the audit section) into pages.

import type { Block } from './blocks';
import type { Frame } from './flow';
import { Flow } from './flow';
import { breakLines } from './line-breaker';
import type { LaidOutPage, PageLang } from './page';
import { layoutHeading, layoutList, layoutNotice, layoutParagraph } from './paragraph';
import { layoutFields, layoutTable } from './table';
import type { Theme } from './theme';
import { BODY_SIZE, LEADING, SMALL_SIZE } from './theme';

/** Reserves the line where the document's SHA-256 is printed (the seal). Used by the audit section. */
export interface SealBlock {
  readonly type: 'seal';
  readonly label: string;
}

/** Where the seal goes: page index, left end of the baseline, and size. */
export interface SealSpot {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** Size of the printed SHA-256 on the audit page. */
export const SEAL_SIZE = 8;

/** Lays out sections one after the other; each section starts on a new page. */
export class DocumentLayout {
  private readonly flow: Flow;
  private readonly theme: Theme;
  private started = false;
  /** The seal's place, once a section reserved it. */
  seal: SealSpot | undefined;

  constructor(frame: Frame, theme: Theme, lang: PageLang) {
    this.flow = new Flow(frame, lang);
    this.theme = theme;
  }

  /** The pages so far. */
  get pages(): readonly LaidOutPage[] {
    return this.flow.pages;
  }

  /** Lays out a section in a language, starting on a new page. */
  section(lang: PageLang, blocks: readonly (Block | SealBlock)[]): void {
    if (this.started) this.flow.newPage(lang);
    this.started = true;
    for (const block of blocks) this.block(block);
  }

  private block(block: Block | SealBlock): void {
    const { flow, theme } = this;
    switch (block.type) {
      case 'heading':
        return layoutHeading(flow, block, theme);
      case 'paragraph':
        return layoutParagraph(flow, block, theme);
      case 'fields':
        return layoutFields(flow, block, theme);
      case 'table':
        return layoutTable(flow, block, theme);
      case 'list':
        return layoutList(flow, block, theme);
      case 'notice':
        return layoutNotice(flow, block, theme);
      case 'spacer':
        return flow.space(Number.isFinite(block.height) ? Math.max(0, block.height) : 0);
      case 'page-break':
        if (!flow.atTop) flow.newPage();
        return;
      case 'seal': {
        const labelSize = SMALL_SIZE + 0.5;
        const lineHeight = SEAL_SIZE * LEADING + 4;
        flow.space(BODY_SIZE * 0.5);
        flow.ensure(labelSize * LEADING + lineHeight);
        const [label] = breakLines(block.label, flow.frame.width, labelSize, true);
        flow.drawLine(label!, flow.frame.left, flow.y, labelSize, theme.text);
        flow.advance(labelSize * LEADING);
        this.seal = { page: flow.pages.length - 1, x: flow.frame.left, y: flow.y - SEAL_SIZE * 1.02, size: SEAL_SIZE };
        flow.advance(lineHeight);
        return;
      }
    }
  }
}
