/**
 * The storage port: everything the workflow service needs from a database, and nothing more.
 *
 * Records are JSON documents in named collections, each with an integer version (optimistic
 * concurrency) and a small set of typed index fields that adapters store as real, indexed
 * columns. Every write happens inside {@link StorageAdapter.transaction}; the audit log is
 * append-only; blobs hold the documents of "My Files"; idempotency keys remember the first
 * result of a command.
 *
 * Every adapter must pass the conformance suite in `@honoraria/adapters/testing`.
 *
 * Rules every adapter applies the same way (core exports the shared validators):
 * - strings never contain U+0000 or a lone surrogate (PostgreSQL cannot store them); names,
 *   ids, index values and sort keys are non-empty and at most 128 characters (collections 64,
 *   idempotency keys 512). Bad input is refused with `validation_failed` and nothing is written.
 * - JSON comes back as JSONB gives it: `undefined` members dropped, object keys possibly in
 *   another order. Never depend on key order: hash a canonical form.
 * - strings are ordered by Unicode code point (the byte order of UTF-8, PostgreSQL's
 *   `COLLATE "C"`), not by locale.
 */

/** A JSON value, as records, audit data and idempotent results are stored. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The index fields a record can be filtered by. Adapters store them as typed, indexed columns. */
export type IndexField = 'partnerId' | 'status' | 'assigneeId' | 'parentId';

/**
 * The index fields of a record, and the key it is sorted by. Adapters return every field,
 * `null` where empty.
 */
export interface RecordIndex {
  /** The partner the record belongs to (a partner sees only records with their id). */
  readonly partnerId?: string | null;
  /** The record's state, such as `under_review`. */
  readonly status?: string | null;
  /** Who must act next: an approver, an officer. */
  readonly assigneeId?: string | null;
  /** The record this one belongs to: a request's mandate, an interview's application. */
  readonly parentId?: string | null;
  /**
   * When something is due (ISO 8601 instant, UTC, `Z`); read by deadline scans. Compared as an
   * instant and returned in `Date.prototype.toISOString()` form (milliseconds).
   */
  readonly dueAt?: string | null;
  /** The ordering key of listings (ties broken by id), such as an ISO creation instant. Compared by code point. */
  readonly sortKey: string;
}

/** A record as stored: its collection, id, version, data and index. */
export interface StoredRecord<T = JsonValue> {
  readonly collection: string;
  readonly id: string;
  /** 1 after creation, incremented by every write. */
  readonly version: number;
  readonly data: T;
  readonly index: RecordIndex;
}

/** What {@link StorageTransaction.put} writes. */
export interface PutInput<T = JsonValue> {
  readonly collection: string;
  readonly id: string;
  readonly data: T;
  readonly index: RecordIndex;
  /**
   * The version the caller read: `0` creates the record (a conflict if it exists); `n`
   * replaces version `n` (a conflict if the stored version is not `n`).
   */
  readonly expectedVersion: number;
}

/** A filter on an index field: a value, `null` (the field is empty) or any of several values. */
export type IndexFilter = string | null | readonly string[];

/** A listing query. Results are ordered by `(sortKey, id)`; cursors stay stable while records are inserted. */
export interface ListQuery {
  /** Equality (or membership, for an array) on index fields; all must match. */
  readonly where?: Partial<Readonly<Record<IndexField, IndexFilter>>>;
  /** Only records whose `dueAt` is set and at or before this instant (ISO 8601, UTC). */
  readonly dueAtOrBefore?: string;
  /** Only records whose sortKey is at or after this value. */
  readonly sortKeyFrom?: string;
  /** Only records whose sortKey is strictly before this value. */
  readonly sortKeyBefore?: string;
  /** Ascending (default) or descending by `(sortKey, id)`. */
  readonly order?: 'asc' | 'desc';
  /** Page size: default 50, at most 1000 (more is `validation_failed`). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page (opaque; a malformed one is `validation_failed`). */
  readonly cursor?: string | null;
}

