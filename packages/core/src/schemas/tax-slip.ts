import * as z from 'zod';
import { Cents, CurrencyCode } from '../money/money-schema';
import { Instant } from '../time/time-zone';
import { Code, Id, Year } from './common';
import { TaxSlipStatus } from './status';
import { SlipKind } from './tax-year-ledger';

/** A tax slip for a partner, payer and year: its kind, the rule that called for it, its boxes and status. */
export const TaxSlip = z.object({
  id: Id,
  partnerId: Id,
  payerId: Id,
  year: Year,
  kind: SlipKind,
  ruleId: Code,
  currency: CurrencyCode,
  /** Amounts by box, such as `{ '028': 62500 }` for T4A box 028. */
  boxes: z.record(z.string(), Cents),
  amountCents: Cents,
  status: TaxSlipStatus,
  generatedAt: Instant.optional(),
  issuedAt: Instant.optional(),
  /** The slip this one amends. */
  amendsId: Id.optional(),
  documentId: Id.optional(),
});
/** A tax slip. */
export type TaxSlip = z.infer<typeof TaxSlip>;
