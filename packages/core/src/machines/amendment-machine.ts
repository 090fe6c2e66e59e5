import type * as z from 'zod';
import { assign, setup } from 'xstate';
import type { AmendmentStatus } from '../schemas/status';
import type { AmendmentContext, AmendmentInput, ParsedAmendmentEvent } from './amendment-schemas';

/** The version of the amendment machine's persisted snapshots. */
export const AMENDMENT_MACHINE_VERSION = 1;

/** The event types of the amendment machine. */
export const AMENDMENT_EVENTS = [
  'APPROVE',
  'REJECT',
  'ACCEPT',
  'DECLINE',
  'WITHDRAW',
] as const satisfies readonly ParsedAmendmentEvent['type'][];
/** An event type of the amendment machine. */
export type AmendmentEventType = (typeof AMENDMENT_EVENTS)[number];

/** The final states of an amendment. */
export const AMENDMENT_TERMINAL_STATES = [
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
] as const satisfies readonly AmendmentStatus[];

type Ev = ParsedAmendmentEvent;

const reasonOf = (event: Ev): string | null => ('reason' in event && event.reason !== undefined ? event.reason : null);

/**
 * The lifecycle of an amendment to an active mandate (dates, hours, budget or rate): the approver
 * approves it, then the partner accepts it again; it may be rejected, declined or withdrawn.
 * When it is accepted, the workflow applies the entity's changes to the mandate (the mandate
 * machine's `APPLY_AMENDMENT`).
 */
export const amendmentMachine = setup({
  types: {} as { context: AmendmentContext; events: Ev; input: z.output<typeof AmendmentInput> },
  actions: {
    markApproved: assign(({ event }) => ({ approvedAt: event.now })),
    close: assign(({ event }) => ({ closedAt: event.now, comment: reasonOf(event) })),
  },
}).createMachine({
  id: 'amendment',
  initial: 'pending_approval',
  context: ({ input }) => ({
    mandateId: input.mandateId,
    requestedAt: input.requestedAt,
    approvedAt: null,
    closedAt: null,
    comment: null,
  }),
  states: {
    pending_approval: {
      on: {
        APPROVE: { target: 'approved', actions: 'markApproved' },
        REJECT: { target: 'rejected', actions: 'close' },
        WITHDRAW: { target: 'withdrawn', actions: 'close' },
      },
    },
    approved: {
      on: {
        ACCEPT: { target: 'accepted', actions: 'close' },
        DECLINE: { target: 'declined', actions: 'close' },
        WITHDRAW: { target: 'withdrawn', actions: 'close' },
      },
    },
    accepted: { type: 'final' },
    declined: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
