import * as z from 'zod';
import { HonorariaError } from '../errors/honoraria-error';

/**
 * How a quotient that is not whole is rounded:
 * - `up`: towards +∞ (a started quarter-hour counts as a full one);
 * - `down`: towards −∞ (only completed increments count);
 * - `nearest`: to the nearest, halves away from zero (the usual "commercial" rounding);
 * - `half_even`: to the nearest, halves to the even neighbour (banker's rounding).
 */
export const RoundingMode = z.enum(['up', 'down', 'nearest', 'half_even']);
/** How a quotient that is not whole is rounded. */
export type RoundingMode = z.infer<typeof RoundingMode>;

function invalid(fr: string, en: string): HonorariaError {
  return new HonorariaError('validation_failed', { message: { fr, en } });
}

/**
 * Divides two integers and rounds the quotient by `mode`, exactly: only integer operations,
 * never a float quotient. `numerator` must be a safe integer and `denominator` a positive safe
 * integer. Products that leave the safe range are handled by {@link mulDivRounded}.
 */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw invalid(
      'Une division exacte demande des entiers et un diviseur positif.',
      'An exact division needs integers and a positive divisor.',
    );
  }
  const remainder = numerator % denominator; // exact for safe integers; same sign as numerator
  const truncated = (numerator - remainder) / denominator; // exact: the difference is a multiple
  if (remainder === 0) return truncated;
  const negative = remainder < 0;
  const twice = 2 * Math.abs(remainder); // < 2^54 but compared only with denominator: exact enough
  switch (mode) {
    case 'up':
      return negative ? truncated : truncated + 1;
    case 'down':
      return negative ? truncated - 1 : truncated;
    case 'nearest':
      if (twice >= denominator) return negative ? truncated - 1 : truncated + 1;
      return truncated;
    case 'half_even': {
      if (twice > denominator || (twice === denominator && truncated % 2 !== 0)) {
        return negative ? truncated - 1 : truncated + 1;
      }
      return truncated;
    }
  }
}

/**
 * `a × b ÷ d`, rounded by `mode`, exactly. Uses plain integers while the product is a safe
 * integer and BigInt beyond (a rate of cents per hour × minutes ÷ 60 never drifts).
 */
export function mulDivRounded(a: number, b: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    throw invalid('Une multiplication exacte demande des entiers.', 'An exact multiplication needs integers.');
  }
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideRounded(product, denominator, mode);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw invalid(
      'Une division exacte demande des entiers et un diviseur positif.',
      'An exact division needs integers and a positive divisor.',
    );
  }
  const n = BigInt(a) * BigInt(b);
  const d = BigInt(denominator);
  const r = n % d;
  let q = (n - r) / d;
  if (r !== 0n) {
    const negative = r < 0n;
    const twice = 2n * (negative ? -r : r);
    const away =
      mode === 'up'
        ? !negative
        : mode === 'down'
          ? negative
          : mode === 'nearest'
            ? twice >= d
            : twice > d || (twice === d && q % 2n !== 0n);
    if (away) q += mode === 'up' ? 1n : mode === 'down' ? -1n : negative ? -1n : 1n;
  }
  const result = Number(q);
  if (!Number.isSafeInteger(result)) {
    throw invalid('Le résultat dépasse les montants représentables.', 'The result exceeds representable amounts.');
  }
  return result;
}

/**
 * Rounds an integer (minutes, cents) to a multiple of `increment` by `mode`: 50 minutes in
 * 15-minute increments is 60 `up`, 45 `down`, 45 `nearest`.
 */
export function roundToIncrement(value: number, increment: number, mode: RoundingMode): number {
  if (increment === 1) return value;
  return divideRounded(value, increment, mode) * increment;
}

/**
 * The amount earned for `minutes` at `centsPerHour`: `centsPerHour × minutes ÷ 60`, rounded to the
 * cent by `mode`. Integer-only.
 */
export function prorateHourly(centsPerHour: number, minutes: number, mode: RoundingMode): number {
  return mulDivRounded(centsPerHour, minutes, 60, mode);
}

/** `value × percent ÷ 100`, rounded by `mode` (percent is an integer, such as 50 for half). */
export function applyPercent(value: number, percent: number, mode: RoundingMode): number {
  return mulDivRounded(value, percent, 100, mode);
}
