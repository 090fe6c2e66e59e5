import type * as z from 'zod';
import { AgreementStatus, AmendmentStatus, ApplicationStatus, MandateStatus, PaymentRequestStatus, TaxSlipStatus } from '../schemas/status';
import { AGREEMENT_EVENTS, AGREEMENT_MACHINE_VERSION, AGREEMENT_TERMINAL_STATES, agreementMachine, agreementRefusals } from './agreement-machine';
import type { AgreementEventType } from './agreement-machine';
import { AgreementContext, AgreementEvent, AgreementInput } from './agreement-schemas';
import { AMENDMENT_EVENTS, AMENDMENT_MACHINE_VERSION, AMENDMENT_TERMINAL_STATES, amendmentMachine } from './amendment-machine';
import type { AmendmentEventType } from './amendment-machine';
import { AmendmentContext, AmendmentEvent, AmendmentInput } from './amendment-schemas';
import {
  APPLICATION_EVENTS,
  APPLICATION_MACHINE_VERSION,
  APPLICATION_TERMINAL_STATES,
  applicationDeadline,
  applicationMachine,
  applicationRefusals,
} from './application-machine';
import type { ApplicationEventType } from './application-machine';
import { ApplicationContext, ApplicationEvent, ApplicationInput } from './application-schemas';
import type { LooseMachineDefinition, MachineDefinition, MachineLabels } from './machine-definition';
import {
  AGREEMENT_LABELS,
  AMENDMENT_LABELS,
  APPLICATION_LABELS,
  MANDATE_LABELS,
  PAYMENT_REQUEST_LABELS,
  TAX_SLIP_LABELS,
} from './machine-labels';
import { MANDATE_EVENTS, MANDATE_MACHINE_VERSION, MANDATE_TERMINAL_STATES, mandateDeadline, mandateMachine, mandateRefusals } from './mandate-machine';
import type { MandateEventType } from './mandate-machine';
import { MandateContext, MandateEvent, MandateInput } from './mandate-schemas';
import {
  PAYMENT_REQUEST_EVENTS,
  PAYMENT_REQUEST_MACHINE_VERSION,
  PAYMENT_REQUEST_TERMINAL_STATES,
  paymentRequestMachine,
  paymentRequestRefusals,
} from './payment-request-machine';
import type { PaymentRequestEventType } from './payment-request-machine';
import { PaymentRequestContext, PaymentRequestEvent, PaymentRequestInput } from './payment-request-schemas';
import { TAX_SLIP_EVENTS, TAX_SLIP_MACHINE_VERSION, TAX_SLIP_TERMINAL_STATES, taxSlipMachine } from './tax-slip-machine';
import type { TaxSlipEventType } from './tax-slip-machine';
import { TaxSlipContext, TaxSlipEvent, TaxSlipInput } from './tax-slip-schemas';

/** The machines of Honoraria, by the name persisted snapshots carry in `machine`. */
export const MACHINE_KINDS = ['mandate', 'amendment', 'agreement', 'payment_request', 'application', 'tax_slip'] as const;
/** The name of a machine. */
export type MachineKind = (typeof MACHINE_KINDS)[number];

interface Types<S extends string, C, E extends { type: string }, P extends { type: string }, I, T extends string> {
  status: S;
  context: C;
  /** An event as a caller writes it. */
  event: E;
  /** An event once validated (defaults filled in). */
  parsedEvent: P;
  input: I;
  eventType: T;
}

/** The types of each machine: its states, context, events and input. */
export interface MachineTypes {
  mandate: Types<MandateStatus, MandateContext, MandateEvent, z.output<typeof MandateEvent>, MandateInput, MandateEventType>;
  amendment: Types<AmendmentStatus, AmendmentContext, AmendmentEvent, z.output<typeof AmendmentEvent>, AmendmentInput, AmendmentEventType>;
  agreement: Types<AgreementStatus, AgreementContext, AgreementEvent, z.output<typeof AgreementEvent>, AgreementInput, AgreementEventType>;
  payment_request: Types<
    PaymentRequestStatus,
    PaymentRequestContext,
    PaymentRequestEvent,
    z.output<typeof PaymentRequestEvent>,
    PaymentRequestInput,
    PaymentRequestEventType
  >;
  application: Types<
    ApplicationStatus,
    ApplicationContext,
    ApplicationEvent,
    z.output<typeof ApplicationEvent>,
    ApplicationInput,
    ApplicationEventType
  >;
  tax_slip: Types<TaxSlipStatus, TaxSlipContext, TaxSlipEvent, z.output<typeof TaxSlipEvent>, TaxSlipInput, TaxSlipEventType>;
}

/** A state of machine `K`. */
export type MachineStatus<K extends MachineKind> = MachineTypes[K]['status'];
/** The context of machine `K`. */
export type MachineContext<K extends MachineKind> = MachineTypes[K]['context'];
/** An event of machine `K`, as a caller writes it. */
export type MachineEvent<K extends MachineKind> = MachineTypes[K]['event'];
/** An event type of machine `K`, such as `'APPROVE'`. */
export type MachineEventType<K extends MachineKind> = MachineTypes[K]['eventType'];
/** What creates machine `K`'s first snapshot. */
export type MachineInput<K extends MachineKind> = MachineTypes[K]['input'];

