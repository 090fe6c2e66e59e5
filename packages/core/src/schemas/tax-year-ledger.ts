import * as z from 'zod';
import { Cents, CurrencyCode } from '../money/money-schema';
import { Instant } from '../time/time-zone';
import { Code, Id, Year } from './common';

/** Kinds of tax slips: federal T4A, Québec RL-1 and RL-27, or another kind named by the institution. */
export const SlipKind = z.enum(['T4A', 'RL1', 'RL27', 'other']);
/** A kind of tax slip. */
export type SlipKind = z.infer<typeof SlipKind>;

/** When a year's taxable total first went past a slip rule's threshold. */
export const ThresholdCrossing = z.object({
  ruleId: Code,
  kind: SlipKind,
  at: Instant,
});
/** When a threshold was crossed. */
export type ThresholdCrossing = z.infer<typeof ThresholdCrossing>;

/**
 * What one payer paid one partner in one calendar year (in the organization's time zone):
 * taxable (compensation in cash or gift cards, taxable allowances) and non-taxable
 * (reimbursements), by form and by month, and when each slip threshold was crossed.
 */
export const TaxYearLedger = z.object({
  partnerId: Id,
  payerId: Id,
  year: Year,
  currency: CurrencyCode,
  taxableCents: Cents,
  nonTaxableCents: Cents,
  byForm: z.object({ cash: Cents, gift_card: Cents }),
  /** Taxable cents by month, January first (12 entries). */
  byMonth: z.array(Cents).length(12),
  payments: z.int().nonnegative(),
  crossings: z.array(ThresholdCrossing),
});
/** A partner-payer-year ledger. */
export type TaxYearLedger = z.infer<typeof TaxYearLedger>;
