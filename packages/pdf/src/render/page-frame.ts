// What surrounds the body of every page: the institution's header (logo, name, tagline, accent
// rule) and the footer (document title, "page X of Y" in the page's language).

import type { LocalizedText } from '@honoraria/core';
import type { Branding } from '../branding/branding';
import { textIn } from '../branding/branding';
import { engineText } from '../i18n/engine-text';
import type { Frame } from '../layout/flow';
import { breakLines, measure } from '../layout/line-breaker';
import type { LaidOutPage } from '../layout/page';
import type { Theme } from '../layout/theme';
import { SMALL_SIZE } from '../layout/theme';

/** Height of the header band. */
const HEADER_HEIGHT = 36;
/** Footer text size. */
export const FOOTER_SIZE = 7.5;

/** The body frame of a page, below the header (when branded) and above the footer. */
export function bodyFrame(theme: Theme, branded: boolean): Frame {
  const { width, height, margin } = theme.page;
  const top = height - margin - (branded ? HEADER_HEIGHT + 16 : 0);
  return { left: margin, width: width - 2 * margin, top, bottom: margin + 14 };
}

/** The page's furniture, drawn after layout when the page count is known. */
export interface PageFurniture {
  readonly theme: Theme;
  readonly branding: Branding | undefined;
  /** The logo's size on the page, when there is one. */
  readonly logo: { readonly width: number; readonly height: number } | undefined;
  readonly title: LocalizedText;
  readonly reference: string | undefined;
}

/** Where the footer's seal line goes (documents without an audit page). */
export function footerSealY(theme: Theme): number {
  return theme.page.margin - 22;
}

/** Draws header and footer on a page. */
export function drawFurniture(page: LaidOutPage, index: number, total: number, furniture: PageFurniture): void {
  const { theme, branding, logo } = furniture;
  const { width, height, margin } = theme.page;
  const ops = page.ops;
  const inner = width - 2 * margin;
  if (branding !== undefined) {
    const top = height - margin;
    let x = margin;
    if (logo !== undefined) {
      ops.push({ kind: 'image', x, y: top - HEADER_HEIGHT / 2 - logo.height / 2, width: logo.width, height: logo.height });
      x += logo.width + 10;
    }
    const name = breakLines(textIn(branding.institution, page.lang), margin + inner - x, 11, true).slice(0, 2);
    const tagline = branding.tagline === undefined ? [] : breakLines(textIn(branding.tagline, page.lang), margin + inner - x, SMALL_SIZE).slice(0, 1);
    const blockHeight = name.length * 13.5 + tagline.length * 11;
    let y = top - HEADER_HEIGHT / 2 + blockHeight / 2;
    for (const line of name) {
      y -= 13.5;
      for (const segment of line.segments) ops.push({ kind: 'text', x, y: y + 2.5, size: 11, style: 'bold', color: theme.text, text: segment.text });
    }
    for (const line of tagline) {
      y -= 11;
      for (const segment of line.segments) ops.push({ kind: 'text', x, y: y + 2, size: SMALL_SIZE, style: 'regular', color: theme.muted, text: segment.text });
    }
    const ruleY = top - HEADER_HEIGHT - 6;
    ops.push({ kind: 'line', x1: margin, y1: ruleY, x2: margin + inner, y2: ruleY, width: 1.2, color: theme.accent });
  }

  const ruleY = margin + 2;
  ops.push({ kind: 'line', x1: margin, y1: ruleY, x2: margin + inner, y2: ruleY, width: 0.5, color: theme.rule });
  const baseline = margin - 9;
  const pageText = engineText('page', page.lang, { n: index + 1, total });
  const pageWidth = measure(pageText, 'regular', FOOTER_SIZE);
  ops.push({ kind: 'text', x: margin + inner - pageWidth, y: baseline, size: FOOTER_SIZE, style: 'regular', color: theme.muted, text: pageText });
  const label = textIn(furniture.title, page.lang) + (furniture.reference === undefined ? '' : ` · ${furniture.reference}`);
  const [line] = breakLines(label, inner - pageWidth - 16, FOOTER_SIZE);
  // Only the first line of a very long title: the footer has one line.
  for (const segment of line?.segments ?? []) {
    ops.push({ kind: 'text', x: margin, y: baseline, size: FOOTER_SIZE, style: 'regular', color: theme.muted, text: segment.text });
  }
}
