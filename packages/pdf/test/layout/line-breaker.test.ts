import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypefaces } from '../../src/font/typeface';
import { breakLines, cleanText, measure } from '../../src/layout/line-breaker';

beforeAll(loadTypefaces);

const text = (lines: ReturnType<typeof breakLines>) => lines.map((line) => line.segments.map((s) => s.text).join(''));

describe('breakLines', () => {
  it('never breaks at a no-break space (U+00A0, U+202F)', () => {
    const money = '1\u202f234\u00a0567,89\u00a0$';
    const width = measure(`Total : ${money}`, 'regular', 10) - 5;
    expect(text(breakLines(`Total : ${money}`, width, 10))).toEqual(['Total :', money]);
  });

  it('never breaks inside guillemets or before « ; : ! ? », even at an ordinary space, and keeps the text as it is', () => {
    const sentence = 'règle « Impliquer » ; minimum';
    for (let width = measure('« Impliquer » ;', 'regular', 10) + 1; width < measure(sentence, 'regular', 10); width += 3) {
      const lines = text(breakLines(sentence, width, 10));
      expect(lines.join(' ')).toBe(sentence);
      for (const line of lines) {
        expect(line.endsWith('«'), line).toBe(false);
        expect(/^[»;]/.test(line), line).toBe(false);
      }
    }
  });

  it('cuts a long word after a hyphen between letters, never inside a number or an offset', () => {
    const width = measure('l’entente-', 'regular', 10) + 1;
    expect(text(breakLines('l’entente-cadre', width, 10))).toEqual(['l’entente-', 'cadre']);
    const zone = measure('10:05 UTC-', 'regular', 10) + 1;
    expect(text(breakLines('10:05 UTC-04:00', zone, 10))).toEqual(['10:05', 'UTC-04:00']);
  });

  it('keeps combining marks with their letter when it must cut a word', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // NFC turns this into “Nguyễn”
    expect(cleanText(decomposed)).toBe('Nguyễn');
    const lines = text(breakLines('a\u0301'.repeat(30), measure('á'.repeat(7), 'regular', 10) + 0.5, 10));
    expect(lines.every((line) => line.normalize('NFD').length % 2 === 0)).toBe(true);
  });

  it('honours line feeds, drops control characters, and keeps bold runs bold', () => {
    expect(text(breakLines('a\nb\u0007c', 500, 10))).toEqual(['a', 'bc']);
    const [line] = breakLines([{ text: 'Nom : ' }, { text: 'Łukasz', bold: true }], 500, 10);
    expect(line!.segments.map((s) => [s.text, s.style])).toEqual([
      ['Nom : ', 'regular'],
      ['Łukasz', 'bold'],
    ]);
  });

  it('fits every line in the width and loses no word (property)', () => {
    const word = fc.stringMatching(/^[a-zéàŁłễᐃᓄ0-9\u00a0-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 40, max: 400 }), (words, width) => {
        const source = words.join(' ');
        const lines = breakLines(source, width, 10);
        for (const line of lines) {
          const single = [...line.segments.map((s) => s.text).join('')].length <= 1;
          expect(single || line.width <= width + 1e-6).toBe(true);
          expect(Math.abs(line.width - measure(line.segments.map((s) => s.text).join(''), 'regular', 10))).toBeLessThan(1e-6);
        }
        expect(text(lines).join('').replace(/ /g, '')).toBe(source.replace(/ /g, ''));
      }),
      { numRuns: 150 },
    );
  });
});
