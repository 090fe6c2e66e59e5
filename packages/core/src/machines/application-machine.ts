import type * as z from 'zod';
import { assertEvent, assign, setup } from 'xstate';
import type { ApplicationStatus } from '../schemas/status';
import type { ApplicationContext, ApplicationInput, HoldableApplicationStatus, ParsedApplicationEvent } from './application-schemas';
import { HoldableApplicationStatus as Holdable } from './application-schemas';
import { withinDaysOfInstant } from '../time/deadline';
import type { Deadline, RefusalExplainer } from './machine-definition';
import { translate } from '../i18n/messages';
import { machineMessages } from '../i18n/messages/machines';

/** The version of the volunteer application machine's persisted snapshots. */
export const APPLICATION_MACHINE_VERSION = 1;

/** The event types of the volunteer application machine, in the order of the lifecycle. */
export const APPLICATION_EVENTS = [
  'SCHEDULE_PHONE_INTERVIEW',
  'COMPLETE_PHONE_INTERVIEW',
  'SCHEDULE_JOINT_INTERVIEW',
  'RECORD_DOCUMENT',
  'COMPLETE_JOINT_INTERVIEW',
  'ACCEPT',
  'START_REGISTRATION',
  'SCHEDULE_ORIENTATION',
  'COMPLETE_ORIENTATION',
  'PUT_ON_HOLD',
  'RESUME',
  'DECLINE',
  'WITHDRAW',
] as const satisfies readonly ParsedApplicationEvent['type'][];
/** An event type of the volunteer application machine. */
export type ApplicationEventType = (typeof APPLICATION_EVENTS)[number];

/** The final states of an application: the applicant is an active volunteer, or it ended. */
export const APPLICATION_TERMINAL_STATES = ['active', 'declined', 'withdrawn'] as const satisfies readonly ApplicationStatus[];

type Ctx = ApplicationContext;
type Ev = ParsedApplicationEvent;

const missingDocuments = (context: Ctx): string[] => Object.keys(context.documents).filter((code) => context.documents[code] !== true);

const ends = {
  DECLINE: { target: 'declined', actions: 'close' },
  WITHDRAW: { target: 'withdrawn', actions: 'close' },
} as const;

/** How an application leaves a step: on hold (remembering the step), declined, or withdrawn. */
const exitsFrom = (from: HoldableApplicationStatus) =>
  ({ PUT_ON_HOLD: { target: 'on_hold', actions: { type: 'hold', params: { from } } }, ...ends }) as const;

/**
 * The volunteer ("partner user") application of the CISSS de l’Outaouais: phone interview within
 * 30 days of receipt, joint interview with the document checklist (résumé, two photo IDs),
 * acceptance, registration with the volunteer service, orientation, active. It can be put on hold
 * (and resumed where it was), declined or withdrawn at any step.
 */
