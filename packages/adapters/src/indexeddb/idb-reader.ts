/// <reference lib="dom" />
import { compareCodePoints, matchesListQuery } from '@honoraria/core/storage';
import type { AuditRecord, CommittedReader, IdempotencyRecord, JsonValue, NormalizedAuditQuery, NormalizedIndex, NormalizedListQuery, StoredBlob, StoredRecord } from '@honoraria/core/storage';
import { codePoints, collectionEnd, orderKey } from './idb-order-key';
import type { OrderKey } from './idb-order-key';
import { STORES, requestResult, transactionDone, walk } from './idb-requests';

/** A record as stored in the `records` object store. */
export interface RecordRow {
  readonly collection: string;
  readonly id: string;
  readonly version: number;
  readonly data: JsonValue;
  readonly index: NormalizedIndex;
  readonly order: OrderKey;
}

/** A blob as stored in the `blobs` object store. */
export interface BlobRow {
  readonly id: string;
  readonly contentType: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

/** The stored row of a record. */
export function recordRow(record: StoredRecord): RecordRow {
  const index = record.index as NormalizedIndex;
  return { collection: record.collection, id: record.id, version: record.version, data: record.data, index, order: orderKey(record.collection, index.sortKey, record.id) };
}

function recordOf(row: RecordRow): StoredRecord {
  return { collection: row.collection, id: row.id, version: row.version, data: row.data, index: row.index };
}

/** The key range of a listing, and the direction to walk it. */
function listRange(collection: string, q: NormalizedListQuery): { range: IDBKeyRange; direction: IDBCursorDirection } {
  let lower: OrderKey = [collection];
  let lowerOpen = false;
  let upper: OrderKey = collectionEnd(collection);
  let upperOpen = false;
  if (q.sortKeyFrom !== null) lower = [collection, codePoints(q.sortKeyFrom)];
  if (q.sortKeyBefore !== null) [upper, upperOpen] = [[collection, codePoints(q.sortKeyBefore)], true];
  if (q.after !== null) {
    const at = orderKey(collection, q.after.sortKey, q.after.id);
    if (q.order === 'asc' && (q.sortKeyFrom === null || compareCodePoints(q.after.sortKey, q.sortKeyFrom) >= 0)) [lower, lowerOpen] = [at, true];
    if (q.order === 'desc' && (q.sortKeyBefore === null || compareCodePoints(q.after.sortKey, q.sortKeyBefore) < 0)) [upper, upperOpen] = [at, true];
  }
  return { range: IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen), direction: q.order === 'asc' ? 'next' : 'prev' };
}

/**
 * Reads the committed state of an IndexedDB storage, each call in its own read-only
 * transaction (which IndexedDB runs after any read-write transaction on the same stores).
 */
export class IdbReader implements CommittedReader {
  constructor(private readonly db: IDBDatabase) {}

  private store(name: string, mode: IDBTransactionMode = 'readonly'): IDBObjectStore {
    return this.db.transaction(name, mode).objectStore(name);
  }

  async get(collection: string, id: string): Promise<StoredRecord | null> {
    const row = await requestResult<RecordRow | undefined>(this.store(STORES.records).get([collection, id]));
    return row === undefined ? null : recordOf(row);
  }

  async list(collection: string, query: NormalizedListQuery, count: number): Promise<StoredRecord[]> {
    const out: StoredRecord[] = [];
    if (query.empty) return out;
    const { range, direction } = listRange(collection, query);
    // Filters on other fields are checked while walking the (collection, sortKey, id) order.
    await walk(this.store(STORES.records).index('order').openCursor(range, direction), (value) => {
      const record = recordOf(value as RecordRow);
      if (matchesListQuery(record, query)) out.push(record);
      return out.length < count;
    });
    return out;
  }

  async listAudit(query: NormalizedAuditQuery, count: number): Promise<AuditRecord[]> {
    const out: AuditRecord[] = [];
    const store = this.store(STORES.audit);
    const request =
      query.subjectId === null
        ? store.openCursor(IDBKeyRange.lowerBound(query.afterPosition, true))
        : store.index('subject').openCursor(IDBKeyRange.bound([query.subjectId, 0], [query.subjectId, Number.POSITIVE_INFINITY]));
    await walk(request, (value) => {
      const event = value as AuditRecord;
      if (event.position > query.afterPosition) out.push(event);
      return out.length < count;
    });
    return out;
  }

  async lastAudit(subjectId: string): Promise<AuditRecord | null> {
    let last: AuditRecord | null = null;
    const range = IDBKeyRange.bound([subjectId, 0], [subjectId, Number.POSITIVE_INFINITY]);
    await walk(this.store(STORES.audit).index('subject').openCursor(range, 'prev'), (value) => {
      last = value as AuditRecord;
      return false;
    });
    return last;
  }

  async getBlob(id: string): Promise<StoredBlob | null> {
    const row = await requestResult<BlobRow | undefined>(this.store(STORES.blobs).get(id));
    return row === undefined ? null : { id: row.id, bytes: row.bytes, contentType: row.contentType, size: row.size };
  }

  async hasBlob(id: string): Promise<boolean> {
    return (await requestResult(this.store(STORES.blobs).count(id))) > 0;
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    return (await requestResult<IdempotencyRecord | undefined>(this.store(STORES.idempotency).get(key))) ?? null;
  }

  async allocateAuditPosition(): Promise<number> {
    // Like a database sequence: its own short transaction, never rolled back.
    const store = this.store(STORES.meta, 'readwrite');
    const done = transactionDone(store.transaction);
    const row = await requestResult<{ name: string; value: number } | undefined>(store.get('auditPosition'));
    const position = (row?.value ?? 0) + 1;
    store.put({ name: 'auditPosition', value: position });
    await done;
    return position;
  }
}
