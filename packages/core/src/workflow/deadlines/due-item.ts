import type { ErrorCode } from '../../errors/error-code';
import type { LocalizedText } from '../../i18n/lang';
import type { RecordIndex, StoredRecord } from '../../ports/storage-adapter';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';

/** What a deadline fired. */
export type DueKind =
  | 'offer_expiry'
  | 'activation'
  | 'end_of_term'
  | 'end_of_term_with_activity'
  | 'phone_interview_overdue'
  | 'review_reminder'
  | 'review_escalation'
  | 'payment_overdue';

/** One thing `runDue` fired on one record. */
export interface DueFired {
  readonly collection: string;
  readonly id: string;
  readonly kind: DueKind;
  /** How many notifications it queued. */
  readonly notified: number;
}

/** A record `runDue` could not handle: its error's code and message (it stays due, for the next run). */
export interface DueFailure {
  readonly collection: string;
  readonly id: string;
  readonly code: ErrorCode;
  readonly message: LocalizedText;
}

/** What one `runDue` did. */
export interface RunDueReport {
  /** The instant it ran for (ISO 8601). */
  readonly at: string;
  readonly fired: readonly DueFired[];
  readonly failures: readonly DueFailure[];
  /** Records found due but changed by someone else meanwhile: left for the next run. */
  readonly skipped: number;
}

/** Handles one due record inside its own transaction; returns what fired (nothing when nothing was due any more). */
export type DueHandler = (ctx: OperationContext, scope: CommandScope, record: StoredRecord<unknown>) => Promise<readonly DueFired[]>;

/**
 * Rewrites a record's index when its `dueAt` is stale (nothing is due at it any more), so the
 * scan stops finding it. The data and the audit chain stay as they are: nothing changed state.
 */
export async function repairDueAt(scope: CommandScope, record: StoredRecord<unknown>, dueAt: string | null): Promise<void> {
  if ((record.index.dueAt ?? null) === dueAt) return;
  const index: RecordIndex = { ...record.index, dueAt };
  await scope.put({ collection: record.collection, id: record.id, data: record.data, index, expectedVersion: record.version });
}
