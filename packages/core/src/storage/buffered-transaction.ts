import type {
  AuditAppend,
  AuditQuery,
  AuditRecord,
  BlobInput,
  IdempotencyRecord,
  JsonValue,
  ListQuery,
  Page,
  PutInput,
  RelatedRecords,
  StorageTransaction,
  StoredBlob,
  StoredRecord,
} from '../ports/storage-adapter';
import type { NormalizedAuditQuery } from './audit-input';
import { auditPageOf, auditRecordOf, normalizeAuditAppend, normalizeAuditQuery } from './audit-input';
import { copyBlob, normalizeBlobInput } from './blob-input';
import { checkIdempotencyKey, copyIdempotencyRecord, normalizeIdempotencyRecord } from './idempotency-input';
import type { NormalizedListQuery } from './list-query';
import { compareInListOrder, isAfterCursor, matchesListQuery, normalizeListQuery, pageOf } from './list-query';
import { checkCollection, checkDeleteVersion, checkRecordRef, copyRecord, normalizePutInput } from './record-input';
import { invalidStorageInput, storageConflict, transactionEnded } from './storage-errors';
import { checkKey } from './storage-text';

/**
 * What a {@link BufferedTransaction} reads through: the committed state of a store. Every
 * method returns fresh copies the transaction may hand out.
 */
export interface CommittedReader {
  get(collection: string, id: string): Promise<StoredRecord | null>;
  /** At most `count` records of a collection that match `query` and come after its cursor, in its order. */
  list(collection: string, query: NormalizedListQuery, count: number): Promise<StoredRecord[]>;
  /** At most `count` events after `query.afterPosition` (of one subject if set), by position. */
  listAudit(query: NormalizedAuditQuery, count: number): Promise<AuditRecord[]>;
  lastAudit(subjectId: string): Promise<AuditRecord | null>;
  getBlob(id: string): Promise<StoredBlob | null>;
  hasBlob(id: string): Promise<boolean>;
  getIdempotency(key: string): Promise<IdempotencyRecord | null>;
  /** Takes the next audit position, like a database sequence (a rolled-back transaction leaves a gap). */
  allocateAuditPosition(): Promise<number>;
  /**
   * When `true`, {@link BufferedTransaction.appendAudit} does not read a subject's last event:
   * it takes the appended event's `seq - 1` as the subject's base, and the adapter checks at
   * commit that the stored last sequence number is that base (a higher one is a `conflict`, a
   * lower one `validation_failed` with `sequence_gap`). Saves one read per audited subject on
   * stores where a read is a network round trip.
   */
  readonly deferAuditBase?: boolean;
  /**
   * When `true`, writes read nothing: a record the transaction has not read is taken to be at
   * the version the write expects (a create, at 0), a blob id and an idempotency key to be free;
   * the adapter's commit checks all of it and applies nothing on a mismatch (`conflict`).
   */
  readonly checkWritesAtCommit?: boolean;
  /** The version of a record this transaction's reader has already read (0: absent), or `undefined` if it has not. */
  readVersion?(collection: string, id: string): number | undefined;
  /** {@link CommittedReader.get}, reading ahead related records in the same round trip. */
  getWith?(collection: string, id: string, related: RelatedRecords): Promise<StoredRecord | null>;
}

/** A buffered record write: the version the transaction saw first, and the record (`null` when deleted). */
export interface BufferedWrite {
  readonly collection: string;
  readonly id: string;
  /** The committed version when the transaction first touched the record (0: absent). Commit requires it unchanged. */
  readonly baseVersion: number;
  readonly record: StoredRecord | null;
}

/** Everything a {@link BufferedTransaction} wrote, for the adapter to commit. */
export interface TransactionBuffer {
  readonly records: ReadonlyMap<string, BufferedWrite>;
  /**
   * Appended events, in append order. An event queued with `queueAudit` has no position yet:
   * its `position` is 0 and the adapter assigns one at commit, after every earlier event's.
   */
  readonly audit: readonly AuditRecord[];
  /** For each subject appended to: its committed last sequence number when first seen. Commit requires it unchanged. */
  readonly auditBaseSeq: ReadonlyMap<string, number>;
  readonly blobs: ReadonlyMap<string, StoredBlob>;
  readonly idempotency: ReadonlyMap<string, IdempotencyRecord>;
}

/** The key of a record in a {@link TransactionBuffer} (U+0000 never occurs in valid names). */
export function recordKey(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}

/**
 * A storage transaction that buffers its writes in memory, checks versions when it writes, and
 * lets its own reads see them. The adapter commits {@link BufferedTransaction.buffer} at the end,
 * checking again that every base version and audit sequence is unchanged. Adapters over stores
 * whose transactions cannot span other asynchronous work (IndexedDB, key-value stores) and the
 * memory adapter use it.
 */
export class BufferedTransaction implements StorageTransaction {
  readonly #reader: CommittedReader;
  readonly #records = new Map<string, BufferedWrite>();
  readonly #audit: AuditRecord[] = [];
  readonly #auditBase = new Map<string, number>();
  readonly #blobs = new Map<string, StoredBlob>();
  readonly #idempotency = new Map<string, IdempotencyRecord>();
  #ended = false;

