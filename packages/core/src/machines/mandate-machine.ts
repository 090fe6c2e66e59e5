import type * as z from 'zod';
import { assertEvent, assign, setup } from 'xstate';
import type { MandateStatus } from '../schemas/status';
import { dateOf, dayBounds } from '../time/time-zone';
import { isAtOrAfter } from './local-time';
import type { Deadline, RefusalExplainer } from './machine-definition';
import type { MandateContext, MandateInput, ParsedMandateEvent } from './mandate-schemas';
import { MODES_WITHOUT_PAYMENT_PROFILE } from './mandate-schemas';
import { translate } from '../i18n/messages';
import { machineMessages } from '../i18n/messages/machines';

/** The version of the mandate machine's persisted snapshots. */
export const MANDATE_MACHINE_VERSION = 1;

/** The event types of the mandate machine, in the order of the lifecycle. */
export const MANDATE_EVENTS = [
  'EDIT',
  'SUBMIT',
  'APPROVE',
  'REQUEST_CHANGES',
  'REJECT',
  'SEND',
  'ACCEPT',
  'DECLINE',
  'EXPIRE_OFFER',
  'ACTIVATE',
  'APPLY_AMENDMENT',
  'COMPLETE',
  'CANCEL',
  'EXPIRE',
] as const satisfies readonly ParsedMandateEvent['type'][];
/** An event type of the mandate machine. */
export type MandateEventType = (typeof MANDATE_EVENTS)[number];

/** The final states of a mandate: they accept no event. */
export const MANDATE_TERMINAL_STATES = [
  'rejected',
  'declined',
  'offer_expired',
  'completed',
  'cancelled',
  'expired',
] as const satisfies readonly MandateStatus[];

type Ctx = MandateContext;
type Ev = ParsedMandateEvent;

const today = (context: Ctx, now: string): string => dateOf(now, context.timeZone);

const offerLapsedAt = (context: Ctx, now: string): boolean =>
  context.offerExpiresAt !== null && isAtOrAfter(now, context.offerExpiresAt);

const editedDatesInOrder = (context: Ctx, event: Extract<Ev, { type: 'EDIT' }>): boolean =>
  (event.changes.startDate ?? context.startDate) <= (event.changes.endDate ?? context.endDate);

const amendedDatesInOrder = (context: Ctx, event: Extract<Ev, { type: 'APPLY_AMENDMENT' }>): boolean =>
  (event.changes.startDate ?? context.startDate) <= (event.changes.endDate ?? context.endDate);

const paymentProfileOk = (event: Extract<Ev, { type: 'SEND' }>): boolean =>
  event.hasPaymentProfile || MODES_WITHOUT_PAYMENT_PROFILE.includes(event.compensationMode);

const reasonOf = (event: Ev): string | null =>
  'reason' in event && event.reason !== undefined ? event.reason : 'comment' in event ? event.comment : null;

/**
 * The mandate lifecycle: draft → pending approval → approved → sent to the partner → accepted →
 * active → completed, with changes requested, rejection, decline, offer expiry, cancellation and
 * expiry. Pure: every instant comes in the events (`now`), and guards compare it with the dates
 * in the context, read in the organization's time zone.
 */