type DefinitionOf<K extends MachineKind> = MachineDefinition<
  MachineTypes[K]['status'],
  MachineTypes[K]['context'],
  MachineTypes[K]['parsedEvent'],
  MachineTypes[K]['event'],
  MachineTypes[K]['input']
>;

const none = () => null;

/** Every machine's definition. Internal: the public API reads it through the functions below. */
export const MACHINE_DEFINITIONS: { readonly [K in MachineKind]: DefinitionOf<K> } = {
  mandate: {
    version: MANDATE_MACHINE_VERSION,
    machine: mandateMachine,
    states: MandateStatus.options,
    terminalStates: MANDATE_TERMINAL_STATES,
    events: MANDATE_EVENTS,
    inputSchema: MandateInput,
    contextSchema: MandateContext,
    eventSchema: MandateEvent,
    refusals: mandateRefusals,
    deadline: mandateDeadline,
    labels: MANDATE_LABELS,
  },
  amendment: {
    version: AMENDMENT_MACHINE_VERSION,
    machine: amendmentMachine,
    states: AmendmentStatus.options,
    terminalStates: AMENDMENT_TERMINAL_STATES,
    events: AMENDMENT_EVENTS,
    inputSchema: AmendmentInput,
    contextSchema: AmendmentContext,
    eventSchema: AmendmentEvent,
    refusals: {},
    deadline: none,
    labels: AMENDMENT_LABELS,
  },
  agreement: {
    version: AGREEMENT_MACHINE_VERSION,
    machine: agreementMachine,
    states: AgreementStatus.options,
    terminalStates: AGREEMENT_TERMINAL_STATES,
    events: AGREEMENT_EVENTS,
    inputSchema: AgreementInput,
    contextSchema: AgreementContext,
    eventSchema: AgreementEvent,
    refusals: agreementRefusals,
    deadline: none,
    labels: AGREEMENT_LABELS,
  },
  payment_request: {
    version: PAYMENT_REQUEST_MACHINE_VERSION,
    machine: paymentRequestMachine,
    states: PaymentRequestStatus.options,
    terminalStates: PAYMENT_REQUEST_TERMINAL_STATES,
    events: PAYMENT_REQUEST_EVENTS,
    inputSchema: PaymentRequestInput,
    contextSchema: PaymentRequestContext,
    eventSchema: PaymentRequestEvent,
    refusals: paymentRequestRefusals,
    deadline: none,
    labels: PAYMENT_REQUEST_LABELS,
  },
  application: {
    version: APPLICATION_MACHINE_VERSION,
    machine: applicationMachine,
    states: ApplicationStatus.options,
    terminalStates: APPLICATION_TERMINAL_STATES,
    events: APPLICATION_EVENTS,
    inputSchema: ApplicationInput,
    contextSchema: ApplicationContext,
    eventSchema: ApplicationEvent,
    refusals: applicationRefusals,
    deadline: applicationDeadline,
    labels: APPLICATION_LABELS,
  },
  tax_slip: {
    version: TAX_SLIP_MACHINE_VERSION,
    machine: taxSlipMachine,
    states: TaxSlipStatus.options,
    terminalStates: TAX_SLIP_TERMINAL_STATES,
    events: TAX_SLIP_EVENTS,
    inputSchema: TaxSlipInput,
    contextSchema: TaxSlipContext,
    eventSchema: TaxSlipEvent,
    refusals: {},
    deadline: none,
    labels: TAX_SLIP_LABELS,
  },
};

/** The definition of a machine, seen without its specific types (the API validates every value). */
export function definitionOf(kind: MachineKind): LooseMachineDefinition {
  return MACHINE_DEFINITIONS[kind] as unknown as LooseMachineDefinition;
}

function perKind<V>(pick: (definition: LooseMachineDefinition) => V): Readonly<Record<MachineKind, V>> {
  return Object.fromEntries(MACHINE_KINDS.map((kind) => [kind, pick(definitionOf(kind))])) as Record<MachineKind, V>;
}

/** The current version of each machine's persisted snapshots. */
export const MACHINE_VERSIONS: Readonly<Record<MachineKind, number>> = perKind((d) => d.version);

/** The states of each machine (the `options` of its zod enum in `schemas/status.ts`). */
export const MACHINE_STATES = perKind((d) => d.states) as { readonly [K in MachineKind]: readonly MachineStatus<K>[] };

/** The final states of each machine: they refuse every event. */
export const MACHINE_TERMINAL_STATES = perKind((d) => d.terminalStates) as {
  readonly [K in MachineKind]: readonly MachineStatus<K>[];
};

/** The event types of each machine. */
export const MACHINE_EVENTS = perKind((d) => d.events) as { readonly [K in MachineKind]: readonly MachineEventType<K>[] };

/** The FR/EN names of each machine, its states and its events. */
export const MACHINE_LABELS = perKind((d) => d.labels) as {
  readonly [K in MachineKind]: MachineLabels<MachineStatus<K>, MachineEventType<K>>;
};

