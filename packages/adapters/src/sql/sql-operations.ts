import {
  auditPageOf,
  checkIdempotencyKey,
  checkCollection,
  checkKey,
  checkRecordRef,
  normalizeAuditQuery,
  normalizeListQuery,
  pageOf,
} from '@honoraria/core/storage';
import type {
  AuditAppend,
  AuditQuery,
  AuditRecord,
  IdempotencyRecord,
  JsonValue,
  ListQuery,
  Page,
  RecordRef,
  StoredBlob,
  StoredRecord,
} from '@honoraria/core/storage';
import { fromBase64 } from './base64';
import type { SqlQueryable } from './sql-driver';
import { typed } from './sql-errors';
import { RECORD_COLUMNS, listQuerySql } from './sql-list-query';
import type { SqlTables } from './sql-schema';

/** A PostgreSQL text array literal: every element double-quoted, `\\` and `"` escaped. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** A row of the records table as the adapter selects it. */
export interface RecordRow {
  readonly collection: string;
  readonly id: string;
  readonly version: number | string;
  readonly data: string;
  readonly partner_id: string | null;
  readonly status: string | null;
  readonly assignee_id: string | null;
  readonly parent_id: string | null;
  readonly due_at: string | null;
  readonly sort_key: string;
}

/** A row of the audit table as the adapter selects it. */
export interface AuditRow {
  readonly position: number | string;
  readonly event: string;
}

/** The record of a row (its JSON parsed). */
export function recordOf<T>(row: RecordRow): StoredRecord<T> {
  return {
    collection: row.collection,
    id: row.id,
    version: Number(row.version),
    data: JSON.parse(row.data) as T,
    index: {
      partnerId: row.partner_id,
      status: row.status,
      assigneeId: row.assignee_id,
      parentId: row.parent_id,
      dueAt: row.due_at,
      sortKey: row.sort_key,
    },
  };
}

/** The audit record of a row. */
export function auditOf(row: AuditRow): AuditRecord {
  return { ...(JSON.parse(row.event) as AuditAppend), position: Number(row.position) };
}

/**
 * The storage reads in SQL, over a pool or a connection: every input validated by core's shared
 * rules, every database error typed. Writes are buffered by the transaction and committed in one
 * statement (`sql-commit.ts`).
 */
export class SqlOperations {
  constructor(
    private readonly db: SqlQueryable,
    private readonly t: SqlTables,
  ) {}

  async get<T = JsonValue>(collection: string, id: string): Promise<StoredRecord<T> | null> {
    checkRecordRef(collection, id);
    const { rows } = await typed(() => this.db.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${this.t.records} WHERE collection = $1 AND id = $2`, [collection, id], { prepare: true }));
    return rows[0] === undefined ? null : recordOf<T>(rows[0]);
  }

  /** The rows of several records, in one statement (missing ones are absent). */
  async getRows(refs: readonly RecordRef[]): Promise<RecordRow[]> {
    for (const ref of refs) checkRecordRef(ref.collection, ref.id);
    if (refs.length === 0) return [];
    const { rows } = await typed(() =>
      this.db.query<RecordRow>(
        `SELECT ${RECORD_COLUMNS} FROM ${this.t.records} WHERE (collection, id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [textArray(refs.map((r) => r.collection)), textArray(refs.map((r) => r.id))],
        { prepare: true },
      ),
    );
    return rows;
  }

  /** Several records in one statement, in the order asked (`null` for a missing one). */
  async getMany<T = JsonValue>(refs: readonly RecordRef[]): Promise<(StoredRecord<T> | null)[]> {
    const rows = new Map((await this.getRows(refs)).map((row) => [`${row.collection}\u0000${row.id}`, row]));
    return refs.map((r) => {
      const row = rows.get(`${r.collection}\u0000${r.id}`);
      return row === undefined ? null : recordOf<T>(row);
    });
  }

  async list<T = JsonValue>(collection: string, query?: ListQuery): Promise<Page<StoredRecord<T>>> {
    checkCollection(collection);
    const q = normalizeListQuery(query);
    if (q.empty) return { items: [], nextCursor: null };
    const { text, params } = listQuerySql(this.t.records, collection, q, q.limit + 1);
    const { rows } = await typed(() => this.db.query<RecordRow>(text, params));
    return pageOf(rows.map((row) => recordOf<T>(row)), q.limit);
  }

  async listAudit(query?: AuditQuery): Promise<Page<AuditRecord>> {
    const q = normalizeAuditQuery(query);
    const bySubject = q.subjectId === null ? '' : 'AND subject_id = $3';
    const params = q.subjectId === null ? [q.afterPosition, q.limit + 1] : [q.afterPosition, q.limit + 1, q.subjectId];
    const { rows } = await typed(() =>
      this.db.query<AuditRow>(`SELECT position, event::text AS event FROM ${this.t.audit} WHERE position > $1 ${bySubject} ORDER BY position LIMIT $2`, params),
    );
    return auditPageOf(rows.map(auditOf), q.limit);
  }

  async lastAudit(subjectId: string): Promise<AuditRecord | null> {
    checkKey(subjectId, ['subjectId']);
    const { rows } = await typed(() =>
      this.db.query<AuditRow>(`SELECT position, event::text AS event FROM ${this.t.audit} WHERE subject_id = $1 ORDER BY seq DESC LIMIT 1`, [subjectId]),
    );
    return rows[0] === undefined ? null : auditOf(rows[0]);
  }

  async getBlob(id: string): Promise<StoredBlob | null> {
    checkKey(id, ['id']);
    const { rows } = await typed(() =>
      this.db.query<{ id: string; content_type: string; size: number; bytes: string }>(
        `SELECT id, content_type, size, encode(bytes, 'base64') AS bytes FROM ${this.t.blobs} WHERE id = $1`,
        [id],
      ),
    );
    const row = rows[0];
    if (row === undefined) return null;
    return { id: row.id, bytes: fromBase64(row.bytes), contentType: row.content_type, size: Number(row.size) };
  }

  async getIdempotency(key: string): Promise<IdempotencyRecord | null> {
    checkIdempotencyKey(key);
    const { rows } = await typed(() =>
      this.db.query<{ key: string; fingerprint: string; result: string }>(`SELECT key, fingerprint, result::text AS result FROM ${this.t.idempotency} WHERE key = $1`, [key], { prepare: true }),
    );
    const row = rows[0];
    return row === undefined ? null : { key: row.key, fingerprint: row.fingerprint, result: JSON.parse(row.result) as JsonValue };
  }
}