export const mandateMachine = setup({
  types: {} as { context: Ctx; events: Ev; input: z.output<typeof MandateInput> },
  guards: {
    /** An edit keeps the start date on or before the end date. */
    editKeepsDatesInOrder: ({ context, event }) => {
      assertEvent(event, 'EDIT');
      return editedDatesInOrder(context, event);
    },
    /** A payment profile exists unless nothing is paid, and the offer deadline lies ahead. */
    sendable: ({ event }) => {
      assertEvent(event, 'SEND');
      return paymentProfileOk(event) && (event.offerExpiresAt === null || !isAtOrAfter(event.now, event.offerExpiresAt));
    },
    /** The offer is still open, and the partner holds the current agreement or accepts it now. */
    acceptable: ({ context, event }) => {
      assertEvent(event, 'ACCEPT');
      return !offerLapsedAt(context, event.now) && (event.holdsCurrentAgreement || event.acceptsAgreementNow);
    },
    /** The offer deadline has passed. */
    offerLapsed: ({ context, event }) => offerLapsedAt(context, event.now),
    /** The start date is reached. */
    startReached: ({ context, event }) => today(context, event.now) >= context.startDate,
    /** The partner accepted on or after the start date: the mandate is active at once. */
    startReachedOnAcceptance: ({ context }) =>
      context.acceptedAt !== null && today(context, context.acceptedAt) >= context.startDate,
    /** The amendment was not applied yet and keeps the dates in order. */
    amendmentApplicable: ({ context, event }) => {
      assertEvent(event, 'APPLY_AMENDMENT');
      return !context.appliedAmendmentIds.includes(event.amendmentId) && amendedDatesInOrder(context, event);
    },
    /** The end date has passed and nothing was ever recorded under the mandate. */
    endPassedWithoutActivity: ({ context, event }) => {
      assertEvent(event, 'EXPIRE');
      return today(context, event.now) > context.endDate && !event.hasActivity;
    },
  },
  actions: {
    applyEdit: assign(({ context, event }) => {
      assertEvent(event, 'EDIT');
      return {
        startDate: event.changes.startDate ?? context.startDate,
        endDate: event.changes.endDate ?? context.endDate,
        timeZone: event.changes.timeZone ?? context.timeZone,
      };
    }),
    markSubmitted: assign(({ event }) => ({ submittedAt: event.now })),
    markApproved: assign(({ event }) => ({ approvedAt: event.now, comment: null })),
    noteComment: assign(({ event }) => ({ comment: reasonOf(event) })),
    markSent: assign(({ event }) => {
      assertEvent(event, 'SEND');
      return { sentAt: event.now, offerExpiresAt: event.offerExpiresAt };
    }),
    markAccepted: assign(({ event }) => {
      assertEvent(event, 'ACCEPT');
      return { acceptedAt: event.now, acceptedWithAgreement: !event.holdsCurrentAgreement && event.acceptsAgreementNow };
    }),
    markActivated: assign(({ event }) => ({ activatedAt: event.now })),
    markActivatedOnAcceptance: assign(({ context }) => ({ activatedAt: context.acceptedAt })),
    applyAmendment: assign(({ context, event }) => {
      assertEvent(event, 'APPLY_AMENDMENT');
      return {
        startDate: event.changes.startDate ?? context.startDate,
        endDate: event.changes.endDate ?? context.endDate,
        appliedAmendmentIds: [...context.appliedAmendmentIds, event.amendmentId],
      };
    }),
    close: assign(({ event }) => ({ closedAt: event.now, comment: reasonOf(event) })),
  },
}).createMachine({
  id: 'mandate',
  initial: 'draft',
  context: ({ input }) => ({
    startDate: input.startDate,
    endDate: input.endDate,
    timeZone: input.timeZone,
    offerExpiresAt: null,
    submittedAt: null,
    approvedAt: null,
    sentAt: null,
    acceptedAt: null,
    activatedAt: null,
    closedAt: null,
    acceptedWithAgreement: false,
    appliedAmendmentIds: [],
    comment: null,
  }),
  states: {
    draft: {
      on: {
        EDIT: { guard: 'editKeepsDatesInOrder', actions: 'applyEdit' },
        SUBMIT: { target: 'pending_approval', actions: 'markSubmitted' },
      },
    },
    pending_approval: {
      on: {
        APPROVE: { target: 'approved', actions: 'markApproved' },
        REQUEST_CHANGES: { target: 'changes_requested', actions: 'noteComment' },
        REJECT: { target: 'rejected', actions: 'close' },
      },
    },
    changes_requested: {
      on: { EDIT: { target: 'draft', guard: 'editKeepsDatesInOrder', actions: 'applyEdit' } },
    },
    approved: {
      on: {
        SEND: { target: 'sent_to_partner', guard: 'sendable', actions: 'markSent' },
        CANCEL: { target: 'cancelled', actions: 'close' },
      },
    },
    sent_to_partner: {
      on: {
        ACCEPT: { target: 'accepted', guard: 'acceptable', actions: 'markAccepted' },
        DECLINE: { target: 'declined', actions: 'close' },
        EXPIRE_OFFER: { target: 'offer_expired', guard: 'offerLapsed', actions: 'close' },
        CANCEL: { target: 'cancelled', actions: 'close' },
      },
    },
    accepted: {
      always: { target: 'active', guard: 'startReachedOnAcceptance', actions: 'markActivatedOnAcceptance' },
      on: {
        ACTIVATE: { target: 'active', guard: 'startReached', actions: 'markActivated' },
        CANCEL: { target: 'cancelled', actions: 'close' },
      },
    },
    active: {
      on: {
        APPLY_AMENDMENT: { guard: 'amendmentApplicable', actions: 'applyAmendment' },
        COMPLETE: { target: 'completed', actions: 'close' },
        CANCEL: { target: 'cancelled', actions: 'close' },
        EXPIRE: { target: 'expired', guard: 'endPassedWithoutActivity', actions: 'close' },
      },
    },
    rejected: { type: 'final' },
    declined: { type: 'final' },
    offer_expired: { type: 'final' },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
    expired: { type: 'final' },
  },
});

