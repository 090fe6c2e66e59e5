// The building blocks of a document. A document is a list of blocks per language; the engine
// measures, wraps and paginates them. Every text is already in the block's language.

/** A piece of text in one weight. */
export interface TextRun {
  readonly text: string;
  /** Set in DejaVu Sans Bold. */
  readonly bold?: boolean;
}

/** Plain text, or runs of regular and bold text. A `\n` forces a line break. */
export type RichText = string | readonly TextRun[];

/** A section heading; level 1 is the largest. A heading never ends a page: it moves to the next one with its text. */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly text: string;
  /** 1, 2 (default) or 3. */
  readonly level?: 1 | 2 | 3;
}

/** A paragraph that wraps to the width of the page and flows across pages. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: RichText;
  /** `small` for notes and fine print. */
  readonly size?: 'normal' | 'small';
  /** `muted` sets the text in grey. */
  readonly tone?: 'normal' | 'muted';
}

/** One label and its value in a {@link FieldsBlock}. */
export interface Field {
  readonly label: string;
  readonly value: RichText;
}

/** Labels and values side by side, such as a partner's name, a mandate's dates and rate. */
export interface FieldsBlock {
  readonly type: 'fields';
  readonly fields: readonly Field[];
  /** Share of the width given to labels, between 0.15 and 0.6; 0.34 by default. */
  readonly labelWidth?: number;
}

/** A column of a {@link TableBlock}. */
export interface TableColumn {
  readonly header: string;
  /** Relative width (any positive number; columns share the page width in proportion). */
  readonly width: number;
  /** Alignment of the cells; amounts read best `right`. */
  readonly align?: 'left' | 'right' | 'center';
}

/** A table cell: plain text, or runs of regular and bold text (a `\n` starts a new line inside the cell). */
export type TableCell = RichText;

/** A table row: its cells, and optionally an emphasis (`strong` for a subtotal, `total` for the final line). */
export type TableRow = readonly TableCell[] | { readonly cells: readonly TableCell[]; readonly emphasis?: 'strong' | 'total' };

/** A table whose rows wrap inside their columns and that paginates, repeating its header row on every page. */
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Shown, muted, in place of the rows when there are none. */
  readonly empty?: string;
}

/** A bulleted or numbered list, such as the clauses of an agreement. */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly RichText[];
  /** `bullet` (default) or `number`. */
  readonly marker?: 'bullet' | 'number';
}

/** Text set apart on a tinted background with an accent bar, such as an attestation or a warning. */
export interface NoticeBlock {
  readonly type: 'notice';
  readonly text: RichText;
}

/** Vertical space, in points (1/72 inch). */
export interface SpacerBlock {
  readonly type: 'spacer';
  readonly height: number;
}

/** Starts a new page. */
export interface PageBreakBlock {
  readonly type: 'page-break';
}

/** Any block. */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | FieldsBlock
  | TableBlock
  | ListBlock
  | NoticeBlock
  | SpacerBlock
  | PageBreakBlock;
