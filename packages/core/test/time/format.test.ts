import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant } from '../../src/time/format-date';
import { formatDuration } from '../../src/time/format-duration';

const NB = '\u00a0';

describe('formatting dates and durations', () => {
  it('formats calendar dates in both languages without shifting them', () => {
    expect(formatDate('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDate('2026-12-31', 'fr', 'short')).toBe('2026-12-31');
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
