import fc from 'fast-check';
import type { MachineEvent, MachineEventType, MachineKind } from '../../src/machines/machine-registry';
import { CompensationMode } from '../../src/schemas/compensation-preference';

/**
 * fast-check arbitraries of well-formed events for every machine: every field has the right
 * shape, while times, flags and references vary so that guards both pass and refuse.
 */

type ByType<K extends MachineKind> = { readonly [T in MachineEventType<K>]: fc.Arbitrary<Extract<MachineEvent<K>, { type: T }>> };

const WINDOW = { min: Date.parse('2025-12-01T00:00:00Z'), max: Date.parse('2026-07-01T00:00:00Z') };

/** An instant in the months around the fixtures' dates. */
export const instant = fc.integer(WINDOW).map((ms) => new Date(ms).toISOString());
const date = fc.constantFrom('2026-01-15', '2026-02-01', '2026-03-31', '2026-05-31');
const note = fc.constantFrom('Raison donnée.', 'Commentaire de l’approbateur.', 'Motif : calendrier.');
const at = <T extends string>(type: T) => fc.record({ type: fc.constant(type), now: instant });
const withNote = <T extends string, K extends string>(type: T, key: K) =>
  fc
    .record({ now: instant, text: note })
    .map(({ now, text }) => ({ type, now, [key]: text }) as { type: T; now: string } & Record<K, string>);
const maybeNote = <T extends string>(type: T) =>
  fc.record({ type: fc.constant(type), now: instant, reason: note }, { requiredKeys: ['type', 'now'] });

const mandate: ByType<'mandate'> = {
  EDIT: fc.record({ type: fc.constant('EDIT'), now: instant, changes: fc.record({ startDate: date, endDate: date }, { requiredKeys: [] }) }),
  SUBMIT: at('SUBMIT'),
  APPROVE: at('APPROVE'),
  REQUEST_CHANGES: withNote('REQUEST_CHANGES', 'comment'),
  REJECT: withNote('REJECT', 'reason'),
  SEND: fc.record({
    type: fc.constant('SEND'),
    now: instant,
    offerExpiresAt: fc.option(instant, { nil: null }),
    compensationMode: fc.constantFrom(...CompensationMode.options),
    hasPaymentProfile: fc.boolean(),
  }),
  ACCEPT: fc.record({ type: fc.constant('ACCEPT'), now: instant, holdsCurrentAgreement: fc.boolean(), acceptsAgreementNow: fc.boolean() }),
  DECLINE: maybeNote('DECLINE'),
  EXPIRE_OFFER: at('EXPIRE_OFFER'),
  ACTIVATE: at('ACTIVATE'),
  APPLY_AMENDMENT: fc.record({
    type: fc.constant('APPLY_AMENDMENT'),
    now: instant,
    amendmentId: fc.constantFrom('amd-1', 'amd-2'),
    changes: fc.record({ startDate: date, endDate: date }, { requiredKeys: [] }),
  }),
  COMPLETE: at('COMPLETE'),
  CANCEL: withNote('CANCEL', 'reason'),
  EXPIRE: fc.record({ type: fc.constant('EXPIRE'), now: instant, hasActivity: fc.boolean() }),
};

const amendment: ByType<'amendment'> = {
  APPROVE: at('APPROVE'),
  REJECT: withNote('REJECT', 'reason'),
  ACCEPT: at('ACCEPT'),
  DECLINE: maybeNote('DECLINE'),
  WITHDRAW: maybeNote('WITHDRAW'),
};

const agreement: ByType<'agreement'> = {
  ACCEPT: at('ACCEPT'),
  DECLINE: maybeNote('DECLINE'),
  SUPERSEDE: fc.record({ type: fc.constant('SUPERSEDE'), now: instant, policyVersion: fc.constantFrom('policy-2026-1', 'policy-2026-2') }),
};

const lineId = fc.constantFrom('l1', 'l2', 'l3');
const line = fc.oneof(
  fc.record({ lineId, target: fc.constant('entry' as const), minutes: fc.integer({ min: 0, max: 600 }), amountCents: fc.constant(null) }),
  fc.record({ lineId, target: fc.constant('expense' as const), minutes: fc.constant(null), amountCents: fc.integer({ min: 0, max: 50_000 }) }),
);
const decision = fc.oneof(
  fc.record({ lineId, decision: fc.constant('accepted' as const) }),
  fc.record({ lineId, decision: fc.constant('rejected' as const), comment: note }),
  fc.record({ lineId, decision: fc.constant('adjusted' as const), adjustedMinutes: fc.integer({ min: 0, max: 600 }), comment: note }),
  fc.record({ lineId, decision: fc.constant('adjusted' as const), adjustedAmountCents: fc.integer({ min: 0, max: 50_000 }), comment: note }),
);
const decisions = (minLength: number) => fc.uniqueArray(decision, { selector: (d) => d.lineId, minLength, maxLength: 3 });

const paymentRequest: ByType<'payment_request'> = {
  EDIT: fc.record({ type: fc.constant('EDIT'), now: instant, lines: fc.uniqueArray(line, { selector: (l) => l.lineId, maxLength: 3 }) }),
  SUBMIT: at('SUBMIT'),
  START_REVIEW: at('START_REVIEW'),
  DECIDE_LINES: fc.record({ type: fc.constant('DECIDE_LINES'), now: instant, decisions: decisions(1) }),
  APPROVE: fc.record({ type: fc.constant('APPROVE'), now: instant, decisions: decisions(0), comment: note }, { requiredKeys: ['type', 'now'] }),
  REQUEST_CHANGES: fc.record({ type: fc.constant('REQUEST_CHANGES'), now: instant, comment: note, decisions: decisions(0) }, { requiredKeys: ['type', 'now', 'comment'] }),
  REJECT: withNote('REJECT', 'reason'),
  WITHDRAW: maybeNote('WITHDRAW'),
  FORWARD: at('FORWARD'),
  START_PROCESSING: at('START_PROCESSING'),
  MARK_PAID: fc.record({ type: fc.constant('MARK_PAID'), now: instant, reference: fc.constantFrom('EFT-1', 'CHQ-22') }, { requiredKeys: ['type', 'now'] }),
  FAIL_PAYMENT: withNote('FAIL_PAYMENT', 'reason'),
  RETRY_PAYMENT: at('RETRY_PAYMENT'),
  REVERSE: withNote('REVERSE', 'reason'),
};