export const applicationMachine = setup({
  types: {} as { context: Ctx; events: Ev; input: z.output<typeof ApplicationInput> },
  guards: {
    /** The résumé and both photo IDs are verified. */
    documentsComplete: ({ context }) => missingDocuments(context).length === 0,
    knownDocument: ({ context, event }) => event.type === 'RECORD_DOCUMENT' && Object.hasOwn(context.documents, event.document),
    /** The application was put on hold from this state. */
    heldFrom: ({ context }, params: { status: HoldableApplicationStatus }) => context.heldFrom === params.status,
  },
  actions: {
    schedulePhone: assign(({ event }) => {
      assertEvent(event, 'SCHEDULE_PHONE_INTERVIEW');
      return { phoneInterviewAt: event.at };
    }),
    completePhone: assign(({ event }) => ({ phoneInterviewDoneAt: event.now })),
    scheduleJoint: assign(({ event }) => {
      assertEvent(event, 'SCHEDULE_JOINT_INTERVIEW');
      return { jointInterviewAt: event.at };
    }),
    recordDocument: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_DOCUMENT');
      return { documents: { ...context.documents, [event.document]: event.verified } };
    }),
    completeJoint: assign(({ event }) => ({ jointInterviewDoneAt: event.now })),
    markAccepted: assign(({ event }) => ({ acceptedAt: event.now })),
    startRegistration: assign(({ context, event }) => {
      assertEvent(event, 'START_REGISTRATION');
      return { volunteerServiceRef: event.volunteerServiceRef ?? context.volunteerServiceRef };
    }),
    scheduleOrientation: assign(({ context, event }) => {
      assertEvent(event, 'SCHEDULE_ORIENTATION');
      return { orientationAt: event.at, volunteerServiceRef: event.volunteerServiceRef ?? context.volunteerServiceRef };
    }),
    activate: assign(({ event }) => ({ activatedAt: event.now })),
    hold: assign(({ event }, params: { from: HoldableApplicationStatus }) => {
      assertEvent(event, 'PUT_ON_HOLD');
      return { heldFrom: params.from, comment: event.reason };
    }),
    resume: assign(() => ({ heldFrom: null })),
    close: assign(({ event }) => {
      assertEvent(event, ['DECLINE', 'WITHDRAW']);
      return { closedAt: event.now, heldFrom: null, comment: event.reason ?? null };
    }),
  },
}).createMachine({
  id: 'application',
  initial: 'submitted',
  context: ({ input }) => ({
    receivedAt: input.receivedAt,
    timeZone: input.timeZone,
    phoneInterviewDueDays: input.phoneInterviewDueDays,
    phoneInterviewDueAt: withinDaysOfInstant(input.receivedAt, input.phoneInterviewDueDays, input.timeZone).overdueAt,
    phoneInterviewAt: null,
    phoneInterviewDoneAt: null,
    jointInterviewAt: null,
    jointInterviewDoneAt: null,
    documents: Object.fromEntries(input.requiredDocuments.map((code) => [code, false])),
    acceptedAt: null,
    volunteerServiceRef: null,
    orientationAt: null,
    activatedAt: null,
    heldFrom: null,
    closedAt: null,
    comment: null,
  }),
  states: {
    submitted: {
      on: { SCHEDULE_PHONE_INTERVIEW: { target: 'phone_interview_scheduled', actions: 'schedulePhone' }, ...exitsFrom('submitted') },
    },
    phone_interview_scheduled: {
      on: {
        SCHEDULE_PHONE_INTERVIEW: { actions: 'schedulePhone' },
        COMPLETE_PHONE_INTERVIEW: { target: 'phone_interview_done', actions: 'completePhone' },
        ...exitsFrom('phone_interview_scheduled'),
      },
    },
    phone_interview_done: {
      on: { SCHEDULE_JOINT_INTERVIEW: { target: 'joint_interview_scheduled', actions: 'scheduleJoint' }, ...exitsFrom('phone_interview_done') },
    },
    joint_interview_scheduled: {
      on: {
        SCHEDULE_JOINT_INTERVIEW: { actions: 'scheduleJoint' },
        RECORD_DOCUMENT: { guard: 'knownDocument', actions: 'recordDocument' },
        COMPLETE_JOINT_INTERVIEW: { target: 'joint_interview_done', actions: 'completeJoint' },
        ...exitsFrom('joint_interview_scheduled'),
      },
    },
    joint_interview_done: {
      on: {
        RECORD_DOCUMENT: { guard: 'knownDocument', actions: 'recordDocument' },
        ACCEPT: { target: 'accepted', guard: 'documentsComplete', actions: 'markAccepted' },
        ...exitsFrom('joint_interview_done'),
      },
    },
    accepted: {
      on: { START_REGISTRATION: { target: 'volunteer_registration', actions: 'startRegistration' }, ...exitsFrom('accepted') },
    },
    volunteer_registration: {
      on: { SCHEDULE_ORIENTATION: { target: 'orientation_scheduled', actions: 'scheduleOrientation' }, ...exitsFrom('volunteer_registration') },
    },
    orientation_scheduled: {
      on: {
        SCHEDULE_ORIENTATION: { actions: 'scheduleOrientation' },
        COMPLETE_ORIENTATION: { target: 'active', actions: 'activate' },
        ...exitsFrom('orientation_scheduled'),
      },
    },
    on_hold: {
      on: {
        RESUME: Holdable.options.map((status) => ({
          target: status,
          guard: { type: 'heldFrom' as const, params: { status } },
          actions: 'resume' as const,
        })),
        ...ends,
      },
    },
    active: { type: 'final' },
    declined: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** Why each guard of the volunteer application machine refuses an event. */
export const applicationRefusals: Readonly<Record<string, RefusalExplainer<Ctx, Ev>>> = {
  documentsComplete: (context) => {
    const missing = missingDocuments(context);
    return {
      reason: 'documents_incomplete',
      message: translate(machineMessages, 'documents_incomplete', { missing: missing.join(', ') }),
    };
  },
  knownDocument: (context) => ({
    reason: 'unknown_document',
    message: translate(machineMessages, 'unknown_document', { list: Object.keys(context.documents).join(', ') || '—' }),
  }),
  heldFrom: () => ({
    reason: 'hold_origin_unknown',
    message: translate(machineMessages, 'hold_origin_unknown'),
  }),
};

/** The phone interview deadline, while the phone interview is still to be held. */
export function applicationDeadline(status: ApplicationStatus, context: Ctx): Deadline<ApplicationEventType> | null {
  return status === 'submitted' || status === 'phone_interview_scheduled'
    ? { at: context.phoneInterviewDueAt, kind: 'phone_interview', event: null }
    : null;
}
