import { expect } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import type { AgreementContext } from '../../src/machines/agreement-schemas';
import type { AmendmentContext } from '../../src/machines/amendment-schemas';
import type { ApplicationContext } from '../../src/machines/application-schemas';
import type { MachineEvent, MachineEventType, MachineKind, MachineStatus } from '../../src/machines/machine-registry';
import type { MandateContext } from '../../src/machines/mandate-schemas';
import type { PaymentRequestContext } from '../../src/machines/payment-request-schemas';
import type { PersistedSnapshot } from '../../src/machines/persisted-snapshot';
import { MACHINE_VERSIONS } from '../../src/machines/machine-registry';
import type { TaxSlipContext } from '../../src/machines/tax-slip-schemas';

/**
 * Fixtures for the machine tests: one context per machine in which every guard of the sample
 * events passes, and one sample event per event type.
 */

export const MANDATE_CONTEXT: MandateContext = {
  startDate: '2026-02-01',
  endDate: '2026-03-31',
  timeZone: 'America/Toronto',
  offerExpiresAt: '2026-01-20T05:00:00.000Z',
  submittedAt: '2026-01-02T15:00:00.000Z',
  approvedAt: '2026-01-03T15:00:00.000Z',
  sentAt: '2026-01-06T15:00:00.000Z',
  acceptedAt: '2026-01-10T15:00:00.000Z',
  activatedAt: null,
  closedAt: null,
  acceptedWithAgreement: false,
  appliedAmendmentIds: [],
  comment: null,
};

export const MANDATE_EVENTS_SAMPLE: { [T in MachineEventType<'mandate'>]: Extract<MachineEvent<'mandate'>, { type: T }> } = {
  EDIT: { type: 'EDIT', now: '2026-01-05T15:00:00Z', changes: { endDate: '2026-04-30' } },
  SUBMIT: { type: 'SUBMIT', now: '2026-01-05T15:00:00Z' },
  APPROVE: { type: 'APPROVE', now: '2026-01-05T16:00:00Z' },
  REQUEST_CHANGES: { type: 'REQUEST_CHANGES', now: '2026-01-05T16:00:00Z', comment: 'Préciser les activités prévues.' },
  REJECT: { type: 'REJECT', now: '2026-01-05T16:00:00Z', reason: 'Projet abandonné.' },
  SEND: {
    type: 'SEND',
    now: '2026-01-06T15:00:00Z',
    offerExpiresAt: '2026-01-20T05:00:00Z',
    compensationMode: 'accept',
    hasPaymentProfile: true,
  },
  ACCEPT: { type: 'ACCEPT', now: '2026-01-10T15:00:00Z', holdsCurrentAgreement: true, acceptsAgreementNow: false },
  DECLINE: { type: 'DECLINE', now: '2026-01-10T15:00:00Z' },
  EXPIRE_OFFER: { type: 'EXPIRE_OFFER', now: '2026-01-21T00:00:00Z' },
  ACTIVATE: { type: 'ACTIVATE', now: '2026-02-01T05:00:00Z' },
  APPLY_AMENDMENT: { type: 'APPLY_AMENDMENT', now: '2026-02-15T15:00:00Z', amendmentId: 'amd-1', changes: { endDate: '2026-05-31' } },
  COMPLETE: { type: 'COMPLETE', now: '2026-03-31T20:00:00Z' },
  CANCEL: { type: 'CANCEL', now: '2026-02-15T15:00:00Z', reason: 'Le projet prend fin plus tôt.' },
  EXPIRE: { type: 'EXPIRE', now: '2026-04-01T12:00:00Z', hasActivity: false },
};

export const AMENDMENT_CONTEXT: AmendmentContext = {
  mandateId: 'mandate-1',
  requestedAt: '2026-02-10T15:00:00.000Z',
  approvedAt: null,
  closedAt: null,
  comment: null,
};

export const AMENDMENT_EVENTS_SAMPLE: { [T in MachineEventType<'amendment'>]: Extract<MachineEvent<'amendment'>, { type: T }> } = {
  APPROVE: { type: 'APPROVE', now: '2026-02-11T15:00:00Z' },
  REJECT: { type: 'REJECT', now: '2026-02-11T15:00:00Z', reason: 'Budget insuffisant.' },
  ACCEPT: { type: 'ACCEPT', now: '2026-02-12T15:00:00Z' },
  DECLINE: { type: 'DECLINE', now: '2026-02-12T15:00:00Z' },
  WITHDRAW: { type: 'WITHDRAW', now: '2026-02-12T15:00:00Z', reason: 'Plus nécessaire.' },
};

export const AGREEMENT_CONTEXT: AgreementContext = {
  policyVersion: 'policy-2026-1',
  sentAt: '2026-01-06T15:00:00.000Z',
  acceptedAt: null,
  closedAt: null,
  supersededBy: null,
  comment: null,
};