  /**
   * {@link StorageTransaction.queueAudit}: present only when the reader defers audit bases
   * ({@link CommittedReader.deferAuditBase}); the event reads nothing and gets its position at commit.
   */
  readonly queueAudit?: (event: AuditAppend) => Promise<void>;
  /** {@link StorageTransaction.getWith}: present only when the reader can read related records ahead. */
  readonly getWith?: <T = JsonValue>(collection: string, id: string, related: RelatedRecords) => Promise<StoredRecord<T> | null>;

  constructor(reader: CommittedReader) {
    this.#reader = reader;
    if (reader.deferAuditBase === true) this.queueAudit = (event) => this.#queueAudit(event);
    if (reader.getWith !== undefined) this.getWith = (collection, id, related) => this.#getWith(collection, id, related);
  }

  /** What the transaction wrote. */
  get buffer(): TransactionBuffer {
    return { records: this.#records, audit: this.#audit, auditBaseSeq: this.#auditBase, blobs: this.#blobs, idempotency: this.#idempotency };
  }

  /** Ends the transaction: every later call throws. */
  end(): void {
    this.#ended = true;
  }

  #open(): void {
    if (this.#ended) throw transactionEnded();
  }

  async get<T = JsonValue>(collection: string, id: string): Promise<StoredRecord<T> | null> {
    this.#open();
    checkRecordRef(collection, id);
    const write = this.#records.get(recordKey(collection, id));
    if (write !== undefined) return write.record === null ? null : copyRecord<T>(write.record);
    return (await this.#reader.get(collection, id)) as StoredRecord<T> | null;
  }

  async #getWith<T>(collection: string, id: string, related: RelatedRecords): Promise<StoredRecord<T> | null> {
    this.#open();
    checkRecordRef(collection, id);
    const write = this.#records.get(recordKey(collection, id));
    if (write !== undefined || this.#reader.getWith === undefined) return this.get<T>(collection, id);
    return (await this.#reader.getWith(collection, id, related)) as StoredRecord<T> | null;
  }

  async list<T = JsonValue>(collection: string, query?: ListQuery): Promise<Page<StoredRecord<T>>> {
    this.#open();
    checkCollection(collection);
    const q = normalizeListQuery(query);
    if (q.empty) return { items: [], nextCursor: null };
    let count = q.limit + 1 + this.#writesIn(collection);
    for (;;) {
      const committed = await this.#reader.list(collection, q, count);
      this.#open();
      const kept = committed.filter((r) => !this.#records.has(recordKey(collection, r.id)));
      // Writes made meanwhile may hide more committed rows than planned: read further.
      if (committed.length === count && kept.length < q.limit + 1) {
        count += q.limit + 1;
        continue;
      }
      for (const write of this.#records.values()) {
        const r = write.record;
        if (write.collection === collection && r !== null && matchesListQuery(r, q) && isAfterCursor(r, q)) kept.push(copyRecord(r));
      }
      kept.sort((a, b) => compareInListOrder(a, b, q.order));
      return pageOf(kept.slice(0, q.limit + 1) as StoredRecord<T>[], q.limit);
    }
  }

  async listAudit(query?: AuditQuery): Promise<Page<AuditRecord>> {
    this.#open();
    const q = normalizeAuditQuery(query);
    const committed = await this.#reader.listAudit(q, q.limit + 1);
    this.#open();
    const own = this.#audit.filter((e) => (q.subjectId === null || e.subjectId === q.subjectId) && (e.position === 0 || e.position > q.afterPosition));
    // Queued events (position 0, assigned at commit) come after every committed one, in append order.
    const rank = (e: AuditRecord): number => (e.position === 0 ? Number.MAX_SAFE_INTEGER : e.position);
    const merged = [...committed, ...own.map((e) => auditRecordOf(e, e.position))].sort((a, b) => rank(a) - rank(b));
    return auditPageOf(merged.slice(0, q.limit + 1), q.limit);
  }

  async lastAudit(subjectId: string): Promise<AuditRecord | null> {
    this.#open();
    checkKey(subjectId, ['subjectId']);
    const own = this.#lastOwnAudit(subjectId);
    return own !== undefined ? auditRecordOf(own, own.position) : this.#reader.lastAudit(subjectId);
  }

  async getBlob(id: string): Promise<StoredBlob | null> {
    this.#open();
    checkKey(id, ['id']);
    const own = this.#blobs.get(id);
    return own !== undefined ? copyBlob(own) : this.#reader.getBlob(id);
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    this.#open();
    checkIdempotencyKey(key);
    const own = this.#idempotency.get(key);
    return own !== undefined ? copyIdempotencyRecord(own) : this.#reader.getIdempotency(key);
  }

  async put<T extends JsonValue>(input: PutInput<T>): Promise<StoredRecord<T>> {
    this.#open();
    const p = normalizePutInput(input);
    const current = await this.#currentVersion(p.collection, p.id, p.expectedVersion);
    if (current.version !== p.expectedVersion) throw this.#versionConflict(p.collection, p.id, p.expectedVersion, current.version);
    const record: StoredRecord = { collection: p.collection, id: p.id, version: current.version + 1, data: p.data, index: p.index };
    this.#records.set(recordKey(p.collection, p.id), { collection: p.collection, id: p.id, baseVersion: current.base, record });
    return copyRecord<T>(record);
  }

  async delete(collection: string, id: string, expectedVersion: number): Promise<void> {
    this.#open();
    checkRecordRef(collection, id);
    const expected = checkDeleteVersion(expectedVersion);
    const current = await this.#currentVersion(collection, id, expected);
    if (current.version !== expected) throw this.#versionConflict(collection, id, expected, current.version);
    this.#records.set(recordKey(collection, id), { collection, id, baseVersion: current.base, record: null });
  }

  async appendAudit(event: AuditAppend): Promise<AuditRecord> {
    this.#open();
    const e = normalizeAuditAppend(event);
    if (!this.#auditBase.has(e.subjectId) && this.#reader.deferAuditBase === true && this.#lastOwnAudit(e.subjectId) === undefined) {
      this.#auditBase.set(e.subjectId, e.seq - 1);
    }
    if (!this.#auditBase.has(e.subjectId)) {
      const last = await this.#reader.lastAudit(e.subjectId);
      this.#open();
      if (!this.#auditBase.has(e.subjectId)) this.#auditBase.set(e.subjectId, last?.seq ?? 0);
    }
    this.#checkAppend(e);
    const position = await this.#reader.allocateAuditPosition();
    this.#open();
    this.#checkAppend(e); // another append of this transaction may have run meanwhile
    const record = auditRecordOf(e, position);
    this.#audit.push(record);
    return auditRecordOf(record, position);
  }

  /** Queues an audit event without reading: its base is `seq - 1` and its position (0 here) is assigned at commit. */
  async #queueAudit(event: AuditAppend): Promise<void> {
    this.#open();
    const e = normalizeAuditAppend(event);
    if (!this.#auditBase.has(e.subjectId) && this.#lastOwnAudit(e.subjectId) === undefined) this.#auditBase.set(e.subjectId, e.seq - 1);
    this.#checkAppend(e);
    this.#audit.push(auditRecordOf(e, 0));
  }

  async putBlob(blob: BlobInput): Promise<void> {
    this.#open();
    const stored = normalizeBlobInput(blob);
    const exists = this.#blobs.has(stored.id) || (this.#reader.checkWritesAtCommit !== true && (await this.#reader.hasBlob(stored.id)));
    this.#open();
    if (exists || this.#blobs.has(stored.id)) throw storageConflict('blob_exists', { blobId: stored.id });
    this.#blobs.set(stored.id, stored);
  }

  async putIdempotency(record: IdempotencyRecord): Promise<void> {
    this.#open();
    const stored = normalizeIdempotencyRecord(record);
    const exists = this.#idempotency.has(stored.key) || (this.#reader.checkWritesAtCommit !== true && (await this.#reader.getIdempotency(stored.key)) !== null);
    this.#open();
    if (exists || this.#idempotency.has(stored.key)) throw storageConflict('idempotency_key_taken');
    this.#idempotency.set(stored.key, stored);
  }

  #writesIn(collection: string): number {
    let n = 0;
    for (const write of this.#records.values()) if (write.collection === collection) n++;
    return n;
  }

  async #currentVersion(collection: string, id: string, expectedVersion: number): Promise<{ base: number; version: number }> {
    const key = recordKey(collection, id);
    const read = this.#records.has(key) ? 0 : this.#reader.checkWritesAtCommit === true ? (this.#reader.readVersion?.(collection, id) ?? expectedVersion) : undefined;
    const committed = read ?? ((await this.#reader.get(collection, id))?.version ?? 0);
    this.#open();
    const write = this.#records.get(key); // look again: another call of this transaction may have written it
    return write !== undefined ? { base: write.baseVersion, version: write.record?.version ?? 0 } : { base: committed, version: committed };
  }

  #versionConflict(collection: string, id: string, expectedVersion: number, actualVersion: number) {
    const reason = expectedVersion === 0 ? 'record_exists' : actualVersion === 0 ? 'record_missing' : 'version_mismatch';
    return storageConflict(reason, { collection, id, expectedVersion, actualVersion });
  }

  #lastOwnAudit(subjectId: string): AuditRecord | undefined {
    let last: AuditRecord | undefined;
    for (const e of this.#audit) if (e.subjectId === subjectId && (last === undefined || e.seq > last.seq)) last = e;
    return last;
  }

  #checkAppend(e: AuditAppend): void {
    if (this.#audit.some((own) => own.id === e.id)) throw storageConflict('audit_id_taken', { eventId: e.id });
    const last = this.#lastOwnAudit(e.subjectId)?.seq ?? this.#auditBase.get(e.subjectId) ?? 0;
    if (e.seq <= last) throw storageConflict('audit_sequence_taken', { subjectId: e.subjectId, seq: e.seq });
    if (e.seq > last + 1) throw invalidStorageInput(['seq'], 'sequence_gap');
  }
}
