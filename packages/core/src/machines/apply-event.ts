import type { AnyMachineSnapshot } from 'xstate';
import type { HonorariaError } from '../errors/honoraria-error';
import type { LooseMachineDefinition, Refusal } from './machine-definition';
import { invalidPayload, invalidTransition } from './machine-errors';
import type { MachineEvent, MachineEventType, MachineKind, MachineStatus } from './machine-registry';
import { definitionOf } from './machine-registry';
import type { PersistedSnapshot } from './persisted-snapshot';
import { restoreSnapshot, toPersisted } from './persisted-snapshot';
import { pureTransition } from './pure-transition';

interface Prepared {
  readonly definition: LooseMachineDefinition;
  readonly current: PersistedSnapshot;
  readonly snapshot: AnyMachineSnapshot;
}

function prepare(kind: MachineKind, persisted: unknown): Prepared {
  const definition = definitionOf(kind);
  const current = restoreSnapshot(kind, persisted);
  const snapshot = definition.machine.resolveState({ value: current.status, context: current.context });
  return { definition, current, snapshot };
}

/** The transitions a state declares for an event type (guards not evaluated). */
function transitionsFor(definition: LooseMachineDefinition, status: string, eventType: string) {
  return definition.machine.root.states[status]?.on[eventType] ?? [];
}

/** Why an event is refused in a snapshot: `null` when the state does not accept it at all. */
function refusalOf(prepared: Prepared, event: { type: string; now: string }): Refusal | null {
  const [first] = transitionsFor(prepared.definition, prepared.current.status, event.type);
  if (first === undefined) return null;
  const guard: unknown = first.guard;
  const name = typeof guard === 'string' ? guard : (guard as { type?: string } | undefined)?.type;
  const explain = name === undefined ? undefined : prepared.definition.refusals[name];
  return (
    explain?.(prepared.current.context, event) ?? {
      reason: name ?? 'guard',
      message: { fr: 'Cette action n’est pas possible pour l’instant.', en: 'This action is not possible for now.' },
    }
  );
}

type Checked = { readonly ok: true; readonly event: { type: string; now: string } } | { readonly ok: false; readonly error: HonorariaError };

function check(kind: MachineKind, prepared: Prepared, event: unknown): Checked {
  const parsed = prepared.definition.eventSchema.safeParse(event);
  if (!parsed.success) return { ok: false, error: invalidPayload(kind, prepared.definition, 'event', parsed.error) };
  if (prepared.snapshot.can(parsed.data)) return { ok: true, event: parsed.data };
  const refusal = refusalOf(prepared, parsed.data);
  return { ok: false, error: invalidTransition(kind, prepared.definition, prepared.current.status, parsed.data.type, refusal) };
}

/**
 * Applies an event to a persisted snapshot and returns the next one; the input is never modified.
 *
 * `persisted` is a {@link PersistedSnapshot} or the JSON loaded from storage, at the current version
 * (checked by `restoreSnapshot`). Throws `HonorariaError`:
 * - `invalid_transition` when the current state does not accept the event, or a guard refuses it
 *   (`details`: `machine`, `from`, `event`, and `reason` for a guard, such as
 *   `agreement_required`); never a silent no-op;
 * - `validation_failed` when the event or the snapshot is malformed.
 */
export function applyEvent<K extends MachineKind>(kind: K, persisted: unknown, event: MachineEvent<K>): PersistedSnapshot<K> {
  const prepared = prepare(kind, persisted);
  const checked = check(kind, prepared, event);
  if (!checked.ok) throw checked.error;
  const next = pureTransition(prepared.definition.machine, prepared.snapshot, checked.event);
  return toPersisted(kind, prepared.definition, next);
}

/**
 * Whether {@link applyEvent} would accept an event (guards included), without throwing for a
 * refused or malformed event. Still throws `validation_failed` for an unreadable snapshot.
 */
export function canApply<K extends MachineKind>(kind: K, persisted: unknown, event: MachineEvent<K>): boolean {
  return check(kind, prepare(kind, persisted), event).ok;
}

/**
 * The error {@link applyEvent} would throw for an event, or `null` when it would accept it: what
 * a bulk operation reports for each item it skips.
 */
export function refusalFor<K extends MachineKind>(kind: K, persisted: unknown, event: MachineEvent<K>): HonorariaError | null {
  const checked = check(kind, prepare(kind, persisted), event);
  return checked.ok ? null : checked.error;
}

/**
 * The event types the snapshot's state accepts, in the machine's order. Guards depend on the
 * event's data (its `now`, its flags), so they are not evaluated: use {@link canApply} for one
 * concrete event. A final state accepts none.
 */
export function allowedEvents<K extends MachineKind>(kind: K, persisted: unknown): MachineEventType<K>[] {
  const definition = definitionOf(kind);
  const { status } = restoreSnapshot(kind, persisted);
  return definition.events.filter((type) => transitionsFor(definition, status, type).length > 0) as MachineEventType<K>[];
}

/** Whether a state is final for its machine: it accepts no event. */
export function isTerminalStatus<K extends MachineKind>(kind: K, status: MachineStatus<K>): boolean {
  return definitionOf(kind).terminalStates.includes(status);
}
