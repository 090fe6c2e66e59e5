import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';
import { applyEvent } from '../machines/apply-event';
import type { MachineEvent, MachineKind } from '../machines/machine-registry';
import type { PersistedSnapshot } from '../machines/persisted-snapshot';
import type { RecordIndex, RelatedRecords, StoredRecord } from '../ports/storage-adapter';
import type { AuditHead } from './audit-chain';
import type { AuditInput, CommandScope } from './command-scope';

/**
 * How the service stores an entity: the entity itself, the persisted snapshot of its machine
 * (with the machine version), and the head of its audit chain (so removing its latest audit
 * events is detectable).
 */
export interface StoredEntity<T, K extends MachineKind = MachineKind> {
  readonly entity: T;
  readonly machine: PersistedSnapshot<K> | null;
  readonly auditHead: AuditHead | null;
}

/** A stored record holding a {@link StoredEntity}. */
export type EntityRecord<T, K extends MachineKind = MachineKind> = StoredRecord<StoredEntity<T, K>>;

/**
 * Loads an entity for a change. When the caller passes the version it read, a different stored
 * version is a `conflict`: two approvers who saw the same version cannot both act on it.
 */
export async function loadEntity<T, K extends MachineKind = MachineKind>(
  scope: CommandScope,
  collection: string,
  id: string,
  options: { readonly expectedVersion?: number | undefined; readonly label?: LocalizedText; readonly related?: RelatedRecords } = {},
): Promise<EntityRecord<T, K>> {
  const record = await scope.load<StoredEntity<T, K>>(collection, id, options.label, options.related);
  if (options.expectedVersion !== undefined && options.expectedVersion !== record.version) {
    throw new HonorariaError('conflict', { details: { collection, id, expectedVersion: options.expectedVersion, version: record.version } });
  }
  return record;
}

/** What {@link writeEntity} writes. */
export interface EntityWrite<T, K extends MachineKind> {
  readonly collection: string;
  readonly id: string;
  readonly entity: T;
  readonly machine: PersistedSnapshot<K> | null;
  readonly index: RecordIndex;
  /** 0 to create. */
  readonly expectedVersion: number;
  /** The audit event of this change; every state change has exactly one. */
  readonly audit: Omit<AuditInput, 'subjectId'>;
  /**
   * The subject's audit head as the loaded record holds it: the event is chained to it without
   * reading the log. Leave it out to read the log's last event (a new record, version 0, has none).
   */
  readonly auditHead?: AuditHead | null;
}

/**
 * Writes an entity with its audit event, in the command's transaction: the event is appended
 * first (chained to the subject's previous one), then the record is written at its expected
 * version with the new audit head.
 */
export async function writeEntity<T, K extends MachineKind>(scope: CommandScope, write: EntityWrite<T, K>): Promise<EntityRecord<T, K>> {
  const head = write.expectedVersion === 0 ? null : write.auditHead === null ? undefined : write.auditHead;
  const event = await scope.audit({ ...write.audit, subjectId: write.id }, head);
  return scope.put<StoredEntity<T, K>>({
    collection: write.collection,
    id: write.id,
    data: { entity: write.entity, machine: write.machine, auditHead: { seq: event.seq, hash: event.hash } },
    index: write.index,
    expectedVersion: write.expectedVersion,
  });
}

/** What {@link transitionEntity} does to an entity. */
export interface EntityTransition<T, K extends MachineKind> {
  readonly kind: K;
  /**
   * The machine event to apply, or several in order (at most one of them should change the
   * state), or `null` for a change that keeps the state (a flag, a note).
   */
  readonly event: MachineEvent<K> | readonly MachineEvent<K>[] | null;
  /** The next snapshot when the caller already computed it for `event` (a rule looked at it first). */
  readonly next?: PersistedSnapshot<K>;
  /** The audit action, such as `mandate.approve`. */
  readonly action: string;
  readonly subjectType: string;
  /** The entity after the change, given the machine's next snapshot. */
  readonly update: (entity: T, next: PersistedSnapshot<K>) => T;
  /** The index of the updated entity. */
  readonly index: (entity: T, next: PersistedSnapshot<K>) => RecordIndex;
  /** The audit event's data, or a function of the updated entity giving it. */
  readonly auditData?: AuditInput['data'] | ((entity: T) => AuditInput['data']);
  readonly actingFor?: string | null;
}

/**
 * An entity that does not exist yet, for {@link transitionEntity} to create: its first
 * snapshot and entity, written at version 0 (the audit event goes from no state).
 */
export function newEntityRecord<T, K extends MachineKind>(collection: string, id: string, entity: T, machine: PersistedSnapshot<K>): EntityRecord<T, K> {
  return { collection, id, version: 0, data: { entity, machine, auditHead: null }, index: { sortKey: '' } };
}

/**
 * The one writer of a state transition, for every area: applies the event(s) to the entity's
 * machine (an impossible transition throws `invalid_transition`, never a silent no-op), updates
 * the entity, appends its one audit event (from the stored state — none for a record at version
 * 0 — to the next) and writes the record at the version it was loaded at (a concurrent change is
 * a `conflict`).
 */
export async function transitionEntity<T, K extends MachineKind>(
  scope: CommandScope,
  record: EntityRecord<T, K>,
  change: EntityTransition<T, K>,
): Promise<EntityRecord<T, K>> {
  const before = record.data.machine;
  const events: readonly MachineEvent<K>[] = change.event === null ? [] : Array.isArray(change.event) ? change.event : [change.event as MachineEvent<K>];
  let next = change.next;
  if (next === undefined) {
    if (before === null && events.length === 0) throw new TypeError('transitionEntity: no snapshot and no event');
    next = before as PersistedSnapshot<K>;
    for (const event of events) next = applyEvent(change.kind, next ?? null, event);
  }
  const entity = change.update(record.data.entity, next);
  return writeEntity(scope, {
    collection: record.collection,
    id: record.id,
    entity,
    machine: next,
    index: change.index(entity, next),
    expectedVersion: record.version,
    auditHead: record.data.auditHead,
    audit: {
      subjectType: change.subjectType,
      action: change.action,
      fromState: record.version === 0 ? null : (before?.status ?? null),
      toState: next.status,
      data: typeof change.auditData === 'function' ? change.auditData(entity) : change.auditData,
      actingFor: change.actingFor,
    },
  });
}
