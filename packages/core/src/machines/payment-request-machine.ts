import type * as z from 'zod';
import { assertEvent, assign, setup } from 'xstate';
import type { PaymentRequestStatus } from '../schemas/status';
import type { RefusalExplainer } from './machine-definition';
import { translate } from '../i18n/messages';
import { machineMessages } from '../i18n/messages/machines';
import type {
  ParsedPaymentRequestEvent,
  PaymentRequestContext,
  PaymentRequestInput,
  RequestLine,
  RequestLineDecision,
} from './payment-request-schemas';

/** The version of the payment request machine's persisted snapshots. */
export const PAYMENT_REQUEST_MACHINE_VERSION = 1;

/** The event types of the payment request machine, in the order of the lifecycle. */
export const PAYMENT_REQUEST_EVENTS = [
  'EDIT',
  'SUBMIT',
  'START_REVIEW',
  'DECIDE_LINES',
  'APPROVE',
  'REQUEST_CHANGES',
  'REJECT',
  'WITHDRAW',
  'FORWARD',
  'START_PROCESSING',
  'MARK_PAID',
  'FAIL_PAYMENT',
  'RETRY_PAYMENT',
  'REVERSE',
] as const satisfies readonly ParsedPaymentRequestEvent['type'][];
/** An event type of the payment request machine. */
export type PaymentRequestEventType = (typeof PAYMENT_REQUEST_EVENTS)[number];

/** The final states of a payment request (a paid one may still be reversed). */
export const PAYMENT_REQUEST_TERMINAL_STATES = [
  'rejected',
  'withdrawn',
  'reversed',
] as const satisfies readonly PaymentRequestStatus[];

type Ctx = PaymentRequestContext;
type Ev = ParsedPaymentRequestEvent;

/** The decisions an event carries (none for most events). */
const decisionsOf = (event: Ev): readonly RequestLineDecision[] =>
  event.type === 'DECIDE_LINES' || event.type === 'APPROVE' || event.type === 'REQUEST_CHANGES' ? event.decisions : [];

/** Whether an adjustment fits its line: minutes for a time entry, an amount for an expense. */
const fitsLine = (line: RequestLine, d: RequestLineDecision): boolean =>
  d.decision !== 'adjusted' ||
  (line.target === 'entry' ? d.adjustedAmountCents === null : d.adjustedMinutes === null);

/** The first decision that names an unknown line or adjusts it the wrong way; `undefined` if none. */
function invalidDecision(lines: readonly RequestLine[], decisions: readonly RequestLineDecision[]): RequestLineDecision | undefined {
  const byId = new Map(lines.map((line) => [line.lineId, line]));
  return decisions.find((d) => {
    const line = byId.get(d.lineId);
    return line === undefined || !fitsLine(line, d);
  });
}

/** The decisions merged by line: a later decision on a line replaces the earlier one. */
function mergeDecisions(earlier: readonly RequestLineDecision[], later: readonly RequestLineDecision[]): RequestLineDecision[] {
  const byLine = new Map(earlier.map((d) => [d.lineId, d]));
  for (const d of later) byLine.set(d.lineId, d);
  return [...byLine.values()];
}

/** Every line with a decision: undecided lines are accepted as claimed. */
function completeDecisions(lines: readonly RequestLine[], decisions: readonly RequestLineDecision[]): RequestLineDecision[] {
  const byLine = new Map(decisions.map((d) => [d.lineId, d]));
  return lines.map(
    (line) =>
      byLine.get(line.lineId) ?? {
        lineId: line.lineId,
        decision: 'accepted',
        adjustedMinutes: null,
        adjustedAmountCents: null,
        comment: null,
      },
  );
}

const keepsSomething = (context: Ctx, event: Ev): boolean =>
  completeDecisions(context.lines, mergeDecisions(context.decisions, decisionsOf(event))).some((d) => d.decision !== 'rejected');

