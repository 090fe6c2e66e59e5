import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/money/format-money';
import { money } from '../../src/money/money';
import { HonorariaError } from '../../src/errors/honoraria-error';

describe('formatMoney', () => {
  it('formats fr-CA with no-break spaces and the symbol after', () => {
    expect(formatMoney(money(123456, 'CAD'), 'fr')).toBe('1\u00a0234,56\u00a0$');
  });

  it('formats en-CA with the symbol before', () => {
    expect(formatMoney(money(123456, 'CAD'), 'en')).toBe('$1,234.56');
  });

  it('formats other currencies', () => {
    expect(formatMoney(money(2500, 'GBP'), 'en')).toBe('£25.00');
  });

  it('refuses cents that are not a safe integer', () => {
    expect(() => money(12.5, 'CAD')).toThrow(HonorariaError);
    expect(() => money(Number.NaN, 'CAD')).toThrow(/whole number|nombre entier/);
  });
});
