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
      details: { value: String(cents) },
    });
  }
}
