import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskBankDetails, maskPaymentProfile, PaymentProfile } from '../../src/schemas/payment-profile';
import { hasUsableSin, isValidSin, maskSin, redactTaxProfile, Sin, TaxProfile } from '../../src/schemas/tax-profile';

describe('SIN', () => {
  it('checks the check digit', () => {
    expect(isValidSin('046 454 286')).toBe(true);
    expect(isValidSin('046-454-287')).toBe(false);
    expect(isValidSin('12345678')).toBe(false);
    expect(Sin.parse('046-454-286')).toBe('046454286');
  });

  it('masks all but the last three digits', () => {
    expect(maskSin('046454286')).toBe('*** *** 286');
    expect(maskSin('garbage')).toBe('*** *** ***');
    expect(maskSin(undefined)).toBe('*** *** ***');
  });

  it('never shows the first six digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (sin) => {
        const masked = maskSin(sin);
        expect(masked.replace(/[^0-9]/g, '')).toBe(sin.slice(6));
      }),
    );
  });

  it('treats a temporary SIN as usable until it expires', () => {
    const profile = TaxProfile.parse({
      partnerId: 'p',
      sinStatus: 'temporary',
      sin: '900000001',
      sinExpiresOn: '2026-06-30',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(hasUsableSin(profile, '2026-06-30')).toBe(true);
    expect(hasUsableSin(profile, '2026-07-01')).toBe(false);
    expect(hasUsableSin(undefined, '2026-01-01')).toBe(false);
    expect(redactTaxProfile(profile).sin).toBe('*** *** 001');
    expect(TaxProfile.safeParse({ ...profile, sinStatus: 'provided' }).success).toBe(false);
  });
});

describe('bank details', () => {
  it('masks the institution, all but 2 transit digits and all but 3 account digits', () => {
    expect(maskBankDetails({ institution: '001', transit: '12345', account: '1234567' })).toEqual({ institution: '***', transit: '***45', account: '****567' });
    const profile = PaymentProfile.parse({
      partnerId: 'p',
      method: 'direct_deposit',
      bank: { institution: '815', transit: '54321', account: '7654321', holderName: 'Zoé' },
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const masked = maskPaymentProfile(profile);
    expect(JSON.stringify(masked)).not.toContain('7654321');
    expect(JSON.stringify(masked)).not.toContain('815');
    expect(profile.bank?.account).toBe('7654321');
  });

  it('requires bank details for direct deposit', () => {
    expect(PaymentProfile.safeParse({ partnerId: 'p', method: 'direct_deposit', updatedAt: '2026-01-01T00:00:00Z' }).success).toBe(false);
  });
});
