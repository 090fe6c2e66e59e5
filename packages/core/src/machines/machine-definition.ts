import type * as z from 'zod';
import type { AnyStateMachine } from 'xstate';
import type { LocalizedText } from '../i18n/lang';

/** Why a guard refused an event: a stable reason code and a message in both languages. */
export interface Refusal {
  /** A stable code, such as `agreement_required` or `documents_incomplete`. */
  readonly reason: string;
  /** What the person can do about it, in French and English. */
  readonly message: LocalizedText;
}

/** Explains, for one named guard, why it refused an event in a context. */
export type RefusalExplainer<C, E> = (context: C, event: E) => Refusal;

/** What a deadline of a state is about. */
export type DeadlineKind = 'offer_expiry' | 'activation' | 'end_of_term' | 'phone_interview';

/**
 * The deadline of a snapshot's current state: when it falls, what it is about, and the event the
 * workflow sends when it has passed (`null` when it only makes something overdue).
 */
export interface Deadline<T extends string = string> {
  /** The instant the deadline falls (ISO 8601, UTC), ready for the storage index `dueAt`. */
  readonly at: string;
  readonly kind: DeadlineKind;
  readonly event: T | null;
}

/** The FR/EN names of a machine, its states and its events. */
export interface MachineLabels<S extends string, T extends string> {
  /** The subject, with its article, as it starts a sentence: « le mandat », "the mandate". */
  readonly subject: LocalizedText;
  readonly states: Readonly<Record<S, LocalizedText>>;
  readonly events: Readonly<Record<T, LocalizedText>>;
}

/**
 * Everything the uniform machine API needs about one machine: the XState machine, its version,
 * its state and event names, the zod schemas of its input, context and events, why its guards
 * refuse, and its deadlines.
 */
export interface MachineDefinition<S extends string, C, E extends { type: string }, EIn, I> {
  readonly version: number;
  readonly machine: AnyStateMachine;
  readonly states: readonly S[];
  readonly terminalStates: readonly S[];
  readonly events: readonly E['type'][];
  readonly inputSchema: z.ZodType<unknown, I>;
  readonly contextSchema: z.ZodType<C>;
  readonly eventSchema: z.ZodType<E, EIn>;
  /** The explanation of every guard used by an event transition, by guard name. */
  readonly refusals: Readonly<Record<string, RefusalExplainer<C, E>>>;
  readonly deadline: (status: S, context: C) => Deadline<E['type']> | null;
  readonly labels: MachineLabels<S, E['type']>;
}

/** A machine definition seen without its specific types; the uniform API validates every value it passes. */
export type LooseMachineDefinition = MachineDefinition<string, unknown, { type: string; now: string }, unknown, unknown>;