const END_BEFORE_START = {
  reason: 'end_before_start',
  message: translate(machineMessages, 'end_before_start'),
};

/** Why each guard of the mandate machine refuses an event. */
export const mandateRefusals: Readonly<Record<string, RefusalExplainer<Ctx, Ev>>> = {
  editKeepsDatesInOrder: () => END_BEFORE_START,
  sendable: (_context, event) =>
    event.type === 'SEND' && !paymentProfileOk(event)
      ? {
          reason: 'payment_profile_required',
          message: translate(machineMessages, 'payment_profile_required'),
        }
      : {
          reason: 'offer_deadline_in_past',
          message: translate(machineMessages, 'offer_deadline_in_past'),
        },
  acceptable: (context, event) =>
    offerLapsedAt(context, event.now)
      ? {
          reason: 'offer_expired',
          message: translate(machineMessages, 'offer_expired'),
        }
      : {
          reason: 'agreement_required',
          message: translate(machineMessages, 'agreement_required'),
        },
  offerLapsed: () => ({
    reason: 'offer_still_open',
    message: translate(machineMessages, 'offer_still_open'),
  }),
  startReached: () => ({
    reason: 'start_date_not_reached',
    message: translate(machineMessages, 'start_date_not_reached'),
  }),
  amendmentApplicable: (context, event) =>
    event.type === 'APPLY_AMENDMENT' && context.appliedAmendmentIds.includes(event.amendmentId)
      ? {
          reason: 'amendment_already_applied',
          message: translate(machineMessages, 'amendment_already_applied'),
        }
      : END_BEFORE_START,
  endPassedWithoutActivity: (_context, event) =>
    event.type === 'EXPIRE' && event.hasActivity
      ? {
          reason: 'mandate_has_activity',
          message: translate(machineMessages, 'mandate_has_activity'),
        }
      : {
          reason: 'end_date_not_passed',
          message: translate(machineMessages, 'end_date_not_passed'),
        },
};

/** The deadline of a mandate's current state: offer expiry, activation, or the end of its term. */
export function mandateDeadline(status: MandateStatus, context: Ctx): Deadline<MandateEventType> | null {
  switch (status) {
    case 'sent_to_partner':
      return context.offerExpiresAt === null
        ? null
        : { at: context.offerExpiresAt, kind: 'offer_expiry', event: 'EXPIRE_OFFER' };
    case 'accepted':
      return { at: dayBounds(context.startDate, context.timeZone).start, kind: 'activation', event: 'ACTIVATE' };
    case 'active':
      return {
        at: dayBounds(context.endDate, context.timeZone).end,
        kind: 'end_of_term',
        event: 'EXPIRE',
      };
    default:
      return null;
  }
}