const reasonOf = (event: Ev): string | null =>
  'reason' in event && event.reason !== undefined ? event.reason : 'comment' in event && event.comment !== undefined ? event.comment : null;

/**
 * The payment request lifecycle: draft → submitted → under review → approved (line by line, with
 * adjusted minutes and comments) → forwarded to administration → processing → paid; changes
 * requested, rejected, withdrawn, payment failed and retried, reversed. The machine carries the
 * decisions; the workflow recomputes the quote from {@link reviewedLines} with the core rules.
 */
export const paymentRequestMachine = setup({
  types: {} as { context: Ctx; events: Ev; input: z.output<typeof PaymentRequestInput> },
  guards: {
    /** The request has at least one line. */
    hasLines: ({ context }) => context.lines.length > 0,
    /** Every decision names a line of the request and adjusts it the right way. */
    decisionsValid: ({ context, event }) => invalidDecision(context.lines, decisionsOf(event)) === undefined,
    /** The decisions are valid and leave at least one line accepted or adjusted. */
    approvable: ({ context, event }) =>
      invalidDecision(context.lines, decisionsOf(event)) === undefined && keepsSomething(context, event),
  },
  actions: {
    setLines: assign(({ event }) => {
      assertEvent(event, 'EDIT');
      return { lines: event.lines };
    }),
    markSubmitted: assign(({ event }) => ({ submittedAt: event.now, decisions: [], decidedAt: null, comment: null })),
    markReviewStarted: assign(({ event }) => ({ reviewStartedAt: event.now })),
    recordDecisions: assign(({ context, event }) => ({
      decisions: mergeDecisions(context.decisions, decisionsOf(event)),
    })),
    markApproved: assign(({ context, event }) => ({
      decisions: completeDecisions(context.lines, mergeDecisions(context.decisions, decisionsOf(event))),
      decidedAt: event.now,
      comment: reasonOf(event),
    })),
    markChangesRequested: assign(({ context, event }) => ({
      decisions: mergeDecisions(context.decisions, decisionsOf(event)),
      decidedAt: event.now,
      comment: reasonOf(event),
    })),
    markRejected: assign(({ event }) => ({ decidedAt: event.now, closedAt: event.now, comment: reasonOf(event) })),
    markForwarded: assign(({ event }) => ({ forwardedAt: event.now })),
    startAttempt: assign(({ context }) => ({ paymentAttempts: context.paymentAttempts + 1, failureReason: null })),
    markPaid: assign(({ event }) => {
      assertEvent(event, 'MARK_PAID');
      return { paidAt: event.now, paymentReference: event.reference ?? null };
    }),
    markFailed: assign(({ event }) => ({ failureReason: reasonOf(event) })),
    close: assign(({ event }) => ({ closedAt: event.now, comment: reasonOf(event) })),
  },
}).createMachine({
  id: 'payment_request',
  initial: 'draft',
  context: ({ input }) => ({
    lines: input.lines,
    decisions: [],
    submittedAt: null,
    reviewStartedAt: null,
    decidedAt: null,
    forwardedAt: null,
    paidAt: null,
    closedAt: null,
    paymentAttempts: 0,
    paymentReference: null,
    failureReason: null,
    comment: null,
  }),
  states: {
    draft: {
      on: {
        EDIT: { actions: 'setLines' },
        SUBMIT: { target: 'submitted', guard: 'hasLines', actions: 'markSubmitted' },
      },
    },
    submitted: {
      on: {
        START_REVIEW: { target: 'under_review', actions: 'markReviewStarted' },
        WITHDRAW: { target: 'withdrawn', actions: 'close' },
      },
    },
    under_review: {
      on: {
        DECIDE_LINES: { guard: 'decisionsValid', actions: 'recordDecisions' },
        APPROVE: { target: 'approved', guard: 'approvable', actions: 'markApproved' },
        REQUEST_CHANGES: { target: 'changes_requested', guard: 'decisionsValid', actions: 'markChangesRequested' },
        REJECT: { target: 'rejected', actions: 'markRejected' },
        WITHDRAW: { target: 'withdrawn', actions: 'close' },
      },
    },
    changes_requested: {
      on: { EDIT: { target: 'draft', actions: 'setLines' } },
    },
    approved: {
      on: { FORWARD: { target: 'forwarded_to_admin', actions: 'markForwarded' } },
    },
    forwarded_to_admin: {
      on: { START_PROCESSING: { target: 'processing', actions: 'startAttempt' } },
    },
    processing: {
      on: {
        MARK_PAID: { target: 'paid', actions: 'markPaid' },
        FAIL_PAYMENT: { target: 'payment_failed', actions: 'markFailed' },
      },
    },
    payment_failed: {
      on: { RETRY_PAYMENT: { target: 'processing', actions: 'startAttempt' } },
    },
    paid: {
      on: { REVERSE: { target: 'reversed', actions: 'close' } },
    },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    reversed: { type: 'final' },
  },
});

