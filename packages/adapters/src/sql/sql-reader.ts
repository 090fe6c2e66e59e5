import { checkRecordRef } from '@honoraria/core/storage';
import type { AuditRecord, CommittedReader, RecordRef, RelatedRecords, IdempotencyRecord, NormalizedAuditQuery, NormalizedListQuery, StoredBlob, StoredRecord } from '@honoraria/core/storage';
import type { SqlQueryable } from './sql-driver';
import { typed } from './sql-errors';
import { RECORD_COLUMNS, listQuerySql } from './sql-list-query';
import type { AuditRow, RecordRow } from './sql-operations';
import { SqlOperations, auditOf, recordOf, textArray } from './sql-operations';
import type { SqlTables } from './sql-schema';

function refKey(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}

/**
 * What one SQL transaction reads: committed rows, each fetched at most once (a record read
 * twice, or listed then read, costs one round trip), and related records read ahead in the
 * same statement ({@link SqlTransactionReader.getWith}). Audit bases and positions are left to the
 * commit statement ({@link CommittedReader.deferAuditBase}), so appending an event reads nothing.
 */
export class SqlTransactionReader implements CommittedReader {
  readonly deferAuditBase = true;
  readonly checkWritesAtCommit = true;
  readonly #ops: SqlOperations;
  readonly #rows = new Map<string, RecordRow | null>();

  constructor(
    private readonly db: SqlQueryable,
    private readonly t: SqlTables,
  ) {
    this.#ops = new SqlOperations(db, t);
  }

  /** Reads the records not yet read, in one statement; later reads of them send nothing. */
  async prefetch(refs: readonly RecordRef[]): Promise<void> {
    const wanted = new Map<string, RecordRef>();
    for (const ref of refs) {
      checkRecordRef(ref.collection, ref.id);
      const key = refKey(ref.collection, ref.id);
      if (!this.#rows.has(key)) wanted.set(key, ref);
    }
    if (wanted.size === 0) return;
    const rows = await this.#ops.getRows([...wanted.values()]);
    for (const key of wanted.keys()) this.#rows.set(key, null);
    for (const row of rows) this.#rows.set(refKey(row.collection, row.id), row);
  }

  readVersion(collection: string, id: string): number | undefined {
    const row = this.#rows.get(refKey(collection, id));
    return row === undefined ? undefined : row === null ? 0 : Number(row.version);
  }

  /** A record and, in the same statement, the records keyed by its partner id or parent id in the given collections. */
  async getWith(collection: string, id: string, related: RelatedRecords): Promise<StoredRecord | null> {
    checkRecordRef(collection, id);
    const key = refKey(collection, id);
    const byPartner = related.byPartnerId ?? [];
    const byParent = related.byParentId ?? [];
    if (!this.#rows.has(key)) {
      const cols = RECORD_COLUMNS;
      const { rows } = await typed(() =>
        this.db.query<RecordRow>(
          `WITH r AS (SELECT partner_id, parent_id FROM ${this.t.records} WHERE collection = $1 AND id = $2)
           SELECT ${cols} FROM ${this.t.records} WHERE collection = $1 AND id = $2
           UNION ALL SELECT ${cols} FROM ${this.t.records} WHERE collection = ANY ($3::text[]) AND id = (SELECT partner_id FROM r)
           UNION ALL SELECT ${cols} FROM ${this.t.records} WHERE collection = ANY ($4::text[]) AND id = (SELECT parent_id FROM r)`,
          [collection, id, textArray(byPartner), textArray(byParent)],
          { prepare: true },
        ),
      );
      for (const row of rows) this.#rows.set(refKey(row.collection, row.id), row);
      const main = this.#rows.get(key) ?? null;
      this.#rows.set(key, main);
      // What was looked for and is missing is known to be missing too.
      if (main !== null) {
        if (main.partner_id !== null) for (const c of byPartner) if (!this.#rows.has(refKey(c, main.partner_id))) this.#rows.set(refKey(c, main.partner_id), null);
        if (main.parent_id !== null) for (const c of byParent) if (!this.#rows.has(refKey(c, main.parent_id))) this.#rows.set(refKey(c, main.parent_id), null);
      }
    }
    return this.get(collection, id);
  }

  async get(collection: string, id: string): Promise<StoredRecord | null> {
    const key = refKey(collection, id);
    if (!this.#rows.has(key)) await this.prefetch([{ collection, id }]);
    const row = this.#rows.get(key);
    return row === undefined || row === null ? null : recordOf(row);
  }

  async list(collection: string, query: NormalizedListQuery, count: number): Promise<StoredRecord[]> {
    const { text, params } = listQuerySql(this.t.records, collection, query, count);
    const { rows } = await typed(() => this.db.query<RecordRow>(text, params));
    for (const row of rows) this.#rows.set(refKey(row.collection, row.id), row);
    return rows.map((row) => recordOf(row));
  }

  async listAudit(query: NormalizedAuditQuery, count: number): Promise<AuditRecord[]> {
    const bySubject = query.subjectId === null ? '' : 'AND subject_id = $3';
    const params = query.subjectId === null ? [query.afterPosition, count] : [query.afterPosition, count, query.subjectId];
    const { rows } = await typed(() =>
      this.db.query<AuditRow>(`SELECT position, event::text AS event FROM ${this.t.audit} WHERE position > $1 ${bySubject} ORDER BY position LIMIT $2`, params),
    );
    return rows.map(auditOf);
  }

  lastAudit(subjectId: string): Promise<AuditRecord | null> {
    return this.#ops.lastAudit(subjectId);
  }

  getBlob(id: string): Promise<StoredBlob | null> {
    return this.#ops.getBlob(id);
  }

  async hasBlob(id: string): Promise<boolean> {
    const { rows } = await typed(() => this.db.query(`SELECT 1 FROM ${this.t.blobs} WHERE id = $1`, [id], { prepare: true }));
    return rows.length > 0;
  }

  getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    return this.#ops.getIdempotency(key);
  }

  /** A position for an event appended with `appendAudit` (queued events get theirs at commit). */
  async allocateAuditPosition(): Promise<number> {
    const { rows } = await typed(() =>
      this.db.query<{ p: string | number }>(`SELECT nextval(pg_get_serial_sequence($1, 'position')) AS p`, [this.t.audit], { prepare: true }),
    );
    return Number(rows[0]?.p);
  }
}
