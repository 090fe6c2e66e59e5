import * as z from 'zod';
import { NonNegativeCents } from '../money/money-schema';
import { Id, Minutes } from '../schemas/common';
import { Instant } from '../time/time-zone';
import { At, ExternalRef, Note } from './machine-fields';

/**
 * A line of a payment request, as the machine sees it: a time entry with its minutes, or an
 * expense with its amount. The workflow recomputes the quote from the reviewed lines with the
 * core rules; the machine only carries the claim and the decisions.
 */
export const RequestLine = z
  .object({
    lineId: Id,
    target: z.enum(['entry', 'expense']),
    /** The minutes claimed, for a time entry; `null` for an expense. */
    minutes: Minutes.nullable(),
    /** The amount claimed, for an expense; `null` for a time entry. */
    amountCents: NonNegativeCents.nullable(),
  })
  .refine((line) => (line.target === 'entry') === (line.minutes !== null && line.amountCents === null), {
    path: ['target'],
    params: {
      key: 'line_shape',
      fr: 'Une ligne de temps indique ses minutes ; une dépense, son montant.',
      en: 'A time line states its minutes; an expense states its amount.',
    },
  });
/** A line of a payment request. */
export type RequestLine = z.output<typeof RequestLine>;

const uniqueIds = <T extends { lineId: string }>(items: readonly T[]): boolean =>
  new Set(items.map((item) => item.lineId)).size === items.length;

const DUPLICATE_LINE = {
  params: { key: 'duplicate_line', fr: 'Une même ligne apparaît deux fois.', en: 'The same line appears twice.' },
};

/** The lines of a request, with distinct ids. */
export const RequestLines = z.array(RequestLine).max(5000).refine(uniqueIds, DUPLICATE_LINE);

/**
 * The approver's decision on one line: accepted as claimed, adjusted (new minutes for a time
 * entry, a new amount for an expense) or rejected. Adjusting or rejecting needs a comment the
 * partner will read. Same field names as the `LineDecision` entity, without who and when (the
 * workflow records those).
 */
export const RequestLineDecision = z
  .object({
    lineId: Id,
    decision: z.enum(['accepted', 'adjusted', 'rejected']),
    adjustedMinutes: Minutes.nullable().default(null),
    adjustedAmountCents: NonNegativeCents.nullable().default(null),
    comment: Note.nullable().default(null),
  })
  .refine((d) => (d.decision === 'adjusted') === (d.adjustedMinutes !== null || d.adjustedAmountCents !== null), {
    path: ['decision'],
    params: {
      key: 'decision_adjustment',
      fr: 'Une ligne ajustée indique les minutes ou le montant retenus, et seulement elle.',
      en: 'An adjusted line states the minutes or the amount retained, and only an adjusted line does.',
    },
  })
  .refine((d) => d.decision === 'accepted' || d.comment !== null, {
    path: ['comment'],
    params: {
      key: 'decision_comment',
      fr: 'Expliquez l’ajustement ou le refus de la ligne.',
      en: 'Explain why the line is adjusted or rejected.',
    },
  });
/** The approver's decision on one line, as stored. */
export type RequestLineDecision = z.output<typeof RequestLineDecision>;
/** The approver's decision on one line, as a caller writes it. */
export type RequestLineDecisionInput = z.input<typeof RequestLineDecision>;

/** Several decisions, at most one per line. */
export const RequestLineDecisions = z.array(RequestLineDecision).max(5000).refine(uniqueIds, DUPLICATE_LINE);

/** What creates a payment request machine: its lines (possibly none yet, in a draft). */
export const PaymentRequestInput = z.object({ lines: RequestLines.default([]) });
/** What creates a payment request machine. */
export type PaymentRequestInput = z.input<typeof PaymentRequestInput>;

/** The context of the payment request machine. */
export const PaymentRequestContext = z.object({
  lines: RequestLines,
  /** The approver's decisions; after approval, one per line. */
  decisions: RequestLineDecisions,
  submittedAt: Instant.nullable(),
  reviewStartedAt: Instant.nullable(),
  /** When the approver approved, requested changes or rejected. */
  decidedAt: Instant.nullable(),
  forwardedAt: Instant.nullable(),
  paidAt: Instant.nullable(),
  /** When it was rejected, withdrawn or reversed. */
  closedAt: Instant.nullable(),
  /** How many times payment was attempted. */
  paymentAttempts: z.int().min(0),
  /** The payment reference (an EFT trace, a cheque number); never bank details. */
  paymentReference: ExternalRef.nullable(),
  /** Why the last payment attempt failed. */
  failureReason: Note.nullable(),
  /** The comment or reason of the last decision. */
  comment: Note.nullable(),
});
/** The context of the payment request machine. */
export type PaymentRequestContext = z.output<typeof PaymentRequestContext>;

/** The events of the payment request machine. */
export const PaymentRequestEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('EDIT'), ...At, lines: RequestLines }),
  /** The partner submits and attests the request. */
  z.object({ type: z.literal('SUBMIT'), ...At }),
  z.object({ type: z.literal('START_REVIEW'), ...At }),
  /** The approver records decisions on some lines and keeps reviewing. */
  z.object({ type: z.literal('DECIDE_LINES'), ...At, decisions: RequestLineDecisions.min(1) }),
  /** The approver approves; lines without a decision are accepted as claimed. */
  z.object({ type: z.literal('APPROVE'), ...At, decisions: RequestLineDecisions.default([]), comment: Note.optional() }),
  z.object({ type: z.literal('REQUEST_CHANGES'), ...At, comment: Note, decisions: RequestLineDecisions.default([]) }),
  z.object({ type: z.literal('REJECT'), ...At, reason: Note }),
  z.object({ type: z.literal('WITHDRAW'), ...At, reason: Note.optional() }),
  z.object({ type: z.literal('FORWARD'), ...At }),
  z.object({ type: z.literal('START_PROCESSING'), ...At }),
  z.object({ type: z.literal('MARK_PAID'), ...At, reference: ExternalRef.optional() }),
  z.object({ type: z.literal('FAIL_PAYMENT'), ...At, reason: Note }),
  z.object({ type: z.literal('RETRY_PAYMENT'), ...At }),
  /** A paid request is reversed (rare); the workflow amends the tax ledger. */
  z.object({ type: z.literal('REVERSE'), ...At, reason: Note }),
]);
/** An event of the payment request machine, as a caller writes it. */
export type PaymentRequestEvent = z.input<typeof PaymentRequestEvent>;
/** An event of the payment request machine, once validated. */
export type ParsedPaymentRequestEvent = z.output<typeof PaymentRequestEvent>;
