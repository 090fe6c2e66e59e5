import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/time/format-duration';
import { parseDurationInput } from '../../src/time/parse-duration';

const minutes = (text: string) => parseDurationInput(text);

describe('parseDurationInput', () => {
  it('reads the ways people write a duration', () => {
    for (const [text, value] of [
      ['1 h 30', 90],
      ['1h30', 90],
      ['2 h 30 min', 150],
      ['1 h 05', 65],
      ['1,5', 90],
      ['1.5', 90],
      ['1,25 h', 75],
      ['2', 120],
      ['90 min', 90],
      ['90min', 90],
      ['45 minutes', 45],
      ['1:30', 90],
      ['3 heures', 180],
      ['2 hours 15', 135],
      ['0', 0],
    ] as const) {
      expect(minutes(text), text).toEqual({ ok: true, value });
    }
  });

  it('names each problem', () => {
    expect(minutes('')).toEqual({ ok: false, problem: 'empty' });
    expect(minutes('une heure')).toEqual({ ok: false, problem: 'not_a_duration' });
    expect(minutes('1 h 75')).toEqual({ ok: false, problem: 'not_a_duration' });
    expect(minutes('1:75')).toEqual({ ok: false, problem: 'not_a_duration' });
    expect(minutes('1,33')).toEqual({ ok: false, problem: 'too_precise' });
    expect(minutes('-1 h')).toEqual({ ok: false, problem: 'negative' });
    expect(minutes('9999999 min')).toEqual({ ok: false, problem: 'too_large' });
  });

  it('reads back what formatDuration writes, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 * 60 }), fc.constantFrom('fr' as const, 'en' as const), (value, lang) => {
        expect(parseDurationInput(formatDuration(value, lang))).toEqual({ ok: true, value });
      }),
    );
  });

  it('reads decimal hours as exact minutes or refuses them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 99 }), (hours, hundredths) => {
        const result = parseDurationInput(`${hours},${String(hundredths).padStart(2, '0')}`);
        const exact = (hundredths * 60) % 100 === 0;
        expect(result).toEqual(exact ? { ok: true, value: hours * 60 + (hundredths * 60) / 100 } : { ok: false, problem: 'too_precise' });
      }),
    );
  });
});
