/**
 * Compares two strings by Unicode code point: the byte order of their UTF-8 form, which is how
 * PostgreSQL compares text under `COLLATE "C"`. JavaScript's `<` compares UTF-16 code units
 * instead, which puts U+E000–U+FFFF after astral characters (emoji); listings must not.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) return orderUnit(ca) - orderUnit(cb);
  }
  return a.length - b.length;
}

/** Moves surrogates (D800–DFFF) above U+E000–U+FFFF, so code-unit order becomes code-point order. */
function orderUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** The position of a record in a listing. */
export interface ListPosition {
  readonly sortKey: string;
  readonly id: string;
}

/** Compares two listing positions: by sort key, then by id, both by code point. */
export function compareListPositions(a: ListPosition, b: ListPosition): number {
  return compareCodePoints(a.sortKey, b.sortKey) || compareCodePoints(a.id, b.id);
}
