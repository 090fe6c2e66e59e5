/**
 * The key a record is ordered by in IndexedDB: `[collection, sortKey, id]` with both strings as
 * arrays of code points. IndexedDB compares strings by UTF-16 code unit, which puts emoji
 * before U+E000–U+FFFF; arrays of numbers compare element by element, which gives the port's
 * code point order (the same as PostgreSQL's `COLLATE "C"`).
 */
export type OrderKey = [string, number[], number[]] | [string, number[]] | [string];

/** The code points of a string. */
export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const char of text) out.push(char.codePointAt(0) as number);
  return out;
}

/** The order key of a record. */
export function orderKey(collection: string, sortKey: string, id: string): OrderKey {
  return [collection, codePoints(sortKey), codePoints(id)];
}

/** A key above every order key of a collection. */
export function collectionEnd(collection: string): [string, number[]] {
  return [collection, [Number.POSITIVE_INFINITY]];
}
