import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/i18n/format-file-size';
import { checkMessageParity } from '../../src/i18n/messages';
import { formMessages } from '../../src/i18n/messages/forms';

describe('form messages', () => {
  it('has the same keys and placeholders in French and English', () => {
    expect(checkMessageParity(formMessages)).toEqual([]);
  });

  it('prefixes errors the GOV.UK way', () => {
    expect(formMessages.fr.error_prefix).toBe('Erreur :');
    expect(formMessages.en.error_prefix).toBe('Error:');
  });

  it('formats file sizes in both languages', () => {
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatFileSize(5 * 1024 * 1024, 'fr')).toMatch(/^5\s+Mo$/);
    expect(formatFileSize(250 * 1024, 'en')).toBe('250 kB');
  });
});

describe('a message for every input problem', () => {
  it('names each problem code of the parsers as `<kind>_<problem>`', () => {
    const codes = {
      money: ['not_a_number', 'too_many_decimals', 'negative', 'too_large'],
      duration: ['not_a_duration', 'too_precise', 'negative', 'too_large'],
      date: ['incomplete', 'invalid_day', 'invalid_month', 'invalid_year', 'not_a_date'],
    };
    for (const [kind, problems] of Object.entries(codes)) {
      for (const problem of problems) expect(Object.keys(formMessages.fr)).toContain(`${kind}_${problem}`);
    }
  });
});
