import type { LocalizedText } from '../../i18n/lang';
import { parseOrThrow } from '../../i18n/zod-issues';
import { nextDeadline } from '../../machines/deadlines';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { RecordIndex } from '../../ports/storage-adapter';
import { Mandate } from '../../schemas/mandate';
import type { CommandScope } from '../command-scope';
import type { EntityRecord } from '../stored-entity';
import { loadEntity } from '../stored-entity';
import { PARTNER_FILE_COLLECTIONS } from '../partners/partner-store';

/** The storage collection of mandates. */
export const MANDATES_COLLECTION = 'mandates';
/** The subject type of mandates in the audit log and in notifications. */
export const MANDATE_SUBJECT = 'mandate';
/** How messages name a mandate. */
export const MANDATE_LABEL: LocalizedText = { fr: 'Mandat', en: 'Mandate' };

/** The persisted snapshot of a mandate's machine. */
export type MandateSnapshot = PersistedSnapshot<'mandate'>;
/** A stored mandate. */
export type MandateRecord = EntityRecord<Mandate, 'mandate'>;

/**
 * Who must act next on a mandate: its initiator while it is a draft, has changes requested or
 * waits to be sent; its approver while it waits for approval; nobody on staff otherwise (the
 * partner, found by `partnerId`, answers an offer).
 */
export function mandateAssignee(mandate: Pick<Mandate, 'status' | 'initiatorUserId' | 'approverUserId'>): string | null {
  switch (mandate.status) {
    case 'draft':
    case 'changes_requested':
    case 'approved':
      return mandate.initiatorUserId;
    case 'pending_approval':
      return mandate.approverUserId;
    default:
      return null;
  }
}

/**
 * The index of a mandate: its partner, status, project (`parentId`), who must act next, its next
 * deadline (`dueAt`: offer expiry, activation, end of term — what `runDue` scans) and its
 * creation instant. Every writer of a mandate (totals included) recomputes it with this function.
 */
export function mandateIndex(mandate: Mandate, snapshot: MandateSnapshot): RecordIndex {
  return {
    partnerId: mandate.partnerId,
    status: snapshot.status,
    parentId: mandate.projectId,
    assigneeId: mandateAssignee(mandate),
    dueAt: nextDeadline('mandate', snapshot)?.at ?? null,
    sortKey: mandate.createdAt,
  };
}

/**
 * The mandate after a transition: its status, dates and milestones follow the machine's
 * snapshot, `updatedAt` is the command's instant. Validated against the `Mandate` schema (from
 * `approved` on, a rate snapshot is required).
 */
export function syncMandate(mandate: Mandate, next: MandateSnapshot, at: string, changes: Partial<Mandate> = {}): Mandate {
  const { context } = next;
  const synced: Mandate = {
    ...mandate,
    ...changes,
    status: next.status,
    startDate: context.startDate,
    endDate: context.endDate,
    updatedAt: at,
  };
  if (context.approvedAt !== null) synced.approvedAt = context.approvedAt;
  if (context.acceptedAt !== null) synced.acceptedAt = context.acceptedAt;
  return checkMandate(synced);
}

/** Validates a mandate entity (`validation_failed` with issues by path). */
export function checkMandate(mandate: Mandate): Mandate {
  return parseOrThrow(Mandate, mandate);
}

/** Loads a mandate for a change (`not_found` when absent, `conflict` when `expectedVersion` differs). */
export function loadMandate(scope: CommandScope, id: string, expectedVersion?: number): Promise<MandateRecord> {
  return loadEntity<Mandate, 'mandate'>(scope, MANDATES_COLLECTION, id, { expectedVersion, label: MANDATE_LABEL, related: { byPartnerId: PARTNER_FILE_COLLECTIONS } });
}

/** The machine snapshot of a stored mandate (every stored mandate has one). */
export function mandateSnapshot(record: MandateRecord): MandateSnapshot {
  const machine = record.data.machine;
  if (machine === null) throw new TypeError(`mandate ${record.id} has no machine snapshot`);
  return machine;
}

/** What a mandate command returns: the mandate and its version (to pass as `expectedVersion` next time). */
export interface MandateResult {
  readonly mandate: Mandate;
  readonly version: number;
}

/** The result of a command from a written record. */
export function mandateResult(record: MandateRecord): MandateResult {
  return { mandate: record.data.entity, version: record.version };
}
