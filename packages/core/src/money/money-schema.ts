import * as z from 'zod';
import type { CurrencyCode as CurrencyCodeType, Money as MoneyType } from './money';

/** An ISO 4217 currency code in capitals, such as `CAD` or `GBP`. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/);
/** An ISO 4217 currency code, such as `CAD` or `GBP`. */
export type CurrencyCode = CurrencyCodeType;

/** A whole number of cents (the currency's minor unit), possibly negative (a reversal). */
export const Cents = z.int();
/** A whole number of cents that is zero or more. */
export const NonNegativeCents = z.int().nonnegative();

/**
 * An amount of money: integer cents (the currency's minor unit) and a currency. Never a float:
 * every computation in Honoraria works on integer cents and rounds explicitly.
 */
export const Money = z
  .object({
    cents: Cents,
    currency: CurrencyCode,
  })
  .readonly();
/** An amount of money: integer cents and a currency. */
export type Money = MoneyType;

