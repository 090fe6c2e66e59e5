import { describe, expect, it } from 'vitest';
import { negotiateLang } from '../../src/http/accept-language';

describe('negotiateLang', () => {
  it.each([
    [null, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-CA', 'en'],
    ['EN-us', 'en'],
    ['fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['fr;q=0.5, en;q=0.8', 'en'],
    ['de-DE, en;q=0.3', 'en'],
    ['de-DE, es', 'fr'],
    ['*', 'fr'],
    ['en;q=0', 'fr'],
    ['english', 'fr'],
    ['fr;q=abc, en;q=0.1', 'fr'],
    ['x'.repeat(2000), 'fr'],
  ] as const)('%s → %s', (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});
