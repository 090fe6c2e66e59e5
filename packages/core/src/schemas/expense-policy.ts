import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { NonNegativeCents } from '../money/money-schema';
import { Code } from './common';
import { Provenance } from './provenance';

/**
 * Kinds of expenses a partner may claim. Reimbursement of actual costs is not compensation;
 * `allowance` is a fixed amount (for example for an online meeting at home) and may be taxable.
 */
export const ExpenseType = z.enum([
  'mileage',
  'parking',
  'transit',
  'meals',
  'childcare',
  'respite',
  'accommodation',
  'allowance',
  'other',
]);
/** A kind of expense. */
export type ExpenseType = z.infer<typeof ExpenseType>;

/** A fixed allowance, such as £5 per online meeting (University of York). */
export const Allowance = z.object({
  code: Code,
  label: LocalizedText,
  amountCents: NonNegativeCents,
  /** Whether the allowance is income to the partner (non-receipted flat amounts often are). */
  taxable: z.boolean(),
  source: Provenance.optional(),
});
/** A fixed allowance. */
export type Allowance = z.infer<typeof Allowance>;

/** What expenses are reimbursed and how: kinds allowed, rate per km, receipts, allowances, pre-approval. */
export const ExpensePolicy = z.object({
  allowedTypes: z.array(ExpenseType).default([]),
  /** Cents per kilometre (or per mile, for a configuration in miles), for `mileage`. */
  kmRateCents: NonNegativeCents.optional(),
  /** Whether actual costs need a receipt. */
  receiptsRequired: z.boolean().default(true),
  /** Receipts are required only above this amount, when set. */
  receiptThresholdCents: NonNegativeCents.optional(),
  allowances: z.array(Allowance).default([]),
  /** The largest receipt file accepted, in bytes (10 MiB by default). */
  receiptMaxBytes: z.int().min(1).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
  /** The content types of receipt files accepted (PDF, JPEG, PNG, HEIC, WebP by default). */
  receiptTypes: z.array(z.string().min(3).max(100)).min(1).default(['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp']),
  /** An expense above this amount needs approval beforehand. */
  preApprovalAboveCents: NonNegativeCents.optional(),
  source: Provenance.optional(),
});
/** What expenses are reimbursed and how. */
export type ExpensePolicy = z.infer<typeof ExpensePolicy>;
