import * as z from 'zod';
import { CurrencyCode, NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Id } from './common';
import { PaymentMethod } from './payment-profile';

/** Where a payout stands with the administration. */
export const PayoutStatus = z.enum(['pending', 'sent_to_finance', 'paid', 'failed', 'reversed']);
/** Where a payout stands. */
export type PayoutStatus = z.infer<typeof PayoutStatus>;

/**
 * A payment to a partner for one or more approved requests. `taxableCents` (compensation, cash or
 * gift card at face value, and taxable allowances) feeds the tax ledger; `nonTaxableCents`
 * (reimbursements) does too, separately.
 */
export const Payout = z.object({
  id: Id,
  partnerId: Id,
  /** The paying organization. */
  payerId: Id,
  paymentRequestIds: z.array(Id).min(1),
  method: PaymentMethod,
  form: z.enum(['cash', 'gift_card']),
  currency: CurrencyCode,
  amountCents: NonNegativeCents,
  taxableCents: NonNegativeCents,
  nonTaxableCents: NonNegativeCents,
  status: PayoutStatus,
  sentToFinanceAt: Instant.optional(),
  paidAt: Instant.optional(),
  /** The calendar date of payment in the organization's time zone (the tax year follows it). */
  paidOn: IsoDate.optional(),
  /** The deposit trace, cheque number or card serial (last digits only for cards). */
  reference: z.string().max(100).optional(),
  giftCard: z
    .object({
      vendor: z.string().min(1).max(100),
      last4: z
        .string()
        .regex(/^\d{4}$/)
        .optional(),
      faceValueCents: NonNegativeCents,
    })
    .optional(),
  failureReason: z.string().max(500).optional(),
});
/** A payment to a partner. */
export type Payout = z.infer<typeof Payout>;
