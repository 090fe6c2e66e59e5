import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import type { RoundingMode } from '../../src/money/rounding';
import { applyPercent, divideRounded, mulDivRounded, prorateHourly, roundToIncrement } from '../../src/money/rounding';

const MODES: RoundingMode[] = ['up', 'down', 'nearest', 'half_even'];

/** Reference: exact rounding of n / d with BigInt. */
function reference(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const floor = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const rest = n - floor * d; // 0 <= rest < d
  if (rest === 0n) return floor;
  switch (mode) {
    case 'up':
      return floor + 1n;
    case 'down':
      return floor;
    case 'nearest':
      // halves away from zero
      if (2n * rest > d) return floor + 1n;
      if (2n * rest < d) return floor;
      return n >= 0n ? floor + 1n : floor;
    case 'half_even':
      if (2n * rest > d) return floor + 1n;
      if (2n * rest < d) return floor;
      return floor % 2n === 0n ? floor : floor + 1n;
  }
}

describe('divideRounded', () => {
  it('rounds by mode', () => {
    expect(divideRounded(7, 2, 'up')).toBe(4);
    expect(divideRounded(7, 2, 'down')).toBe(3);
    expect(divideRounded(7, 2, 'nearest')).toBe(4);
    expect(divideRounded(5, 2, 'half_even')).toBe(2);
    expect(divideRounded(7, 2, 'half_even')).toBe(4);
    expect(divideRounded(-7, 2, 'up')).toBe(-3);
    expect(divideRounded(-7, 2, 'down')).toBe(-4);
    expect(divideRounded(-7, 2, 'nearest')).toBe(-4);
    expect(divideRounded(10, 5, 'up')).toBe(2);
  });

  it('refuses floats and non-positive divisors', () => {
    expect(() => divideRounded(1.5, 2, 'up')).toThrow(HonorariaError);
    expect(() => divideRounded(1, 0, 'up')).toThrow(HonorariaError);
  });

  it('equals exact BigInt rounding for every safe integer (property)', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger().filter((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...MODES),
        (n, d, mode) => {
          expect(divideRounded(n, d, mode)).toBe(Number(reference(BigInt(n), BigInt(d), mode)));
        },
      ),
    );
  });
});

describe('mulDivRounded and prorateHourly', () => {
  it('pays $50.00 for 120 minutes at $25.00 per hour', () => {
    expect(prorateHourly(2500, 120, 'nearest')).toBe(5000);
  });

  it('pays 15 minutes at $33.33/h as 833 cents nearest, 834 up', () => {
    expect(prorateHourly(3333, 15, 'nearest')).toBe(833);
    expect(prorateHourly(3333, 15, 'up')).toBe(834);
  });

  it('never drifts: rate × minutes ÷ 60 equals the exact rational rounded, even beyond 2^53 (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(...MODES), (rate, minutes, mode) => {
        const exact = reference(BigInt(rate) * BigInt(minutes), 60n, mode);
        if (exact > BigInt(Number.MAX_SAFE_INTEGER)) {
          expect(() => mulDivRounded(rate, minutes, 60, mode)).toThrow(HonorariaError);
        } else {
          expect(mulDivRounded(rate, minutes, 60, mode)).toBe(Number(exact));
        }
      }),
    );
  });

  it('applies a percentage exactly', () => {
    expect(applyPercent(12345, 15, 'up')).toBe(1852);
    expect(applyPercent(12345, 15, 'down')).toBe(1851);
  });
});

describe('roundToIncrement', () => {
  it('rounds 50 minutes in quarter hours', () => {
    expect(roundToIncrement(50, 15, 'up')).toBe(60);
    expect(roundToIncrement(50, 15, 'down')).toBe(45);
    expect(roundToIncrement(50, 15, 'nearest')).toBe(45);
    expect(roundToIncrement(53, 15, 'nearest')).toBe(60);
  });

  it('stays within one increment, on a multiple, in the mode’s direction (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 240 }), fc.constantFrom(...MODES), (value, increment, mode) => {
        const r = roundToIncrement(value, increment, mode);
        expect(r % increment).toBe(0);
        expect(Math.abs(r - value)).toBeLessThan(increment);
        if (mode === 'up') expect(r).toBeGreaterThanOrEqual(value);
        if (mode === 'down') expect(r).toBeLessThanOrEqual(value);
        if (mode === 'nearest' || mode === 'half_even') expect(2 * Math.abs(r - value)).toBeLessThanOrEqual(increment);
      }),
    );
  });
});
