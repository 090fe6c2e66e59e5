import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/time/format-date';
import { isIsoDate } from '../../src/time/calendar-date';
import { datePartOrder, monthNames, parseDateParts, parseMonthInput, splitIsoDate } from '../../src/time/parse-date-parts';

describe('memorable dates', () => {
  it('orders the fields as each language speaks a date', () => {
    expect(datePartOrder('fr')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en')).toEqual(['month', 'day', 'year']);
  });

  it('names the months in both languages', () => {
    expect(monthNames('fr')[2]).toBe('mars');
    expect(monthNames('en')[1]).toBe('February');
  });

  it('reads months as numbers or names in either language', () => {
    expect(parseMonthInput('03')).toBe(3);
    expect(parseMonthInput('Mars')).toBe(3);
    expect(parseMonthInput('march')).toBe(3);
    expect(parseMonthInput('févr.')).toBe(2);
    expect(parseMonthInput('fev')).toBe(2);
    expect(parseMonthInput('août')).toBe(8);
    expect(parseMonthInput('aout')).toBe(8);
    expect(parseMonthInput('sept')).toBe(9);
    expect(parseMonthInput('jui')).toBeUndefined();
    expect(parseMonthInput('13')).toBeUndefined();
  });

  it('reads a day written with its ordinal, as French and English write the first', () => {
    expect(parseDateParts({ day: '1er', month: 'janvier', year: '2027' })).toEqual({ ok: true, value: '2027-01-01' });
    expect(parseDateParts({ day: '1st', month: 'January', year: '2027' })).toEqual({ ok: true, value: '2027-01-01' });
    expect(parseDateParts({ day: '22 nd', month: '3', year: '2027' })).toEqual({ ok: true, value: '2027-03-22' });
    expect(parseDateParts({ day: '1x', month: '1', year: '2027' })).toEqual({ ok: false, problem: 'invalid_day' });
  });

  it('names each problem', () => {
    expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({ ok: false, problem: 'empty' });
    expect(parseDateParts({ day: '27', month: '', year: '2007' })).toEqual({ ok: false, problem: 'incomplete' });
    expect(parseDateParts({ day: '32', month: '3', year: '2007' })).toEqual({ ok: false, problem: 'invalid_day' });
    expect(parseDateParts({ day: '27', month: 'foo', year: '2007' })).toEqual({ ok: false, problem: 'invalid_month' });
    expect(parseDateParts({ day: '27', month: '3', year: '07' })).toEqual({ ok: false, problem: 'invalid_year' });
    expect(parseDateParts({ day: '29', month: '2', year: '2027' })).toEqual({ ok: false, problem: 'not_a_date' });
    expect(parseDateParts({ day: '29', month: 'février', year: '2028' })).toEqual({ ok: true, value: '2028-02-29' });
  });

  const isoDates = fc
    .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter(isIsoDate);

  it('reads back a date split into fields, the month as a number or a name in either language', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom('number', 'fr', 'en'), (date, monthAs) => {
        const parts = splitIsoDate(date);
        const month = monthAs === 'number' ? parts.month : (monthNames(monthAs as 'fr' | 'en')[Number(parts.month) - 1] ?? '');
        expect(parseDateParts({ ...parts, month })).toEqual({ ok: true, value: date });
      }),
    );
  });

  it('reads back the long date formatDate writes, taken apart in the spoken order', () => {
    fc.assert(
      fc.property(isoDates, fc.constantFrom('fr' as const, 'en' as const), (date, lang) => {
        const words = formatDate(date, lang).replace(',', '').split(/\s+/);
        const parts = Object.fromEntries(datePartOrder(lang).map((name, i) => [name, words[i] ?? '']));
        expect(parseDateParts(parts as { day: string; month: string; year: string })).toEqual({ ok: true, value: date });
      }),
    );
  });

  it('refuses every impossible date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1000, max: 9999 }), (d, m, y) => {
        const result = parseDateParts({ day: String(d), month: String(m), year: String(y) });
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(result.ok).toBe(isIsoDate(iso));
      }),
    );
  });
});
