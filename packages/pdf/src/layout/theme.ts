// Sizes, colours and page geometry. One place, so documents look alike and branding can change the accent.

/** A colour as red, green and blue between 0 and 1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A page size in points. */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** Page sizes: US Letter (used in Canada) and A4. */
export const PAGE_SIZES = {
  letter: { width: 612, height: 792, margin: 54 },
  a4: { width: 595.28, height: 841.89, margin: 54 },
} as const satisfies Record<string, PageGeometry>;

/** The name of a page size. */
export type PageSize = keyof typeof PAGE_SIZES;

/** The resolved look of a document. */
export interface Theme {
  readonly page: PageGeometry;
  readonly accent: Rgb;
  /** The accent mixed with white, for table headers and notices. */
  readonly tint: Rgb;
  readonly text: Rgb;
  readonly muted: Rgb;
  readonly rule: Rgb;
}

/** Body text size, in points. */
export const BODY_SIZE = 10;
/** Small text size (notes, table cells, labels). */
export const SMALL_SIZE = 8.5;
/** Distance between baselines, as a multiple of the size. */
export const LEADING = 1.36;
/** Heading sizes by level. */
export const HEADING_SIZES = { 1: 16, 2: 12.5, 3: 10.5 } as const;

/** The default accent: a deep blue. */
export const DEFAULT_ACCENT: Rgb = { r: 0.12, g: 0.31, b: 0.47 };

/** Mixes a colour with white; `amount` is the share of the colour kept. */
export function tintOf(color: Rgb, amount: number): Rgb {
  const mix = (c: number): number => 1 - (1 - c) * amount;
  return { r: mix(color.r), g: mix(color.g), b: mix(color.b) };
}

/** The theme of a page size and accent. */
export function themeOf(size: PageSize, accent: Rgb): Theme {
  return {
    page: PAGE_SIZES[size],
    accent,
    tint: tintOf(accent, 0.12),
    text: { r: 0.1, g: 0.1, b: 0.1 },
    muted: { r: 0.37, g: 0.37, b: 0.37 },
    rule: { r: 0.78, g: 0.78, b: 0.78 },
  };
}
