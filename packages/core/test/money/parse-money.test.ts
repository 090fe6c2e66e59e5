import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents } from '../../src/money/format-money';
import { parseMoneyInput } from '../../src/money/parse-money';

const cents = (text: string, lang?: 'fr' | 'en') => parseMoneyInput(text, { lang });

describe('parseMoneyInput', () => {
  it('reads French and English amounts into integer cents', () => {
    expect(cents('1 234,56 $')).toEqual({ ok: true, value: 123456 });
    expect(cents('1\u00a0234,56\u00a0$')).toEqual({ ok: true, value: 123456 });
    expect(cents('1234,56')).toEqual({ ok: true, value: 123456 });
    expect(cents('$1,234.56', 'en')).toEqual({ ok: true, value: 123456 });
    expect(cents('$1,234.56', 'fr')).toEqual({ ok: true, value: 123456 });
    expect(cents('1234.5')).toEqual({ ok: true, value: 123450 });
    expect(cents('12 $')).toEqual({ ok: true, value: 1200 });
    expect(cents('CAD 12.00')).toEqual({ ok: true, value: 1200 });
    expect(cents(',5')).toEqual({ ok: true, value: 50 });
    expect(cents('1.234.567,8')).toEqual({ ok: true, value: 123456780 });
    expect(cents('1,234,567', 'fr')).toEqual({ ok: true, value: 123456700 });
  });

  it('reads a lone comma before three digits by language', () => {
    expect(cents('1,234', 'en')).toEqual({ ok: true, value: 123400 });
    expect(cents('1,234', 'fr')).toEqual({ ok: false, problem: 'too_many_decimals' });
  });

  it('names each problem', () => {
    expect(cents('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(cents('douze')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(cents('1,2,3.45')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(cents('12.345')).toEqual({ ok: false, problem: 'too_many_decimals' });
    expect(cents('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoneyInput('-5', { allowNegative: true })).toEqual({ ok: true, value: -500 });
    expect(cents('99999999999999999')).toEqual({ ok: false, problem: 'too_large' });
  });

  it('reads back what formatCents writes, in both languages, whatever the page language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.constantFrom('fr' as const, 'en' as const),
        fc.constantFrom('fr' as const, 'en' as const),
        (value, formatLang, pageLang) => {
          const result = parseMoneyInput(formatCents(value, 'CAD', formatLang), { lang: pageLang, allowNegative: true });
          expect(result).toEqual({ ok: true, value });
        },
      ),
    );
  });

  it('always returns a safe integer or a problem', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789,. $-a'.split('')) }), (text) => {
        const result = parseMoneyInput(text, { allowNegative: true });
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
      }),
    );
  });
});
