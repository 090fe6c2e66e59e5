import { describe, expect, it } from 'vitest';
import { ENGINE_TEXT, engineText } from '../../src/i18n/engine-text';

describe('engine text', () => {
  it('exists in French and English for every key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(ENGINE_TEXT)) {
      expect(text.fr.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(text.fr), key).toEqual(holes(text.en));
    }
  });

  it('words page numbers per language, and joins both on a bilingual page', () => {
    expect(engineText('page', 'fr', { n: 1, total: 3 })).toBe('page 1 de 3');
    expect(engineText('page', 'en', { n: 1, total: 3 })).toBe('page 1 of 3');
    expect(engineText('page', 'both', { n: 3, total: 3 })).toBe('page 3 de 3 / page 3 of 3');
    expect(engineText('action', 'both')).toBe('Action');
  });
});
