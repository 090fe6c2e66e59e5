import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant } from '../../src/time/format-date';
import { formatDuration } from '../../src/time/format-duration';

const NB = '\u00a0';

describe('formatting dates and durations', () => {
  it('formats calendar dates in both languages without shifting them', () => {
    expect(formatDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDate('2026-12-31', 'fr', 'short')).toBe('2026-12-31');
  });

  it('writes the first of the month as an ordinal in French only (1er janvier), every other day as a number', () => {
    expect(formatDate('2027-01-01', 'fr')).toBe('1er janvier 2027');
    expect(formatDate('2026-05-11', 'fr')).toBe('11 mai 2026');
    expect(formatDate('2026-05-21', 'fr')).toBe('21 mai 2026');
    expect(formatDate('2026-05-10', 'fr')).toBe('10 mai 2026');
    expect(formatDate('2027-01-01', 'en')).toBe('January 1, 2027');
    for (let month = 1; month <= 12; month++) {
      const date = `2026-${String(month).padStart(2, '0')}-01`;
      expect(formatDate(date, 'fr')).toMatch(/^1er \p{L}+ 2026$/u);
      expect(formatDate(date.replace(/01$/, '02'), 'fr')).toMatch(/^2 \p{L}+ 2026$/u);
    }
    const instant = formatInstant('2027-01-01T05:00:00Z', 'America/Toronto', 'fr');
    expect(instant.startsWith('1er janvier 2027')).toBe(true);
    expect(instant).toContain('0 h 00');
    expect(formatInstant('2027-01-01T05:00:00Z', 'America/Toronto', 'en')).toContain('January 1, 2027');
  });

  it('formats instants in the organization’s time zone', () => {
    const fr = formatInstant('2027-01-01T04:30:00Z', 'America/Toronto', 'fr');
    const en = formatInstant('2027-01-01T04:30:00Z', 'America/Toronto', 'en');
    expect(fr).toContain('31 décembre 2026');
    expect(fr).toContain('23 h 30');
    expect(en).toContain('December 31, 2026');
  });

  it('formats durations: 2 h 30 in French, 2 h 30 min in English', () => {
    expect(formatDuration(150, 'fr')).toBe(`2${NB}h${NB}30`);
    expect(formatDuration(150, 'en')).toBe(`2${NB}h${NB}30${NB}min`);
    expect(formatDuration(125, 'fr')).toBe(`2${NB}h${NB}05`);
    expect(formatDuration(125, 'en')).toBe(`2${NB}h${NB}5${NB}min`);
    expect(formatDuration(120, 'en')).toBe(`2${NB}h`);
    expect(formatDuration(45, 'fr')).toBe(`45${NB}min`);
    expect(formatDuration(0, 'en')).toBe(`0${NB}min`);
    expect(formatDuration(-90, 'fr')).toBe(`-1${NB}h${NB}30`);
  });
});
