import { formatCents } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/documents/words';

describe('words of a document', () => {
  const fr = wordsFor('fr', 'America/Toronto', undefined);
  const en = wordsFor('en', 'America/Toronto', { en: { 'mandate.title': 'Engagement letter' } });

  it('formats with core: fr-CA money with no-break spaces, dates and instants in the organization’s time zone', () => {
    expect(fr.money(123456, 'CAD')).toBe('1\u00a0234,56\u00a0$');
    expect(fr.money(123456, 'CAD')).toBe(formatCents(123456, 'CAD', 'fr'));
    expect(en.money(123456, 'CAD')).toBe('$1,234.56');
    expect(fr.date('2026-03-14')).toBe('14 mars 2026');
    expect(en.shortDate('2026-03-14')).toBe('2026-03-14');
    // 23:30 on 31 December in Montréal is still 2026 there.
    expect(en.day('2027-01-01T04:30:00Z')).toBe('December 31, 2026');
    expect(fr.duration(150)).toBe('2\u00a0h\u00a030');
    expect(fr.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('fills placeholders, never doubles a period after a value that ends with one, and sets chosen values in bold', () => {
    const at = en.instant('2026-03-03T18:30:00Z');
    expect(at.endsWith('p.m.')).toBe(true);
    expect(en.t('mandate.accepted', { partner: 'Zoé', date: at })).toBe(`Zoé accepted this mandate on ${at}`);
    expect(fr.t('mandate.accepted', { partner: 'Zoé', date: fr.instant('2026-03-03T18:30:00Z') })).toMatch(/^Zoé a accepté ce mandat le 3 mars 2026 à 13 h 30\.$/u);
    expect(en.rich('mandate.accepted', { partner: 'Zoé', date: 'today' }, ['partner'])).toEqual([
      { text: 'Zoé', bold: true },
      { text: ' accepted this mandate on ' },
      { text: 'today' },
      { text: '.' },
    ]);
    expect(en.t('mandate.title')).toBe('Engagement letter');
    expect(fr.t('mandate.title')).toBe('Mandat de partenaire');
    expect(fr.has('audit.action.mandate.accept')).toBe(true);
    expect(fr.has('audit.action.mandate.teleport')).toBe(false);
  });
});
