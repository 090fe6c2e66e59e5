import type { AuditRecord, IdempotencyRecord, StoredBlob, StoredRecord } from '../ports/storage-adapter';
import type { NormalizedAuditQuery } from './audit-input';
import { auditRecordOf } from './audit-input';
import { copyBlob } from './blob-input';
import type { CommittedReader, TransactionBuffer } from './buffered-transaction';
import { copyIdempotencyRecord } from './idempotency-input';
import type { NormalizedListQuery } from './list-query';
import { listPositionOf, matchesListQuery } from './list-query';
import { copyRecord } from './record-input';
import { storageConflict } from './storage-errors';
import type { ListPosition } from './storage-order';
import { compareCodePoints, compareListPositions } from './storage-order';

/** One collection: records by id, and the same records sorted by `(sortKey, id)`. */
class CollectionState {
  readonly byId = new Map<string, StoredRecord>();
  readonly sorted: StoredRecord[] = [];

  /** The index of the first record at or after `position` (`strict`: after it). */
  lowerBound(position: ListPosition, strict: boolean): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareListPositions(listPositionOf(this.sorted[mid] as StoredRecord), position);
      if (c < 0 || (strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  remove(id: string): void {
    const old = this.byId.get(id);
    if (old === undefined) return;
    this.sorted.splice(this.lowerBound(listPositionOf(old), false), 1);
    this.byId.delete(id);
  }

  insert(record: StoredRecord): void {
    this.remove(record.id);
    this.sorted.splice(this.lowerBound(listPositionOf(record), false), 0, record);
    this.byId.set(record.id, record);
  }
}

/**
 * The committed state of the memory adapter. Stored values are private normalized copies;
 * everything handed out is copied again. {@link MemoryState.commit} checks a transaction's
 * buffer and applies it in one synchronous step, so commits are atomic.
 */
export class MemoryState implements CommittedReader {
  readonly #collections = new Map<string, CollectionState>();
  /** The whole audit log, by position. */
  readonly #audit: AuditRecord[] = [];
  readonly #auditBySubject = new Map<string, AuditRecord[]>();
  readonly #auditIds = new Set<string>();
  readonly #blobs = new Map<string, StoredBlob>();
  readonly #idempotency = new Map<string, IdempotencyRecord>();
  #lastPosition = 0;
  /** Commits so far, and the commit that last wrote or deleted each record (by collection and id). */
  #commits = 0;
  readonly #changedAt = new Map<string, number>();

  /** The number of commits so far: a transaction's starting point. */
  get commits(): number {
    return this.#commits;
  }

  /**
   * A reader for a transaction that began after `start` commits: it reads the committed state,
   * and throws `conflict` when what it would return was written by a later commit, so everything
   * a transaction reads belongs to one state, as a database snapshot gives (a command never
   * computes from a request read before a concurrent commit and its mandate read after it).
   */
  readerAt(start: number): CommittedReader {
    const check = (collection: string, ids: readonly string[]): void => {
      for (const id of ids) {
        if ((this.#changedAt.get(`${collection}\u0000${id}`) ?? 0) > start) throw storageConflict('concurrent_transaction', { collection, id });
      }
    };
    return {
      get: async (collection, id) => {
        check(collection, [id]);
        return this.get(collection, id);
      },
      list: async (collection, query, count) => {
        const found = await this.list(collection, query, count);
        check(collection, found.map((r) => r.id));
        return found;
      },
      listAudit: (query, count) => this.listAudit(query, count),
      lastAudit: (subjectId) => this.lastAudit(subjectId),
      getBlob: (id) => this.getBlob(id),
      hasBlob: (id) => this.hasBlob(id),
      getIdempotency: (key) => this.getIdempotency(key),
      allocateAuditPosition: () => this.allocateAuditPosition(),
    };
  }

  async get(collection: string, id: string): Promise<StoredRecord | null> {
    const record = this.#collections.get(collection)?.byId.get(id);
    return record === undefined ? null : copyRecord(record);
  }

  async list(collection: string, query: NormalizedListQuery, count: number): Promise<StoredRecord[]> {
    const state = this.#collections.get(collection);
    const out: StoredRecord[] = [];
    if (state === undefined || query.empty) return out;
    const { sorted } = state;
    if (query.order === 'asc') {
      let i = 0;
      if (query.after !== null) i = state.lowerBound(query.after, true);
      if (query.sortKeyFrom !== null) i = Math.max(i, state.lowerBound({ sortKey: query.sortKeyFrom, id: '' }, false));
      for (; i < sorted.length && out.length < count; i++) {
        const r = sorted[i] as StoredRecord;
        if (query.sortKeyBefore !== null && compareCodePoints(r.index.sortKey, query.sortKeyBefore) >= 0) break;
        if (matchesListQuery(r, query)) out.push(copyRecord(r));
      }
    } else {
      let i = sorted.length - 1;
      if (query.after !== null) i = state.lowerBound(query.after, false) - 1;
      if (query.sortKeyBefore !== null) i = Math.min(i, state.lowerBound({ sortKey: query.sortKeyBefore, id: '' }, false) - 1);
      for (; i >= 0 && out.length < count; i--) {
        const r = sorted[i] as StoredRecord;
        if (query.sortKeyFrom !== null && compareCodePoints(r.index.sortKey, query.sortKeyFrom) < 0) break;
        if (matchesListQuery(r, query)) out.push(copyRecord(r));
      }
    }
    return out;
  }

  async listAudit(query: NormalizedAuditQuery, count: number): Promise<AuditRecord[]> {
    const events = query.subjectId === null ? this.#audit : (this.#auditBySubject.get(query.subjectId) ?? []);
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((events[mid] as AuditRecord).position <= query.afterPosition) lo = mid + 1;
      else hi = mid;
    }
    return events.slice(lo, lo + count).map((e) => auditRecordOf(e, e.position));
  }

  async lastAudit(subjectId: string): Promise<AuditRecord | null> {
    const events = this.#auditBySubject.get(subjectId);
    const last = events?.[events.length - 1];
    return last === undefined ? null : auditRecordOf(last, last.position);
  }

  async getBlob(id: string): Promise<StoredBlob | null> {
    const blob = this.#blobs.get(id);
    return blob === undefined ? null : copyBlob(blob);
  }

  async hasBlob(id: string): Promise<boolean> {
    return this.#blobs.has(id);
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    const record = this.#idempotency.get(key);
    return record === undefined ? null : copyIdempotencyRecord(record);
  }

  async allocateAuditPosition(): Promise<number> {
    return ++this.#lastPosition;
  }

  /** Checks a transaction's buffer against the committed state and applies it, or throws `conflict` and applies nothing. */
  commit(buffer: TransactionBuffer): void {
    for (const write of buffer.records.values()) {
      const current = this.#collections.get(write.collection)?.byId.get(write.id)?.version ?? 0;
      if (current !== write.baseVersion) {
        throw storageConflict('concurrent_transaction', { collection: write.collection, id: write.id, expectedVersion: write.baseVersion, actualVersion: current });
      }
    }
    for (const [subjectId, baseSeq] of buffer.auditBaseSeq) {
      const events = this.#auditBySubject.get(subjectId);
      if ((events?.[events.length - 1]?.seq ?? 0) !== baseSeq) throw storageConflict('audit_sequence_taken', { subjectId });
    }
    for (const event of buffer.audit) if (this.#auditIds.has(event.id)) throw storageConflict('audit_id_taken', { eventId: event.id });
    for (const id of buffer.blobs.keys()) if (this.#blobs.has(id)) throw storageConflict('blob_exists', { blobId: id });
    for (const key of buffer.idempotency.keys()) if (this.#idempotency.has(key)) throw storageConflict('idempotency_key_taken');

    const commit = ++this.#commits;
    for (const write of buffer.records.values()) {
      let state = this.#collections.get(write.collection);
      if (state === undefined) this.#collections.set(write.collection, (state = new CollectionState()));
      if (write.record === null) state.remove(write.id);
      else state.insert(write.record);
      this.#changedAt.set(`${write.collection}\u0000${write.id}`, commit);
    }
    for (const event of buffer.audit) this.#appendEvent(event);
    for (const [id, blob] of buffer.blobs) this.#blobs.set(id, blob);
    for (const [key, record] of buffer.idempotency) this.#idempotency.set(key, record);
  }

  #appendEvent(event: AuditRecord): void {
    // Positions were taken when appended, so a transaction that commits later may hold smaller ones.
    insertByPosition(this.#audit, event);
    let events = this.#auditBySubject.get(event.subjectId);
    if (events === undefined) this.#auditBySubject.set(event.subjectId, (events = []));
    insertByPosition(events, event);
    this.#auditIds.add(event.id);
  }

  /** Copies of everything committed. */
  snapshot(): { records: StoredRecord[]; audit: AuditRecord[]; blobs: StoredBlob[]; idempotency: IdempotencyRecord[] } {
    const records: StoredRecord[] = [];
    for (const state of this.#collections.values()) for (const r of state.sorted) records.push(copyRecord(r));
    return {
      records,
      audit: this.#audit.map((e) => auditRecordOf(e, e.position)),
      blobs: [...this.#blobs.values()].map(copyBlob),
      idempotency: [...this.#idempotency.values()].map(copyIdempotencyRecord),
    };
  }
}

function insertByPosition(events: AuditRecord[], event: AuditRecord): void {
  let i = events.length;
  while (i > 0 && (events[i - 1] as AuditRecord).position > event.position) i--;
  events.splice(i, 0, event);
}
