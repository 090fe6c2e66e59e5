import { isHonorariaError } from '../errors/honoraria-error';
import type { Clock } from '../ports/clock';
import type { Notifier, OutgoingNotification } from '../ports/notifier';
import type { StorageAdapter, StoredRecord } from '../ports/storage-adapter';
import { toJson } from './canonical-json';
import type { OutboxEntry } from './outbox-entry';
import { OUTBOX_COLLECTION } from './outbox-entry';

/** Options of {@link createOutboxDispatcher}. */
export interface OutboxDispatcherOptions {
  readonly storage: StorageAdapter;
  readonly notifier: Notifier;
  readonly clock: Clock;
  /** Attempts before an entry is marked `dead`: 8 by default. */
  readonly maxAttempts?: number;
  /** Milliseconds to wait after the n-th failed attempt (1-based): 30 s × 2^(n−1), at most 6 h, by default. */
  readonly backoff?: (attempt: number) => number;
  /** How long a claimed entry stays leased to one dispatcher: 5 minutes by default. */
  readonly leaseMs?: number;
  /** Entries per batch: 50 by default. */
  readonly batchSize?: number;
}

/** What one {@link OutboxDispatcher.dispatch} did. */
export interface DispatchReport {
  /** Handed to the notifier. */
  readonly sent: number;
  /** Failed and scheduled for a later attempt. */
  readonly retried: number;
  /** Failed for the last time. */
  readonly dead: number;
  /** Claimed by another dispatcher in the meantime. */
  readonly skipped: number;
}

/** Sends what the outbox holds. */
export interface OutboxDispatcher {
  /** Sends every entry due at `now` (the clock by default), oldest first. */
  dispatch(now?: Date): Promise<DispatchReport>;
}

const defaultBackoff = (attempt: number): number => Math.min(30_000 * 2 ** (attempt - 1), 6 * 3_600_000);

function toNotification(entry: OutboxEntry): OutgoingNotification {
  const { id, template, lang, to, subject, text, links, subjectRef } = entry;
  return { id, template, lang, to, subject, text, links, subjectRef };
}

/**
 * Creates the dispatcher that sends outbox entries through the {@link Notifier} after their
 * command committed. Each entry is first claimed (a versioned write, so two dispatchers never
 * both send it), then sent, then marked `sent`; a failure schedules a retry with backoff, and
 * after the last attempt, or a failure the notifier marks `permanent` in its error details, the
 * entry is `dead`. An entry whose dispatcher crashed mid-send is
 * retried when its lease ends: notifiers receive the entry id and should pass it on as a
 * message id so the rare resend after a crash can be recognised.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoff ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 50;
  const { storage, notifier } = options;

  async function write(record: StoredRecord<OutboxEntry>, entry: OutboxEntry): Promise<StoredRecord<OutboxEntry>> {
    return storage.transaction((tx) =>
      tx.put({
        collection: OUTBOX_COLLECTION,
        id: entry.id,
        data: toJson(entry),
        index: { ...record.index, status: entry.status, dueAt: entry.nextAttemptAt },
        expectedVersion: record.version,
      }),
    ) as Promise<StoredRecord<OutboxEntry>>;
  }

  async function deliver(record: StoredRecord<OutboxEntry>, now: Date): Promise<keyof DispatchReport> {
    const at = now.toISOString();
    let claimed: StoredRecord<OutboxEntry>;
    try {
      claimed = await write(record, {
        ...record.data,
        status: 'sending',
        attempts: record.data.attempts + 1,
        nextAttemptAt: new Date(now.getTime() + leaseMs).toISOString(),
      });
    } catch (error) {
      if (isHonorariaError(error, 'conflict')) return 'skipped';
      throw error;
    }
    try {
      const receipt = await notifier.send(toNotification(claimed.data));
      await write(claimed, { ...claimed.data, status: 'sent', sentAt: at, nextAttemptAt: null, lastErrorCode: null, providerId: receipt.providerId ?? null });
      return 'sent';
    } catch (error) {
      const code = isHonorariaError(error) ? error.code : 'notifier_failure';
      // A permanent refusal (an unknown mailbox, say) will not succeed later: stop retrying.
      const permanent = isHonorariaError(error) && error.details['permanent'] === true;
      const dead = permanent || claimed.data.attempts >= maxAttempts;
      await write(claimed, {
        ...claimed.data,
        status: dead ? 'dead' : 'pending',
        nextAttemptAt: dead ? null : new Date(now.getTime() + backoff(claimed.data.attempts)).toISOString(),
        lastErrorCode: code,
      });
      return dead ? 'dead' : 'retried';
    }
  }

  return {
    async dispatch(now = options.clock.now()) {
      const report = { sent: 0, retried: 0, dead: 0, skipped: 0 };
      const at = now.toISOString();
      const seen = new Set<string>();
      for (;;) {
        const page = await storage.list<OutboxEntry>(OUTBOX_COLLECTION, {
          where: { status: ['pending', 'sending'] },
          dueAtOrBefore: at,
          limit: batchSize,
        });
        const due = page.items.filter((r) => !seen.has(r.id));
        if (due.length === 0) break;
        for (const record of due) {
          seen.add(record.id);
          report[await deliver(record, now)]++;
        }
      }
      return report;
    },
  };
}
