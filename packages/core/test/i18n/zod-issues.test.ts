import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { localizeZodIssues, parseOrThrow, safeParseLocalized } from '../../src/i18n/zod-issues';
import { TaxProfile } from '../../src/schemas/tax-profile';
import { PaymentProfile } from '../../src/schemas/payment-profile';
import { Code, RegionCode } from '../../src/schemas/common';
import { CurrencyCode } from '../../src/money/money-schema';
import { IsoDate } from '../../src/time/calendar-date';
import { Role } from '../../src/workflow/actor';

const Sample = z
  .object({
    name: z.string().min(1),
    count: z.int().min(0).max(10),
    email: z.email(),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).min(1),
    when: z.iso.date(),
  })
  .strict();

describe('zod issues in French and English', () => {
  it('describes each problem by path, in both languages', () => {
    const result = safeParseLocalized(Sample, { count: 12.5, email: 'nope', kind: 'c', tags: [], when: '2026-02-30', extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i]));
    expect(byPath.name?.code).toBe('required');
    expect(byPath.name?.message).toEqual({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' });
    expect(byPath.count?.message.en).toBe('Expected: a whole number.');
    expect(byPath.email?.message.fr).toBe('Format attendu : une adresse courriel.');
    expect(byPath.kind?.message.en).toBe('Expected: a, b.');
    expect(byPath.tags?.message.fr).toBe('Au moins 1 élément(s).');
    expect(byPath.when?.message.en).toBe('Expected format: a date YYYY-MM-DD.');
    expect(byPath['']?.message.en).toBe('Unrecognized field(s): extra.');
  });

  it('throws a validation_failed HonorariaError with a prefix path', () => {
    try {
      parseOrThrow(Sample, { name: 'x' }, { path: ['payload'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HonorariaError);
      const e = error as HonorariaError;
      expect(e.code).toBe('validation_failed');
      expect(e.issues.every((i) => i.path[0] === 'payload')).toBe(true);
    }
  });

  it('never echoes the value received, not even a SIN or an account number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.stringMatching(/^[0-9]{13,16}$/), (sin, account) => {
        const tax = TaxProfile.safeParse({ partnerId: 'p', sinStatus: 'provided', sin: `${sin}x`, updatedAt: 'later' });
        const pay = PaymentProfile.safeParse({ partnerId: 'p', method: 'direct_deposit', bank: { transit: account, account }, updatedAt: '2026-01-01T00:00:00Z' });
        const issues = [
          ...(tax.success ? [] : localizeZodIssues(tax.error.issues)),
          ...(pay.success ? [] : localizeZodIssues(pay.error.issues)),
        ];
        expect(issues.length).toBeGreaterThan(0);
        const text = JSON.stringify(issues);
        expect(text).not.toContain(sin);
        expect(text).not.toContain(account);
      }),
      { numRuns: 200 },
    );
  });

  it('reads custom refinements with a message key', () => {
    const result = safeParseLocalized(TaxProfile, { partnerId: 'p', sinStatus: 'provided', updatedAt: '2026-01-01T00:00:00Z' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ path: ['sin'], code: 'sin_required' });
    expect(result.issues[0]?.message.fr).toContain('NAS');
  });

  it('says the expected format in both languages: the id pattern described, the date form, any other pattern as is', () => {
    const message = (schema: z.ZodType, value: unknown) => {
      const result = safeParseLocalized(schema, value);
      if (result.success) throw new Error('expected a failure');
      return result.issues[0]!.message;
    };
    expect(message(Code, 'rates-2026')).toEqual({
      fr: 'Format attendu : un code en minuscules, chiffres et _, commençant par une lettre (par exemple rates_2026).',
      en: 'Expected format: a code of lowercase letters, digits and _, starting with a letter (for example rates_2026).',
    });
    expect(message(IsoDate, '2026-3-1')).toEqual({ fr: 'Format attendu : une date AAAA-MM-JJ.', en: 'Expected format: a date YYYY-MM-DD.' });
    expect(message(CurrencyCode, 'cad').en).toBe('Expected format: a currency code of three capital letters (for example CAD).');
    expect(message(z.string().regex(/^x+$/), 'y')).toEqual({ fr: 'Format attendu : le motif /^x+$/.', en: 'Expected format: the pattern /^x+$/.' });
  });

  it('describes every pattern of the schemas (none falls back to the bare pattern)', () => {
    const samples: [z.ZodType, unknown][] = [
      [Code, 'A'],
      [RegionCode, 'qc'],
      [CurrencyCode, 'cad'],
      [Role, 'Admin'],
      [PaymentProfile, { partnerId: 'p', method: 'direct_deposit', bank: { institution: 'x', transit: 'x', account: 'x' }, updatedAt: '2026-01-01T00:00:00Z' }],
    ];
    for (const [schema, value] of samples) {
      const result = safeParseLocalized(schema, value);
      expect(result.success).toBe(false);
      if (result.success) continue;
      for (const issue of result.issues.filter((i) => i.code === 'invalid_format')) {
        expect(issue.message.en).not.toMatch(/pattern|expected format\.$/);
        expect(issue.message.fr).not.toMatch(/motif|format prévu/);
      }
    }
  });
});

