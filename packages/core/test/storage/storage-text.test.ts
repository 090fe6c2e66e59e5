import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import { checkKey, normalizeInstant } from '../../src/storage/storage-text';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isHonorariaError(error, 'validation_failed') ? error.issues[0]?.code : 'other';
  }
}

describe('normalizeInstant', () => {
  it('returns the toISOString() form of any UTC instant', () => {
    expect(normalizeInstant('2026-03-01T17:00Z', [])).toBe('2026-03-01T17:00:00.000Z');
    expect(normalizeInstant('2026-03-01T17:00:05Z', [])).toBe('2026-03-01T17:00:05.000Z');
    expect(normalizeInstant('2026-03-01T17:00:05.123456789Z', [])).toBe('2026-03-01T17:00:05.123Z');
    expect(normalizeInstant('2024-02-29T00:00:00.000Z', [])).toBe('2024-02-29T00:00:00.000Z');
    expect(normalizeInstant('0042-01-01T00:00:00Z', [])).toBe('0042-01-01T00:00:00.000Z');
  });

  it('refuses local times, offsets, impossible dates and year 0000', () => {
    for (const bad of ['2026-03-01T17:00:00', '2026-03-01T17:00:00+01:00', '2026-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-01T24:00:00Z', '0000-01-01T00:00:00Z', '2026-03-01', 'demain']) {
      expect(codeOf(() => normalizeInstant(bad, ['dueAt'])), bad).toBe('invalid_instant');
    }
    expect(codeOf(() => normalizeInstant(1_700_000_000, ['dueAt']))).toBe('not_string');
  });
});

describe('checkKey', () => {
  it('accepts non-empty well-formed strings up to the limit', () => {
    expect(checkKey('ptn_1', [])).toBe('ptn_1');
    expect(checkKey('x'.repeat(128), [])).toHaveLength(128);
    expect(checkKey('👩🏽‍⚕️', [])).toBe('👩🏽‍⚕️');
  });

  it('refuses empty, long, non-string, NUL and lone surrogates', () => {
    expect(codeOf(() => checkKey('', []))).toBe('empty');
    expect(codeOf(() => checkKey('x'.repeat(129), []))).toBe('too_long');
    expect(codeOf(() => checkKey(7, []))).toBe('not_string');
    expect(codeOf(() => checkKey(undefined, []))).toBe('required');
    expect(codeOf(() => checkKey('a\u0000', []))).toBe('nul_character');
    expect(codeOf(() => checkKey('\udc00a', []))).toBe('lone_surrogate');
  });
});
