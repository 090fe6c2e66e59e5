import * as z from 'zod';
import { Lang } from '../i18n/lang-schema';
import { NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { DayMinutes, Id } from './common';
import { Expense } from './expense';
import { PaymentQuote } from './payment-quote';
import { PaymentRequestStatus } from './status';
import { TimeEntry } from './time-entry';

/**
 * An approver's decision on one line (a time entry or an expense): accepted, adjusted (new
 * minutes or amount) or rejected, with a comment. The quote is recomputed with the decisions.
 */
export const LineDecision = z
  .object({
    lineId: Id,
    target: z.enum(['entry', 'expense']),
    decision: z.enum(['accepted', 'adjusted', 'rejected']),
    adjustedMinutes: DayMinutes.optional(),
    adjustedAmountCents: NonNegativeCents.optional(),
    comment: z.string().max(2000).optional(),
    decidedByUserId: Id,
    decidedAt: Instant,
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'adjusted' && d.adjustedMinutes === undefined && d.adjustedAmountCents === undefined) {
      ctx.addIssue({ code: 'custom', path: ['decision'], params: { key: 'decision_adjustment' } });
    }
  });
/** An approver's decision on one line. */
export type LineDecision = z.infer<typeof LineDecision>;

/** The partner's attestation at submission: when, in which language, and the text attested. */
export const Attestation = z.object({
  at: Instant,
  lang: Lang,
  text: z.string().min(1).max(4000),
});
/** The partner's attestation. */
export type Attestation = z.infer<typeof Attestation>;

/**
 * A payment request: the time entries and expenses of a period under one mandate, the quote
 * frozen at submission (recomputed when the approver adjusts a line), the line decisions and the
 * status.
 */
export const PaymentRequest = z
  .object({
    id: Id,
    organizationId: Id,
    mandateId: Id,
    partnerId: Id,
    period: z.object({ from: IsoDate, to: IsoDate }),
    entries: z.array(TimeEntry).default([]),
    expenses: z.array(Expense).default([]),
    quote: PaymentQuote.optional(),
    decisions: z.array(LineDecision).default([]),
    attestation: Attestation.optional(),
    reviewerNotes: z.string().max(4000).optional(),
    status: PaymentRequestStatus,
    approverUserId: Id.optional(),
    payoutId: Id.optional(),
    createdAt: Instant,
    /** When it was submitted, and the organization's calendar date that day (the quote's `asOf`). */
    submittedAt: Instant.optional(),
    submittedOn: IsoDate.optional(),
    approvedAt: Instant.optional(),
    paidAt: Instant.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.period.to < r.period.from) ctx.addIssue({ code: 'custom', path: ['period', 'to'], params: { key: 'date_range' } });
  });
/** A payment request. */
export type PaymentRequest = z.infer<typeof PaymentRequest>;
