import { isHonorariaError } from '../errors/honoraria-error';
import type { Clock } from '../ports/clock';
import type { Notifier, NotifierReceipt, OutgoingNotification } from '../ports/notifier';
import type { StorageAdapter, StoredRecord } from '../ports/storage-adapter';
import { toJson } from './canonical-json';
import type { OutboxEntry } from './outbox-entry';
import { OUTBOX_COLLECTION } from './outbox-entry';

/** Options of {@link createOutboxDispatcher}. */
export interface OutboxDispatcherOptions {
  readonly storage: StorageAdapter;
  readonly notifier: Notifier;
  readonly clock: Clock;
  /**
   * How long an entry keeps being retried after it was written, in milliseconds: 72 hours by
   * default (a mail server down over a long weekend still delivers). After a failure past the
   * horizon, the entry is `dead` (listed for the administration, re-sendable). At least one minute.
   */
  readonly retryHorizonMs?: number;
  /** An optional cap on attempts before an entry is `dead` (none by default: the horizon decides). */
  readonly maxAttempts?: number;
  /**
   * Milliseconds to wait after the n-th failed attempt (1-based), before jitter:
   * 30 s × 2^(n−1), at most 1 h, by default.
   */
  readonly backoff?: (attempt: number) => number;
  /** Each wait is spread by ± this fraction at random, so many dispatchers do not retry in step: 0.2 by default. */
  readonly jitter?: number;
  /** A random number in [0, 1): `Math.random` by default (inject one in tests). */
  readonly random?: () => number;
  /**
   * Tries to record "sent" after a successful send (its own step, retried on a storage failure
   * or a conflict, so a storage hiccup after the send never sends the email again): 5 by default.
   */
  readonly recordSentAttempts?: number;
  /** Waits between two tries to record "sent": `setTimeout` by default (inject one in tests). */
  readonly sleep?: (ms: number) => Promise<void>;
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

const HOUR = 3_600_000;
const defaultBackoff = (attempt: number): number => Math.min(30_000 * 2 ** Math.min(attempt - 1, 20), HOUR);
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The default retry horizon of the outbox: 72 hours. */
export const DEFAULT_RETRY_HORIZON_MS = 72 * HOUR;

function toNotification(entry: OutboxEntry): OutgoingNotification {
  const { id, template, lang, to, subject, text, links, subjectRef } = entry;
  return { id, template, lang, to, subject, text, links, subjectRef };
}

/**
 * Creates the dispatcher that sends outbox entries through the {@link Notifier} after their
 * command committed. Each entry is first claimed (a versioned write, so two dispatchers never
 * both send it), then sent, then marked `sent` in a step of its own that is retried on a storage
 * failure (a send is never repeated because recording it failed once). A failed send schedules a
 * retry with exponential backoff and jitter until the retry horizon (72 hours by default) has
 * passed; then, or at once on a failure the notifier marks `permanent` in its error details, the
 * entry is `dead`: the administration lists it (`listDeadLetters`) and sends it again
 * (`resendNotification`). An entry whose dispatcher crashed mid-send is retried when its lease
 * ends: notifiers receive the entry id and pass it on as a stable Message-ID, so the rare resend
 * after a crash can be recognised by the receiving system.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const horizonMs = Math.max(options.retryHorizonMs ?? DEFAULT_RETRY_HORIZON_MS, 60_000);
  const maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
  const backoff = options.backoff ?? defaultBackoff;
  const jitter = Math.min(Math.max(options.jitter ?? 0.2, 0), 1);
  const random = options.random ?? Math.random;
  const recordSentAttempts = Math.max(1, options.recordSentAttempts ?? 5);
  const sleep = options.sleep ?? defaultSleep;
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
    let receipt: NotifierReceipt;
    try {
      receipt = await notifier.send(toNotification(claimed.data));
    } catch (error) {
      const code = isHonorariaError(error) ? error.code : 'notifier_failure';
      // A permanent refusal (an unknown mailbox, say) will not succeed later: stop retrying.
      const permanent = isHonorariaError(error) && error.details['permanent'] === true;
      const deadline = Date.parse(claimed.data.retryFrom ?? claimed.data.createdAt) + horizonMs;
      const dead = permanent || claimed.data.attempts >= maxAttempts || now.getTime() >= deadline;
      // The last attempt falls on the horizon itself, so an outage shorter than the horizon never loses an email.
      const next = Math.min(now.getTime() + spread(backoff(claimed.data.attempts)), deadline);
      await write(claimed, {
        ...claimed.data,
        status: dead ? 'dead' : 'pending',
        nextAttemptAt: dead ? null : new Date(next).toISOString(),
        lastErrorCode: code,
      });
      return dead ? 'dead' : 'retried';
    }
    await recordSent(claimed, at, receipt);
    return 'sent';
  }

  function spread(ms: number): number {
    return Math.max(0, Math.round(ms * (1 - jitter + 2 * jitter * random())));
  }

  /** Records a successful send, in its own step: retried (re-reading the entry) until it is stored. */
  async function recordSent(claimed: StoredRecord<OutboxEntry>, at: string, receipt: NotifierReceipt): Promise<void> {
    let current: StoredRecord<OutboxEntry> | null = claimed;
    for (let attempt = 1; ; attempt++) {
      try {
        if (current === null || current.data.status === 'sent') return;
        await write(current, { ...current.data, status: 'sent', sentAt: at, nextAttemptAt: null, lastErrorCode: null, providerId: receipt.providerId ?? null });
        return;
      } catch (error) {
        if (attempt >= recordSentAttempts) throw error;
        await sleep(Math.min(100 * 2 ** (attempt - 1), 5_000));
        current = await storage.get<OutboxEntry>(OUTBOX_COLLECTION, claimed.id).catch(() => current);
      }
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
