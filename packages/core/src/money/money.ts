import * as z from 'zod';
import { HonorariaError } from '../errors/honoraria-error';

/** An ISO 4217 currency code in capitals, such as `CAD` or `GBP`. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/);
/** An ISO 4217 currency code, such as `CAD` or `GBP`. */
export type CurrencyCode = string;

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
export type Money = z.infer<typeof Money>;

/** Creates a {@link Money}; throws `validation_failed` unless `cents` is a safe integer. */
export function money(cents: number, currency: CurrencyCode): Money {
  assertCents(cents);
  return { cents, currency };
}

/** Throws `validation_failed` unless a value is a safe integer number of cents. */
export function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) {
    throw new HonorariaError('validation_failed', {
      message: {
        fr: 'Un montant doit être un nombre entier de cents.',
        en: 'An amount must be a whole number of cents.',
      },
    });
  }
}

/**
 * Adds amounts of the same currency. Throws `validation_failed` when currencies differ or the sum
 * leaves the safe-integer range; an empty list needs the currency to return zero in.
 */
export function sumMoney(amounts: readonly Money[], currency?: CurrencyCode): Money {
  const cur = currency ?? amounts[0]?.currency;
  if (cur === undefined) {
    throw new HonorariaError('validation_failed', {
      message: { fr: 'La devise d’une somme vide est inconnue.', en: 'The currency of an empty sum is unknown.' },
    });
  }
  let cents = 0;
  for (const amount of amounts) {
    if (amount.currency !== cur) {
      throw new HonorariaError('validation_failed', {
        message: {
          fr: 'Impossible d’additionner des montants de devises différentes.',
          en: 'Amounts in different currencies cannot be added.',
        },
        details: { expected: cur, received: amount.currency },
      });
    }
    cents += amount.cents;
  }
  return money(cents, cur);
}
