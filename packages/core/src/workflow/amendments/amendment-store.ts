import type { LocalizedText } from '../../i18n/lang';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { Page, RecordIndex, StorageReader } from '../../ports/storage-adapter';
import { AMENDMENT_TERMINAL_STATES } from '../../machines/amendment-machine';
import type { MandateAmendment } from '../../schemas/mandate-amendment';
import type { CommandScope } from '../command-scope';
import { claimUniqueKey, releaseUniqueKey } from '../../storage/unique-keys';
import type { UniqueKey } from '../../storage/unique-keys';
import type { EntityRecord, EntityTransition, StoredEntity } from '../stored-entity';
import { loadEntity, transitionEntity } from '../stored-entity';

/** The storage collection of mandate amendments. */
export const AMENDMENTS_COLLECTION = 'amendments';
/** The subject type of amendments in the audit log and in notifications. */
export const AMENDMENT_SUBJECT = 'amendment';
/** How messages name an amendment. */
export const AMENDMENT_LABEL: LocalizedText = { fr: 'Modification de mandat', en: 'Mandate amendment' };

/**
 * An amendment as the workflow stores it: the {@link MandateAmendment} plus the mandate's
 * partner, the user who must approve it, and whether the rates are to be taken again at approval.
 */
export interface AmendmentEntity extends MandateAmendment {
  readonly partnerId: string;
  readonly approverUserId: string;
  /** Take the rate schedule in force on the approval date (a rate change). */
  readonly refreshRates: boolean;
  /** Who approved or rejected it (a delegate when `actingFor` is set). */
  readonly decidedByUserId?: string;
  readonly actingFor?: string | null;
}

/** A stored amendment. */
export type AmendmentRecord = EntityRecord<AmendmentEntity, 'amendment'>;
/** The persisted snapshot of an amendment's machine. */
export type AmendmentSnapshot = PersistedSnapshot<'amendment'>;

/** The index of an amendment: the partner, status, mandate (`parentId`), the approver while it waits for approval. */
export function amendmentIndex(amendment: AmendmentEntity): RecordIndex {
  return {
    partnerId: amendment.partnerId,
    status: amendment.status,
    parentId: amendment.mandateId,
    assigneeId: amendment.status === 'pending_approval' ? amendment.approverUserId : null,
    sortKey: amendment.requestedAt,
  };
}

/** Loads an amendment for a change. */
export function loadAmendment(scope: CommandScope, id: string, expectedVersion?: number): Promise<AmendmentRecord> {
  return loadEntity<AmendmentEntity, 'amendment'>(scope, AMENDMENTS_COLLECTION, id, { expectedVersion, label: AMENDMENT_LABEL });
}

/** Every amendment of a mandate, oldest first. */
export async function listAmendments(reader: Pick<StorageReader, 'list'>, mandateId: string): Promise<AmendmentRecord[]> {
  const out: AmendmentRecord[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<AmendmentRecord> = await reader.list<StoredEntity<AmendmentEntity, 'amendment'>>(AMENDMENTS_COLLECTION, { where: { parentId: mandateId }, limit: 1000, cursor });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/** Whether the partner sees an amendment: once approved (they must answer it), never while internal. */
export function amendmentVisibleToPartner(record: AmendmentRecord): boolean {
  return record.data.machine?.context.approvedAt != null;
}

/** What an amendment command returns: the amendment and its version. */
export interface AmendmentResult {
  readonly amendment: AmendmentEntity;
  readonly version: number;
}

/** The result of a command from a written record. */
export function amendmentResult(record: AmendmentRecord): AmendmentResult {
  return { amendment: record.data.entity, version: record.version };
}

/** The unique key of an open amendment: one amendment under way (waiting for a decision or an answer) per mandate. */
export function openAmendmentKey(mandateId: string): UniqueKey {
  return { kind: 'open_amendment', parts: [mandateId] };
}

/** Claims the mandate's open-amendment key for a new amendment (`conflict` when another one holds it). */
export function claimOpenAmendment(scope: CommandScope, amendment: AmendmentEntity): Promise<void> {
  return claimUniqueKey(scope.tx, openAmendmentKey(amendment.mandateId), amendment.id, scope.at);
}

/**
 * Moves an amendment through its machine ({@link transitionEntity}); once it reaches a final
 * state, the mandate's open-amendment key is released so another amendment can be proposed.
 */
export async function transitionAmendment(
  scope: CommandScope,
  record: AmendmentRecord,
  change: Omit<EntityTransition<AmendmentEntity, 'amendment'>, 'kind' | 'subjectType' | 'index'>,
): Promise<AmendmentRecord> {
  const written = await transitionEntity(scope, record, { ...change, kind: 'amendment', subjectType: AMENDMENT_SUBJECT, index: amendmentIndex });
  const status = written.data.entity.status;
  if ((AMENDMENT_TERMINAL_STATES as readonly string[]).includes(status)) await releaseUniqueKey(scope.tx, openAmendmentKey(written.data.entity.mandateId), written.id, scope.at);
  return written;
}
