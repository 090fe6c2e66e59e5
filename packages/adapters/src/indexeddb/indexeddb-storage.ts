/// <reference lib="dom" />
import { auditPageOf, BufferedTransaction, checkCollection, checkIdempotencyKey, checkKey, checkRecordRef, normalizeAuditQuery, normalizeListQuery, pageOf, storageClosed } from '@honoraria/core/storage';
import type { JsonValue, StorageTransaction, StoredRecord } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import { commitBuffer, toIdbError } from './idb-commit';
import { IdbReader } from './idb-reader';
import { openDatabase } from './idb-requests';

/** Options of {@link createIndexedDbStorage}. */
export interface IndexedDbStorageOptions {
  /** The IndexedDB database name, such as `honoraria-drafts`; one per application and user. */
  readonly name: string;
  /** The IndexedDB factory: `globalThis.indexedDB` by default (pass another in a worker or a test). */
  readonly indexedDB?: IDBFactory;
}

/** The IndexedDB storage adapter. */
export interface IndexedDbStorage extends StorageAdapter {
  /** The IndexedDB database name. */
  readonly databaseName: string;
}

/**
 * Creates a storage adapter on the browser's IndexedDB, for offline drafts and client-only
 * demos. IndexedDB commits a transaction as soon as its code awaits anything else, and the
 * service does other asynchronous work inside `transaction()`; so a transaction buffers its
 * writes in memory (its own reads see them, versions are checked as it writes) and applies them
 * at the end in one IndexedDB read-write transaction that checks every version again. Data
 * stays on the device, per origin; it is not a substitute for a server database.
 *
 * @example
 * ```ts
 * const storage = createIndexedDbStorage({ name: 'honoraria-drafts' });
 * const service = createHonoraria({ framework, storage });
 * ```
 */
export function createIndexedDbStorage(options: IndexedDbStorageOptions): IndexedDbStorage {
  let opened: Promise<{ db: IDBDatabase; reader: IdbReader }> | undefined;
  let closed = false;

  async function connection(): Promise<{ db: IDBDatabase; reader: IdbReader }> {
    if (closed) throw storageClosed();
    opened ??= (async () => {
      const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (factory === undefined) throw new Error('IndexedDB is not available here');
      const db = await openDatabase(factory, checkKey(options.name, ['name']));
      return { db, reader: new IdbReader(db) };
    })();
    try {
      return await opened;
    } catch (error) {
      opened = undefined;
      throw toIdbError(error);
    }
  }

  async function read<T>(run: (reader: IdbReader) => Promise<T>): Promise<T> {
    const { reader } = await connection();
    try {
      return await run(reader);
    } catch (error) {
      throw toIdbError(error);
    }
  }

  return {
    name: 'indexeddb',
    databaseName: options.name,

    async get<T = JsonValue>(collection: string, id: string) {
      checkRecordRef(collection, id);
      return (await read((r) => r.get(collection, id))) as StoredRecord<T> | null;
    },
    async list<T = JsonValue>(collection: string, query?: Parameters<StorageAdapter['list']>[1]) {
      checkCollection(collection);
      const q = normalizeListQuery(query);
      return pageOf((await read((r) => r.list(collection, q, q.limit + 1))) as StoredRecord<T>[], q.limit);
    },
    async listAudit(query) {
      const q = normalizeAuditQuery(query);
      return auditPageOf(await read((r) => r.listAudit(q, q.limit + 1)), q.limit);
    },
    async lastAudit(subjectId) {
      checkKey(subjectId, ['subjectId']);
      return read((r) => r.lastAudit(subjectId));
    },
    async getBlob(id) {
      checkKey(id, ['id']);
      return read((r) => r.getBlob(id));
    },
    async getIdempotency(key) {
      checkIdempotencyKey(key);
      return read((r) => r.getIdempotency(key));
    },

    async transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      const { db, reader } = await connection();
      const tx = new BufferedTransaction(reader);
      let result: T;
      try {
        result = await work(tx);
      } finally {
        tx.end(); // nothing may join the buffer while it commits
      }
      await commitBuffer(db, tx.buffer);
      return result;
    },

    async close() {
      closed = true;
      const current = opened;
      opened = undefined;
      if (current !== undefined) (await current.catch(() => undefined))?.db.close();
    },
  };
}