export const AGREEMENT_EVENTS_SAMPLE: { [T in MachineEventType<'agreement'>]: Extract<MachineEvent<'agreement'>, { type: T }> } = {
  ACCEPT: { type: 'ACCEPT', now: '2026-01-10T15:00:00Z' },
  DECLINE: { type: 'DECLINE', now: '2026-01-10T15:00:00Z', reason: 'Je préfère attendre.' },
  SUPERSEDE: { type: 'SUPERSEDE', now: '2026-06-01T15:00:00Z', policyVersion: 'policy-2026-2' },
};

export const PAYMENT_REQUEST_CONTEXT: PaymentRequestContext = {
  lines: [
    { lineId: 'l1', target: 'entry', minutes: 90, amountCents: null },
    { lineId: 'l2', target: 'expense', minutes: null, amountCents: 1250 },
  ],
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
};

export const PAYMENT_REQUEST_EVENTS_SAMPLE: {
  [T in MachineEventType<'payment_request'>]: Extract<MachineEvent<'payment_request'>, { type: T }>;
} = {
  EDIT: { type: 'EDIT', now: '2026-03-01T15:00:00Z', lines: PAYMENT_REQUEST_CONTEXT.lines },
  SUBMIT: { type: 'SUBMIT', now: '2026-03-01T15:00:00Z' },
  START_REVIEW: { type: 'START_REVIEW', now: '2026-03-01T15:01:00Z' },
  DECIDE_LINES: {
    type: 'DECIDE_LINES',
    now: '2026-03-02T15:00:00Z',
    decisions: [{ lineId: 'l1', decision: 'adjusted', adjustedMinutes: 60, comment: 'La réunion a duré une heure.' }],
  },
  APPROVE: { type: 'APPROVE', now: '2026-03-02T15:00:00Z' },
  REQUEST_CHANGES: { type: 'REQUEST_CHANGES', now: '2026-03-02T15:00:00Z', comment: 'Joindre le reçu du stationnement.' },
  REJECT: { type: 'REJECT', now: '2026-03-02T15:00:00Z', reason: 'Activité hors mandat.' },
  WITHDRAW: { type: 'WITHDRAW', now: '2026-03-02T15:00:00Z' },
  FORWARD: { type: 'FORWARD', now: '2026-03-03T15:00:00Z' },
  START_PROCESSING: { type: 'START_PROCESSING', now: '2026-03-04T15:00:00Z' },
  MARK_PAID: { type: 'MARK_PAID', now: '2026-03-10T15:00:00Z', reference: 'EFT-000123' },
  FAIL_PAYMENT: { type: 'FAIL_PAYMENT', now: '2026-03-10T15:00:00Z', reason: 'Compte refusé par l’institution.' },
  RETRY_PAYMENT: { type: 'RETRY_PAYMENT', now: '2026-03-12T15:00:00Z' },
  REVERSE: { type: 'REVERSE', now: '2026-04-01T15:00:00Z', reason: 'Paiement versé en double.' },
};

export const APPLICATION_CONTEXT: ApplicationContext = {
  receivedAt: '2026-03-01T15:00:00.000Z',
  timeZone: 'America/Toronto',
  phoneInterviewDueDays: 30,
  phoneInterviewDueAt: '2026-03-31T14:00:00.000Z',
  phoneInterviewAt: null,
  phoneInterviewDoneAt: null,
  jointInterviewAt: null,
  jointInterviewDoneAt: null,
  documents: { resume: true, photo_id: true },
  acceptedAt: null,
  volunteerServiceRef: null,
  orientationAt: null,
  activatedAt: null,
  heldFrom: null,
  closedAt: null,
  comment: null,
};

