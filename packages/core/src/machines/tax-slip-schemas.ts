import * as z from 'zod';
import { NonNegativeCents } from '../money/money-schema';
import { Year } from '../schemas/common';
import { Instant } from '../time/time-zone';
import { At, Note } from './machine-fields';

/** What creates a tax slip machine: the calendar year it covers. */
export const TaxSlipInput = z.object({ year: Year });
/** What creates a tax slip machine. */
export type TaxSlipInput = z.input<typeof TaxSlipInput>;

/** The context of the tax slip machine. */
export const TaxSlipContext = z.object({
  year: Year,
  /** The amount on the slip as last generated or amended, in cents; `null` before generation. */
  amountCents: NonNegativeCents.nullable(),
  generatedAt: Instant.nullable(),
  issuedAt: Instant.nullable(),
  amendedAt: Instant.nullable(),
  /** How many amended slips were issued. */
  amendments: z.number().int().min(0),
  cancelledAt: Instant.nullable(),
  /** The reason of the last amendment or of the cancellation. */
  comment: Note.nullable(),
});
/** The context of the tax slip machine. */
export type TaxSlipContext = z.output<typeof TaxSlipContext>;

/** The events of the tax slip machine. */
export const TaxSlipEvent = z.discriminatedUnion('type', [
  /** Produces (or produces again, before issue) the slip from the year's ledger. */
  z.object({ type: z.literal('GENERATE'), ...At, amountCents: NonNegativeCents }),
  z.object({ type: z.literal('ISSUE'), ...At }),
  /** Issues an amended slip (after a reversal or a correction). */
  z.object({ type: z.literal('AMEND'), ...At, amountCents: NonNegativeCents, reason: Note }),
  z.object({ type: z.literal('CANCEL'), ...At, reason: Note }),
]);
/** An event of the tax slip machine, as a caller writes it. */
export type TaxSlipEvent = z.input<typeof TaxSlipEvent>;
/** An event of the tax slip machine, once validated. */
export type ParsedTaxSlipEvent = z.output<typeof TaxSlipEvent>;
