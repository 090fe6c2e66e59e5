import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { formatCents, formatMoney } from '../../src/money/format-money';
import { money, sumMoney } from '../../src/money/money';

describe('formatMoney', () => {
  it('formats fr-CA with no-break spaces and the symbol after', () => {
    expect(formatMoney(money(123456, 'CAD'), 'fr')).toBe('1\u00a0234,56\u00a0$');
  });

  it('formats en-CA with the symbol before', () => {
    expect(formatMoney(money(123456, 'CAD'), 'en')).toBe('$1,234.56');
  });

  it('formats other currencies', () => {
    expect(formatMoney(money(2500, 'GBP'), 'en')).toBe('£25.00');
    expect(formatMoney(money(2500, 'CHF'), 'fr')).toBe(new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CHF' }).format(25));
  });

  it('formats negative amounts and zero', () => {
    expect(formatCents(-5, 'CAD', 'fr')).toBe('-0,05\u00a0$');
    expect(formatCents(-123456789, 'CAD', 'en')).toBe('-$1,234,567.89');
    expect(formatCents(0, 'CAD', 'en')).toBe('$0.00');
  });

  it('refuses cents that are not a safe integer', () => {
    expect(() => money(12.5, 'CAD')).toThrow(HonorariaError);
    expect(() => money(Number.NaN, 'CAD')).toThrow(/whole number|nombre entier/);
  });

  it('the hand-written formatter equals Intl.NumberFormat for fr-CA and en-CA (property)', () => {
    const intl = new Map<string, Intl.NumberFormat>();
    const reference = (cents: number, currency: string, lang: 'fr' | 'en'): string => {
      const key = `${lang}${currency}`;
      let f = intl.get(key);
      if (f === undefined) {
        f = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
        intl.set(key, f);
      }
      return f.format(cents / 100);
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: -(2 ** 50), max: 2 ** 50 })),
        fc.constantFrom('CAD', 'USD', 'GBP', 'EUR'),
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        (cents, currency, lang) => {
          expect(formatCents(cents, currency, lang)).toBe(reference(cents, currency, lang));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('sumMoney', () => {
  it('adds amounts of one currency', () => {
    expect(sumMoney([money(100, 'CAD'), money(250, 'CAD')])).toEqual({ cents: 350, currency: 'CAD' });
    expect(sumMoney([], 'CAD')).toEqual({ cents: 0, currency: 'CAD' });
  });

  it('refuses mixed currencies and an empty sum without currency', () => {
    expect(() => sumMoney([money(1, 'CAD'), money(1, 'GBP')])).toThrow(HonorariaError);
    expect(() => sumMoney([])).toThrow(HonorariaError);
  });
});
