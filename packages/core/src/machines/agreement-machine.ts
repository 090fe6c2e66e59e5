import type * as z from 'zod';
import { assertEvent, assign, setup } from 'xstate';
import type { AgreementStatus } from '../schemas/status';
import type { AgreementContext, AgreementInput, ParsedAgreementEvent } from './agreement-schemas';
import type { RefusalExplainer } from './machine-definition';
import { translate } from '../i18n/messages';
import { machineMessages } from '../i18n/messages/machines';

/** The version of the master-agreement acceptance machine's persisted snapshots. */
export const AGREEMENT_MACHINE_VERSION = 1;

/** The event types of the master-agreement acceptance machine. */
export const AGREEMENT_EVENTS = ['ACCEPT', 'DECLINE', 'SUPERSEDE'] as const satisfies readonly ParsedAgreementEvent['type'][];
/** An event type of the master-agreement acceptance machine. */
export type AgreementEventType = (typeof AGREEMENT_EVENTS)[number];

/** The final states of a master-agreement acceptance. */
export const AGREEMENT_TERMINAL_STATES = ['declined', 'superseded'] as const satisfies readonly AgreementStatus[];

type Ev = ParsedAgreementEvent;

/**
 * A partner's acceptance of the master agreement of one policy version: sent → accepted or
 * declined; superseded when a new policy version requires a new acceptance (an accepted one
 * stops counting, a pending one is replaced).
 */
export const agreementMachine = setup({
  types: {} as { context: AgreementContext; events: Ev; input: z.output<typeof AgreementInput> },
  guards: {
    /** The superseding policy version differs from the one this acceptance is about. */
    newPolicyVersion: ({ context, event }) => {
      assertEvent(event, 'SUPERSEDE');
      return event.policyVersion !== context.policyVersion;
    },
  },
  actions: {
    markAccepted: assign(({ event }) => ({ acceptedAt: event.now })),
    markDeclined: assign(({ event }) => {
      assertEvent(event, 'DECLINE');
      return { closedAt: event.now, comment: event.reason ?? null };
    }),
    markSuperseded: assign(({ event }) => {
      assertEvent(event, 'SUPERSEDE');
      return { closedAt: event.now, supersededBy: event.policyVersion };
    }),
  },
}).createMachine({
  id: 'agreement',
  initial: 'sent',
  context: ({ input }) => ({
    policyVersion: input.policyVersion,
    sentAt: input.sentAt,
    acceptedAt: null,
    closedAt: null,
    supersededBy: null,
    comment: null,
  }),
  states: {
    sent: {
      on: {
        ACCEPT: { target: 'accepted', actions: 'markAccepted' },
        DECLINE: { target: 'declined', actions: 'markDeclined' },
        SUPERSEDE: { target: 'superseded', guard: 'newPolicyVersion', actions: 'markSuperseded' },
      },
    },
    accepted: {
      on: { SUPERSEDE: { target: 'superseded', guard: 'newPolicyVersion', actions: 'markSuperseded' } },
    },
    declined: { type: 'final' },
    superseded: { type: 'final' },
  },
});

/** Why each guard of the master-agreement machine refuses an event. */
export const agreementRefusals: Readonly<Record<string, RefusalExplainer<AgreementContext, Ev>>> = {
  newPolicyVersion: () => ({
    reason: 'same_policy_version',
    message: translate(machineMessages, 'same_policy_version'),
  }),
};

/**
 * Whether an acceptance counts for a policy version: it is accepted, and about that version. The
 * workflow reads it to fill the mandate's `ACCEPT` event (`holdsCurrentAgreement`).
 */
export function isCurrentAcceptance(
  snapshot: { readonly status: AgreementStatus; readonly context: AgreementContext },
  policyVersion: string,
): boolean {
  return snapshot.status === 'accepted' && snapshot.context.policyVersion === policyVersion;
}