/** A page of a listing. */
export interface Page<T> {
  readonly items: readonly T[];
  /** The cursor of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
}

/** Who did something, as the audit log records it. */
export interface AuditActor {
  readonly id: string;
  readonly roles?: readonly string[];
  /** The person an approver acted for under a delegation. */
  readonly actingFor?: string | null;
}

/** An audit event to append. */
export interface AuditAppend {
  readonly id: string;
  readonly subjectType: string;
  readonly subjectId: string;
  /**
   * 1 for the first event of a subject, then +1; a duplicate `(subjectId, seq)` (or event id) is
   * a conflict, a gap is `validation_failed`.
   */
  readonly seq: number;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly actor: AuditActor;
  readonly action: string;
  readonly fromState?: string | null;
  readonly toState?: string | null;
  readonly data?: JsonValue;
  /** The hash of the subject's previous event, `null` for the first. */
  readonly prevHash: string | null;
  /** The SHA-256 (hex) of this event's canonical form, prevHash included. */
  readonly hash: string;
}

/**
 * An audit event as stored, with its position in the whole log: strictly increasing in append
 * order, like a database sequence (rolled-back transactions leave gaps). Members are returned
 * exactly as appended (an absent `data` stays absent), since the hash covers them. With
 * concurrent writers an event can become visible after one with a higher position: to follow
 * the log, poll by position and allow for late arrivals.
 */
export interface AuditRecord extends AuditAppend {
  readonly position: number;
}

/** A query on the audit log, in append order. */
export interface AuditQuery {
  /** Only the events of one subject. */
  readonly subjectId?: string;
  /** Only events after this position. */
  readonly afterPosition?: number;
  /** Page size: default 100, at most 1000. */
  readonly limit?: number;
}

/** A binary document to store, such as a rendered PDF for "My Files". Blobs are immutable. */
export interface BlobInput {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/** A stored blob. */
export interface StoredBlob {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly size: number;
}

/** The first result of an idempotent command, remembered under its key. */
export interface IdempotencyRecord {
  readonly key: string;
  /** A fingerprint of the command and its input: a retry with another input is refused. */
  readonly fingerprint: string;
  readonly result: JsonValue;
}

/** A record to read: its collection and id. */
export interface RecordRef {
  readonly collection: string;
  readonly id: string;
}

/** Reads, available on the adapter and inside a transaction (which sees its own writes). */
export interface StorageReader {
  /** A record, or `null`. */
  get<T = JsonValue>(collection: string, id: string): Promise<StoredRecord<T> | null>;
  /**
   * Optional: several records in one round trip, in the order asked (`null` for a missing one).
   * Callers use it when present and fall back to `get` (core's `getRecords` does both).
   */
  getMany?<T = JsonValue>(refs: readonly RecordRef[]): Promise<(StoredRecord<T> | null)[]>;
  /** A page of records of a collection. */
  list<T = JsonValue>(collection: string, query?: ListQuery): Promise<Page<StoredRecord<T>>>;
  /** A page of the audit log in append order; `nextCursor` is the last position, as a string. */
  listAudit(query?: AuditQuery): Promise<Page<AuditRecord>>;
  /** The latest audit event of a subject, or `null`. */
  lastAudit(subjectId: string): Promise<AuditRecord | null>;
  /** A blob, or `null`. */
  getBlob(id: string): Promise<StoredBlob | null>;
  /** The remembered result of an idempotency key, or `null`. */
  getIdempotency(key: string): Promise<IdempotencyRecord | null>;
}

/**
 * Records to read together with another one: those whose id is its `partnerId` or its
 * `parentId`, in the given collections (a payment request's mandate, a partner's file).
 */
export interface RelatedRecords {
  readonly byPartnerId?: readonly string[];
  readonly byParentId?: readonly string[];
}

/** Writes, only inside a transaction. A conflict throws a `HonorariaError` with code `conflict`. */
export interface StorageTransaction extends StorageReader {
  /**
   * Optional: {@link StorageReader.get}, also reading ahead the {@link RelatedRecords} of the
   * record in the same round trip, so that the transaction's later `get` of them sends nothing.
   * Callers use it when present and fall back to `get`.
   */
  getWith?<T = JsonValue>(collection: string, id: string, related: RelatedRecords): Promise<StoredRecord<T> | null>;
  /** Creates or replaces a record at its expected version; returns it with its new version. */
  put<T extends JsonValue>(input: PutInput<T>): Promise<StoredRecord<T>>;
  /** Deletes a record at its expected version. */
  delete(collection: string, id: string, expectedVersion: number): Promise<void>;
  /** Appends an audit event. The log is append-only: nothing updates or deletes an event. */
  appendAudit(event: AuditAppend): Promise<AuditRecord>;
  /**
   * Optional: appends an audit event like {@link StorageTransaction.appendAudit}, but its
   * position is assigned when the transaction commits, so the adapter needs no round trip now.
   * The sequence checks (a taken `(subjectId, seq)` or event id is a `conflict`, a gap is
   * `validation_failed`) may happen at commit. Callers that do not need the position use it
   * when present and fall back to `appendAudit`.
   */
  queueAudit?(event: AuditAppend): Promise<void>;
  /** Stores a blob; a second blob with the same id is a conflict. */
  putBlob(blob: BlobInput): Promise<void>;
  /** Remembers the result of an idempotency key; a second record with the same key is a conflict. */
  putIdempotency(record: IdempotencyRecord): Promise<void>;
}

/** A storage adapter. */
export interface StorageAdapter extends StorageReader {
  /** A short name for messages and benchmarks, such as `memory` or `postgres`. */
  readonly name: string;
  /**
   * Runs `work` in one transaction: everything it wrote is committed when it resolves and
   * nothing is when it throws (the error is rethrown). Two transactions writing the same
   * record at the same expected version: one commits, the other gets a `conflict`.
   *
   * Inside `work`, read and write only through `tx`, and await every call before returning:
   * - on a single-connection database (PGlite) a call on the adapter itself waits until the
   *   transaction ends, so awaiting it inside `work` never returns;
   * - `tx` refuses calls once the transaction has ended;
   * - do not nest transactions;
   * - a conflict may surface at a write or at commit; after any error from `tx`, let it end
   *   the transaction (retry the whole `transaction` call if you want to retry).
   */
  transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}
