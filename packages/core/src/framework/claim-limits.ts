import * as z from 'zod';

/**
 * Ceilings on what one request may claim, so that no typo (or attack) pays a fortune and every
 * sum stays an exact integer: at most `maxLineCents` for one line (a priced entry, an expense),
 * `maxRequestCents` for a whole request, `maxLinesPerRequest` entries and as many expenses. Work
 * and expense dates must fall between 1900 and 2100. Beyond them a quote throws
 * `validation_failed`, in French and English.
 */
export const ClaimLimits = z.object({
  /** One line: $10,000.00 unless set. */
  maxLineCents: z.int().min(1).max(1_000_000_000).default(1_000_000),
  /** One request: $50,000.00 unless set. */
  maxRequestCents: z.int().min(1).max(1_000_000_000_000).default(5_000_000),
  /** Entries (and, separately, expenses) in one request: 500 unless set. */
  maxLinesPerRequest: z.int().min(1).max(10_000).default(500),
});
/** Ceilings on what one request may claim. */
export type ClaimLimits = z.infer<typeof ClaimLimits>;

/** The limits when a framework sets none. */
export const DEFAULT_CLAIM_LIMITS: ClaimLimits = ClaimLimits.parse({});

/** The first and last work dates a request may claim. */
export const WORK_DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;
