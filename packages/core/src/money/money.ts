import { HonorariaError } from '../errors/honoraria-error';

/** An ISO 4217 currency code, such as `CAD` or `GBP`. */
export type CurrencyCode = string;

/**
 * An amount of money: integer cents (the currency's minor unit) and a currency. Never a float:
 * every computation in Honoraria works on integer cents and rounds explicitly.
 */
export interface Money {
  readonly cents: number;
  readonly currency: CurrencyCode;
}

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