const explainDecisions = (context: Ctx, event: Ev) => {
  const bad = invalidDecision(context.lines, decisionsOf(event));
  if (bad === undefined) {
    return {
      reason: 'all_lines_rejected',
      message: translate(machineMessages, 'all_lines_rejected'),
    };
  }
  return context.lines.some((line) => line.lineId === bad.lineId)
    ? {
        reason: 'adjustment_mismatch',
        message: translate(machineMessages, 'adjustment_mismatch'),
      }
    : {
        reason: 'unknown_line',
        message: translate(machineMessages, 'unknown_line'),
      };
};

/** Why each guard of the payment request machine refuses an event. */
export const paymentRequestRefusals: Readonly<Record<string, RefusalExplainer<Ctx, Ev>>> = {
  hasLines: () => ({
    reason: 'no_lines',
    message: translate(machineMessages, 'no_lines'),
  }),
  decisionsValid: explainDecisions,
  approvable: explainDecisions,
};

/** A line of a reviewed request, with the approver's decision and what is retained. */
export interface ReviewedLine {
  readonly lineId: string;
  readonly target: RequestLine['target'];
  /** `pending` while no decision was recorded on the line. */
  readonly decision: RequestLineDecision['decision'] | 'pending';
  /** The minutes claimed (time entry), or `null`. */
  readonly claimedMinutes: number | null;
  /** The amount claimed (expense), or `null`. */
  readonly claimedAmountCents: number | null;
  /** The minutes retained (time entry): adjusted, as claimed, or 0 when rejected; else `null`. */
  readonly minutes: number | null;
  /** The amount retained (expense): adjusted, as claimed, or 0 when rejected; else `null`. */
  readonly amountCents: number | null;
  /** Whether the line counts in the quote (it is not rejected). */
  readonly included: boolean;
  readonly comment: string | null;
}

const retained = (claimed: number | null, d: RequestLineDecision | undefined, adjusted: number | null): number | null =>
  claimed === null ? null : d?.decision === 'rejected' ? 0 : d?.decision === 'adjusted' && adjusted !== null ? adjusted : claimed;

/**
 * The lines of a request with their decisions: what the workflow feeds the core rules to
 * recompute the quote after an adjustment, and what the partner reads.
 */
export function reviewedLines(context: Pick<Ctx, 'lines' | 'decisions'>): ReviewedLine[] {
  const byLine = new Map(context.decisions.map((d) => [d.lineId, d]));
  return context.lines.map((line) => {
    const d = byLine.get(line.lineId);
    return {
      lineId: line.lineId,
      target: line.target,
      decision: d?.decision ?? 'pending',
      claimedMinutes: line.minutes,
      claimedAmountCents: line.amountCents,
      minutes: retained(line.minutes, d, d?.adjustedMinutes ?? null),
      amountCents: retained(line.amountCents, d, d?.adjustedAmountCents ?? null),
      included: d?.decision !== 'rejected',
      comment: d?.comment ?? null,
    };
  });
}