const application: ByType<'application'> = {
  SCHEDULE_PHONE_INTERVIEW: fc.record({ type: fc.constant('SCHEDULE_PHONE_INTERVIEW'), now: instant, at: instant }),
  COMPLETE_PHONE_INTERVIEW: at('COMPLETE_PHONE_INTERVIEW'),
  SCHEDULE_JOINT_INTERVIEW: fc.record({ type: fc.constant('SCHEDULE_JOINT_INTERVIEW'), now: instant, at: instant }),
  RECORD_DOCUMENT: fc.record({
    type: fc.constant('RECORD_DOCUMENT'),
    now: instant,
    document: fc.constantFrom('resume', 'photo_id', 'police_check'),
    verified: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  }),
  COMPLETE_JOINT_INTERVIEW: at('COMPLETE_JOINT_INTERVIEW'),
  ACCEPT: at('ACCEPT'),
  START_REGISTRATION: fc.record({ type: fc.constant('START_REGISTRATION'), now: instant, volunteerServiceRef: fc.constantFrom('BEN-1', 'BEN-2') }, { requiredKeys: ['type', 'now'] }),
  SCHEDULE_ORIENTATION: fc.record(
    { type: fc.constant('SCHEDULE_ORIENTATION'), now: instant, at: instant, volunteerServiceRef: fc.constantFrom('BEN-1', 'BEN-2') },
    { requiredKeys: ['type', 'now', 'at'] },
  ),
  COMPLETE_ORIENTATION: at('COMPLETE_ORIENTATION'),
  PUT_ON_HOLD: withNote('PUT_ON_HOLD', 'reason'),
  RESUME: at('RESUME'),
  DECLINE: withNote('DECLINE', 'reason'),
  WITHDRAW: maybeNote('WITHDRAW'),
};

const taxSlip: ByType<'tax_slip'> = {
  GENERATE: fc.record({ type: fc.constant('GENERATE'), now: instant, amountCents: fc.integer({ min: 0, max: 5_000_000 }) }),
  ISSUE: at('ISSUE'),
  AMEND: fc.record({ type: fc.constant('AMEND'), now: instant, amountCents: fc.integer({ min: 0, max: 5_000_000 }), reason: note }),
  CANCEL: withNote('CANCEL', 'reason'),
};

/** Well-formed events of every machine, by event type. */
export const EVENTS_BY_TYPE: { readonly [K in MachineKind]: ByType<K> } = {
  mandate,
  amendment,
  agreement,
  payment_request: paymentRequest,
  application,
  tax_slip: taxSlip,
};

/** Well-formed events of a machine, of any type. */
export function anyEvent<K extends MachineKind>(kind: K): fc.Arbitrary<MachineEvent<K>> {
  return fc.oneof(...(Object.values(EVENTS_BY_TYPE[kind]) as fc.Arbitrary<MachineEvent<K>>[]));
}

/** How a step chooses its event type. */
export type StepMode = 'any' | 'allowed' | 'onward';

/** One candidate event of every type, and a choice among them: a step of a steered sequence. */
export interface Step<K extends MachineKind> {
  readonly candidates: Readonly<Record<MachineEventType<K>, MachineEvent<K>>>;
  /**
   * `any`: any event type (5 %); `allowed`: one the state accepts (10 %); `onward`: one the
   * state accepts that does not end the lifecycle (85 %), so sequences reach deep states.
   */
  readonly mode: StepMode;
  /** Which of the eligible types (modulo their number). */
  readonly pick: number;
  /** How far the clock moves before the step (0 to 7 days, in milliseconds). */
  readonly advance: number;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * The event moved in time so that its `now` is `clockMs`: every instant field moves by the same
 * amount, so an offer deadline or an interview date keeps its random distance to `now`.
 */
export function retime<E extends { now: string }>(event: E, clockMs: number): E {
  const shift = clockMs - Date.parse(event.now);
  const moved = Object.entries(event).map(([key, value]) => [
    key,
    typeof value === 'string' && INSTANT.test(value) ? new Date(Date.parse(value) + shift).toISOString() : value,
  ]);
  return Object.fromEntries(moved) as E;
}

/**
 * Steps of a sequence that mostly sends events the current state accepts (their data still
 * random, so guards may refuse), to reach deep into the lifecycle, and sometimes any event.
 */
export function steps<K extends MachineKind>(kind: K, maxLength: number): fc.Arbitrary<Step<K>[]> {
  const step = fc.record({
    candidates: fc.record(EVENTS_BY_TYPE[kind] as unknown as Record<string, fc.Arbitrary<MachineEvent<K>>>),
    mode: fc.integer({ min: 0, max: 19 }).map((n): StepMode => (n === 0 ? 'any' : n <= 2 ? 'allowed' : 'onward')),
    pick: fc.nat(),
    advance: fc.integer({ min: 0, max: 7 * 86_400_000 }),
  });
  return fc.array(step, { maxLength }) as unknown as fc.Arbitrary<Step<K>[]>;
}
