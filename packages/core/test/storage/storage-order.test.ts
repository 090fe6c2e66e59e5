import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareListPositions } from '../../src/storage/storage-order';

const utf8 = new TextEncoder();

function compareBytes(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

describe('compareCodePoints', () => {
  it('orders as the bytes of UTF-8 do (PostgreSQL COLLATE "C")', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(compareBytes(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('puts emoji after U+FF5E, unlike JavaScript’s < (which compares UTF-16 code units)', () => {
    expect('😀' < '\uFF5E').toBe(true);
    expect(compareCodePoints('😀', '\uFF5E')).toBeGreaterThan(0);
    expect(['b', 'é', '😀', '\uFF5E', 'B', ''].sort(compareCodePoints)).toEqual(['', 'B', 'b', 'é', '\uFF5E', '😀']);
  });

  it('breaks sort key ties by id', () => {
    expect(compareListPositions({ sortKey: 'a', id: '2' }, { sortKey: 'a', id: '10' })).toBeGreaterThan(0);
    expect(compareListPositions({ sortKey: 'a', id: 'z' }, { sortKey: 'b', id: 'a' })).toBeLessThan(0);
    expect(compareListPositions({ sortKey: 'a', id: 'x' }, { sortKey: 'a', id: 'x' })).toBe(0);
  });
});
