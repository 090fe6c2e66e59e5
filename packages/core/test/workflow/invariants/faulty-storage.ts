// A storage wrapper for fault injection: it counts the writes made inside transactions (put,
// delete, appendAudit, putBlob, putIdempotency) and, once armed, throws at the n-th one, as a
// database dropping the connection mid-transaction would.
import { HonorariaError } from '../../../src/errors/honoraria-error';
import type { StorageTransaction } from '../../../src/ports/storage-adapter';
import type { MemoryStorage } from '../../../src/storage/memory-storage';

const WRITES = ['put', 'delete', 'appendAudit', 'putBlob', 'putIdempotency'] as const;

/** A memory storage that can be told to fail at the n-th write. */
export interface FaultyStorage extends MemoryStorage {
  /** Counts writes from now on and fails the n-th (1-based); `Infinity` only counts. */
  arm(n: number): void;
  /** Stops failing (writes are still counted). */
  disarm(): void;
  /** Writes counted since the last `arm`, and which kinds. */
  readonly writes: readonly string[];
}

/** Wraps a memory storage for fault injection. */
export function faultyStorage(inner: MemoryStorage): FaultyStorage {
  let failAt = Number.POSITIVE_INFINITY;
  let writes: string[] = [];
  const wrap = (tx: StorageTransaction): StorageTransaction => {
    const out = Object.create(tx) as Record<string, unknown>;
    for (const name of [...WRITES, 'get', 'list', 'listAudit', 'lastAudit', 'getBlob', 'getIdempotency'] as const) {
      const original = (tx[name] as (...args: unknown[]) => Promise<unknown>).bind(tx);
      out[name] = (...args: unknown[]) => {
        if ((WRITES as readonly string[]).includes(name)) {
          writes.push(name);
          if (writes.length === failAt) return Promise.reject(new HonorariaError('storage_failure', { details: { injected: true, at: name } }));
        }
        return original(...args);
      };
    }
    return out as unknown as StorageTransaction;
  };
  return {
    ...inner,
    name: 'faulty-memory',
    get: inner.get.bind(inner),
    list: inner.list.bind(inner),
    listAudit: inner.listAudit.bind(inner),
    lastAudit: inner.lastAudit.bind(inner),
    getBlob: inner.getBlob.bind(inner),
    getIdempotency: inner.getIdempotency.bind(inner),
    close: inner.close.bind(inner),
    snapshot: inner.snapshot.bind(inner),
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    arm(n) {
      failAt = n;
      writes = [];
    },
    disarm() {
      failAt = Number.POSITIVE_INFINITY;
    },
    get writes() {
      return writes;
    },
  };
}
