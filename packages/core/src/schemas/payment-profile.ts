import * as z from 'zod';
import { Instant } from '../time/time-zone';
import { Email, Id } from './common';
import { PostalAddress } from './partner';

/** How an institution pays: direct deposit, cheque, Interac e-Transfer, bank transfer (BACS), gift card, payroll. */
export const PaymentMethod = z.enum(['direct_deposit', 'cheque', 'e_transfer', 'bank_transfer', 'gift_card', 'payroll']);
/** A payment method. */
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * Bank details for a deposit. **Sensitive**: never log them; show them with
 * {@link maskBankDetails}. Canadian format: 3-digit institution, 5-digit transit, 7–12-digit
 * account; a UK sort code (6 digits) goes in `transit` with `institution` omitted.
 */
export const BankDetails = z.object({
  institution: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  transit: z.string().regex(/^\d{5,6}$/),
  account: z.string().regex(/^\d{5,12}$/),
  holderName: z.string().min(1).max(200).optional(),
});
/** Bank details (sensitive). */
export type BankDetails = z.infer<typeof BankDetails>;

function maskDigits(value: string | undefined, keep: number): string | undefined {
  if (value === undefined) return undefined;
  const shown = value.length > keep ? value.slice(-keep) : '';
  return '*'.repeat(Math.max(value.length - shown.length, 3)) + shown;
}

/** Masks bank details for display: the institution hidden, the last 2 transit and last 3 account digits kept. */
export function maskBankDetails(bank: BankDetails): BankDetails {
  const masked: BankDetails = {
    transit: maskDigits(bank.transit, 2) ?? '',
    account: maskDigits(bank.account, 3) ?? '',
  };
  if (bank.institution !== undefined) masked.institution = '***';
  if (bank.holderName !== undefined) masked.holderName = bank.holderName;
  return masked;
}

/** How a partner is paid: the method, and the details it needs (bank details are sensitive). */
export const PaymentProfile = z
  .object({
    partnerId: Id,
    method: PaymentMethod,
    bank: BankDetails.optional(),
    eTransferEmail: Email.optional(),
    mailingAddress: PostalAddress.optional(),
    verifiedAt: Instant.optional(),
    verifiedByUserId: Id.optional(),
    /** Who last changed where the money goes (they cannot verify their own change). */
    changedByUserId: Id.optional(),
    updatedAt: Instant,
  })
  .superRefine((p, ctx) => {
    if ((p.method === 'direct_deposit' || p.method === 'bank_transfer') && p.bank === undefined) {
      ctx.addIssue({ code: 'custom', path: ['bank'], params: { key: 'bank_required' } });
    }
  });
/** How a partner is paid. */
export type PaymentProfile = z.infer<typeof PaymentProfile>;

/** A copy of a payment profile with the bank details masked. */
export function maskPaymentProfile(profile: PaymentProfile): PaymentProfile {
  return profile.bank === undefined ? { ...profile } : { ...profile, bank: maskBankDetails(profile.bank) };
}