export const APPLICATION_EVENTS_SAMPLE: {
  [T in MachineEventType<'application'>]: Extract<MachineEvent<'application'>, { type: T }>;
} = {
  SCHEDULE_PHONE_INTERVIEW: { type: 'SCHEDULE_PHONE_INTERVIEW', now: '2026-03-02T15:00:00Z', at: '2026-03-10T14:00:00Z' },
  COMPLETE_PHONE_INTERVIEW: { type: 'COMPLETE_PHONE_INTERVIEW', now: '2026-03-10T15:00:00Z' },
  SCHEDULE_JOINT_INTERVIEW: { type: 'SCHEDULE_JOINT_INTERVIEW', now: '2026-03-10T15:00:00Z', at: '2026-03-20T14:00:00Z' },
  RECORD_DOCUMENT: { type: 'RECORD_DOCUMENT', now: '2026-03-20T15:00:00Z', document: 'resume', verified: true },
  COMPLETE_JOINT_INTERVIEW: { type: 'COMPLETE_JOINT_INTERVIEW', now: '2026-03-20T15:00:00Z' },
  ACCEPT: { type: 'ACCEPT', now: '2026-03-21T15:00:00Z' },
  START_REGISTRATION: { type: 'START_REGISTRATION', now: '2026-03-22T15:00:00Z', volunteerServiceRef: 'BEN-2026-042' },
  SCHEDULE_ORIENTATION: { type: 'SCHEDULE_ORIENTATION', now: '2026-03-23T15:00:00Z', at: '2026-04-02T13:00:00Z' },
  COMPLETE_ORIENTATION: { type: 'COMPLETE_ORIENTATION', now: '2026-04-02T16:00:00Z' },
  PUT_ON_HOLD: { type: 'PUT_ON_HOLD', now: '2026-03-05T15:00:00Z', reason: 'Absence de la candidate pendant un mois.' },
  RESUME: { type: 'RESUME', now: '2026-04-05T15:00:00Z' },
  DECLINE: { type: 'DECLINE', now: '2026-03-05T15:00:00Z', reason: 'Critères d’admissibilité non remplis.' },
  WITHDRAW: { type: 'WITHDRAW', now: '2026-03-05T15:00:00Z' },
};

export const TAX_SLIP_CONTEXT: TaxSlipContext = {
  year: 2026,
  amountCents: 62_500,
  generatedAt: '2027-01-15T15:00:00.000Z',
  issuedAt: null,
  amendedAt: null,
  amendments: 0,
  cancelledAt: null,
  comment: null,
};

export const TAX_SLIP_EVENTS_SAMPLE: { [T in MachineEventType<'tax_slip'>]: Extract<MachineEvent<'tax_slip'>, { type: T }> } = {
  GENERATE: { type: 'GENERATE', now: '2027-01-15T15:00:00Z', amountCents: 62_500 },
  ISSUE: { type: 'ISSUE', now: '2027-02-20T15:00:00Z' },
  AMEND: { type: 'AMEND', now: '2027-04-01T15:00:00Z', amountCents: 50_000, reason: 'Paiement annulé en mars.' },
  CANCEL: { type: 'CANCEL', now: '2027-04-01T15:00:00Z', reason: 'Montant sous le seuil après annulation.' },
};

const CONTEXTS = {
  mandate: MANDATE_CONTEXT,
  amendment: AMENDMENT_CONTEXT,
  agreement: AGREEMENT_CONTEXT,
  payment_request: PAYMENT_REQUEST_CONTEXT,
  application: APPLICATION_CONTEXT,
  tax_slip: TAX_SLIP_CONTEXT,
} as const;

/** The sample events of every machine. */
export const SAMPLE_EVENTS: { readonly [K in MachineKind]: Readonly<Record<MachineEventType<K>, MachineEvent<K>>> } = {
  mandate: MANDATE_EVENTS_SAMPLE,
  amendment: AMENDMENT_EVENTS_SAMPLE,
  agreement: AGREEMENT_EVENTS_SAMPLE,
  payment_request: PAYMENT_REQUEST_EVENTS_SAMPLE,
  application: APPLICATION_EVENTS_SAMPLE,
  tax_slip: TAX_SLIP_EVENTS_SAMPLE,
};

/**
 * A current-version snapshot of a machine in a state, with the fixture context (an application
 * on hold was put on hold after its phone interview).
 */
export function snapshotIn<K extends MachineKind>(kind: K, status: MachineStatus<K>): PersistedSnapshot<K> {
  const base = structuredClone(CONTEXTS[kind]);
  const context = kind === 'application' && status === 'on_hold' ? { ...base, heldFrom: 'phone_interview_done' } : base;
  return { machine: kind, version: MACHINE_VERSIONS[kind], status, context } as unknown as PersistedSnapshot<K>;
}

/** What an `invalid_transition` error must say. */
export interface ExpectedRefusal {
  readonly machine: MachineKind;
  readonly from: string;
  readonly event: string;
  /** The guard's reason; absent when the state does not accept the event at all. */
  readonly reason?: string;
}

/** Runs `act`, expecting an `invalid_transition` error with exactly these details. */
export function expectRefusal(act: () => unknown, expected: ExpectedRefusal): HonorariaError {
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HonorariaError);
  const error = thrown as HonorariaError;
  expect(error.code).toBe('invalid_transition');
  expect(error.details).toEqual(expected);
  expect(error.messages.fr.length).toBeGreaterThan(0);
  expect(error.messages.en.length).toBeGreaterThan(0);
  return error;
}

/** Runs `act`, expecting a `validation_failed` error; returns it. */
export function expectValidationError(act: () => unknown): HonorariaError {
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HonorariaError);
  expect((thrown as HonorariaError).code).toBe('validation_failed');
  return thrown as HonorariaError;
}
