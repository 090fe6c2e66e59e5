import type { OutgoingNotification } from '../ports/notifier';

/** The storage collection of the outbox. */
export const OUTBOX_COLLECTION = 'outbox';

/**
 * The states of an outbox entry: `pending` (waiting for its next attempt), `sending` (claimed by
 * a dispatcher, leased until `dueAt`), `sent`, `dead` (gave up after the last attempt; visible to
 * the administration, never retried on its own).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/** A notification written to the outbox in the same transaction as the change that causes it. */
export interface OutboxEntry extends OutgoingNotification {
  readonly status: OutboxStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  /** ISO instant the entry was written. */
  readonly createdAt: string;
  /** ISO instant of the next attempt (pending) or the end of the lease (sending). */
  readonly nextAttemptAt: string | null;
  /** ISO instant it was handed to the notifier successfully. */
  readonly sentAt: string | null;
  /** The error code of the last failed attempt (never a message that could hold personal data). */
  readonly lastErrorCode: string | null;
  /** The notifier's id for the sent message. */
  readonly providerId: string | null;
  /** When the administration sent a dead entry again: its retry horizon counts from then. */
  readonly retryFrom?: string;
}
