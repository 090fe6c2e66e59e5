import type { AnyMachineSnapshot } from 'xstate';
import type { LooseMachineDefinition } from './machine-definition';
import { invalidPayload, invalidSnapshot } from './machine-errors';
import type { MachineContext, MachineInput, MachineKind, MachineStatus } from './machine-registry';
import { definitionOf } from './machine-registry';
import { pureInitialSnapshot } from './pure-transition';

/**
 * A machine's snapshot as the workflow stores it: plain JSON, so it survives any storage
 * adapter. `version` is the machine version that wrote it ({@link restoreSnapshot} refuses any
 * other). `status` is also what the storage index `status` holds.
 */
export type PersistedSnapshot<K extends MachineKind = MachineKind> = K extends MachineKind
  ? {
      readonly machine: K;
      readonly version: number;
      readonly status: MachineStatus<K>;
      readonly context: MachineContext<K>;
    }
  : never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The persisted form of an XState snapshot of a machine. */
export function toPersisted<K extends MachineKind>(kind: K, definition: LooseMachineDefinition, snapshot: AnyMachineSnapshot): PersistedSnapshot<K> {
  return { machine: kind, version: definition.version, status: snapshot.value, context: snapshot.context } as PersistedSnapshot<K>;
}

/**
 * The first snapshot of a machine, from its input (validated: a bad input is a
 * `validation_failed` error with an issue per problem).
 */
export function initialSnapshot<K extends MachineKind>(kind: K, input: MachineInput<K>): PersistedSnapshot<K> {
  const definition = definitionOf(kind);
  const parsed = definition.inputSchema.safeParse(input);
  if (!parsed.success) throw invalidPayload(kind, definition, 'input', parsed.error);
  return toPersisted(kind, definition, pureInitialSnapshot(definition.machine, parsed.data));
}

/**
 * Reads a stored snapshot (the JSON as loaded, of any version this code knows) into a current,
 * validated {@link PersistedSnapshot}: it checks the machine name and version (every machine is
 * at its first version: there is nothing to migrate yet), and validates the status and the
 * context. The input is never modified. Throws `validation_failed` (`details.reason`: `not_a_snapshot`,
 * `wrong_machine`, `unknown_version`, `newer_version`, `unknown_status`, `invalid_context`).
 */
export function restoreSnapshot<K extends MachineKind>(kind: K, stored: unknown): PersistedSnapshot<K> {
  const definition = definitionOf(kind);
  if (!isRecord(stored) || typeof stored.status !== 'string' || !Number.isSafeInteger(stored.version)) {
    throw invalidSnapshot(kind, definition, 'not_a_snapshot');
  }
  if (stored.machine !== kind) throw invalidSnapshot(kind, definition, 'wrong_machine');
  const version = stored.version as number;
  if (version > definition.version) throw invalidSnapshot(kind, definition, 'newer_version');
  if (version < definition.version) throw invalidSnapshot(kind, definition, 'unknown_version');
  const current = { status: stored.status, context: stored.context };
  if (!definition.states.includes(current.status)) throw invalidSnapshot(kind, definition, 'unknown_status');
  const context = definition.contextSchema.safeParse(current.context);
  if (!context.success) throw invalidSnapshot(kind, definition, 'invalid_context', context.error);
  return { machine: kind, version, status: current.status, context: context.data } as PersistedSnapshot<K>;
}
