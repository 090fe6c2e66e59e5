import type {
  AuditQuery,
  AuditRecord,
  IdempotencyRecord,
  JsonValue,
  ListQuery,
  Page,
  StorageAdapter,
  StorageTransaction,
  StoredBlob,
  StoredRecord,
} from '../ports/storage-adapter';
import { auditPageOf, normalizeAuditQuery } from './audit-input';
import { BufferedTransaction } from './buffered-transaction';
import { checkIdempotencyKey } from './idempotency-input';
import { normalizeListQuery, pageOf } from './list-query';
import { MemoryState } from './memory-state';
import { checkCollection, checkRecordRef } from './record-input';
import { storageClosed } from './storage-errors';
import { checkKey } from './storage-text';

/** Everything a {@link MemoryStorage} has committed, as copies. */
export interface MemoryStorageSnapshot {
  /** Every record of every collection, by collection then `(sortKey, id)`. */
  readonly records: readonly StoredRecord[];
  /** The audit log, by position. */
  readonly audit: readonly AuditRecord[];
  readonly blobs: readonly StoredBlob[];
  readonly idempotency: readonly IdempotencyRecord[];
}

/** The memory storage adapter: a {@link StorageAdapter} that can also show what it holds. */
export interface MemoryStorage extends StorageAdapter {
  /** Copies of everything committed, read without going through the adapter's queries (for tests and debugging). */
  snapshot(): MemoryStorageSnapshot;
}

/**
 * Creates the in-memory storage adapter: the reference implementation of the storage port and
 * the service's default. It behaves as a database would, so code that works on it works on
 * PostgreSQL:
 * - values are deep-copied in and out and normalized as JSONB would (object keys reordered,
 *   `undefined` dropped); input that PostgreSQL cannot store is refused (`validation_failed`);
 * - a transaction reads one state: reading a record another transaction committed after it
 *   began is a `conflict` (a database snapshot would have shown the older version, and the
 *   write would then conflict);
 * - a transaction buffers its writes, sees them in its own reads, checks versions when it
 *   writes and again when it commits (two transactions writing one record at the same version:
 *   one commits, the other gets `conflict`), and leaves nothing behind when its function throws;
 * - the audit log is append-only with strictly increasing positions (gaps where transactions
 *   rolled back); blobs and idempotency keys cannot be overwritten;
 * - listings are ordered by `(sortKey, id)` by code point with cursors that stay stable while
 *   records are inserted.
 *
 * Data lives as long as the adapter: use it for tests, demos and the end-to-end scenario.
 *
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * await storage.transaction((tx) =>
 *   tx.put({ collection: 'mandates', id: 'mnd_1', data: { title: 'Comité' }, index: { sortKey: '2026-03-01' }, expectedVersion: 0 }),
 * );
 * ```
 */
export function createMemoryStorage(): MemoryStorage {
  const state = new MemoryState();
  let closed = false;
  const open = (): void => {
    if (closed) throw storageClosed();
  };

  return {
    name: 'memory',

    async get<T = JsonValue>(collection: string, id: string): Promise<StoredRecord<T> | null> {
      open();
      checkRecordRef(collection, id);
      return (await state.get(collection, id)) as StoredRecord<T> | null;
    },

    async list<T = JsonValue>(collection: string, query?: ListQuery): Promise<Page<StoredRecord<T>>> {
      open();
      checkCollection(collection);
      const q = normalizeListQuery(query);
      return pageOf((await state.list(collection, q, q.limit + 1)) as StoredRecord<T>[], q.limit);
    },

    async listAudit(query?: AuditQuery): Promise<Page<AuditRecord>> {
      open();
      const q = normalizeAuditQuery(query);
      return auditPageOf(await state.listAudit(q, q.limit + 1), q.limit);
    },

    async lastAudit(subjectId: string): Promise<AuditRecord | null> {
      open();
      return state.lastAudit(checkKey(subjectId, ['subjectId']));
    },

    async getBlob(id: string): Promise<StoredBlob | null> {
      open();
      return state.getBlob(checkKey(id, ['id']));
    },

    async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
      open();
      return state.getIdempotency(checkIdempotencyKey(key));
    },

    async transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      open();
      // Reads of records committed after the transaction began are conflicts: one consistent state.
      const tx = new BufferedTransaction(state.readerAt(state.commits));
      try {
        const result = await work(tx);
        open();
        state.commit(tx.buffer);
        return result;
      } finally {
        tx.end();
      }
    },

    async close(): Promise<void> {
      closed = true;
    },

    snapshot(): MemoryStorageSnapshot {
      return state.snapshot();
    },
  };
}
