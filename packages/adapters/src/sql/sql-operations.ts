import { auditPageOf, checkCollection, checkDeleteVersion, checkIdempotencyKey, checkKey, checkRecordRef, invalidStorageInput, normalizeAuditAppend, normalizeAuditQuery, normalizeBlobInput, normalizeIdempotencyRecord, normalizeListQuery, normalizePutInput, pageOf, storageConflict } from '@honoraria/core/storage';
import type { AuditAppend, AuditQuery, AuditRecord, BlobInput, IdempotencyRecord, JsonValue, ListQuery, Page, PutInput, StoredBlob, StoredRecord } from '@honoraria/core/storage';
import { fromBase64, toBase64 } from './base64';
import type { SqlQueryable } from './sql-driver';
import { typed } from './sql-errors';
import { RECORD_COLUMNS, listQuerySql } from './sql-list-query';
import type { SqlTables } from './sql-schema';

interface RecordRow {
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

interface AuditRow {
  readonly position: number | string;
  readonly event: string;
}

function recordOf<T>(row: RecordRow): StoredRecord<T> {
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

function auditOf(row: AuditRow): AuditRecord {
  return { ...(JSON.parse(row.event) as AuditAppend), position: Number(row.position) };
}

/**
 * The storage operations in SQL, over one connection or pool: every input validated by core's
 * shared rules, every write guarded by the database (a versioned `UPDATE`, `INSERT … ON
 * CONFLICT DO NOTHING`), every database error typed.
 */
export class SqlOperations {
  constructor(
    private readonly db: SqlQueryable,
    private readonly t: SqlTables,
  ) {}

  async get<T = JsonValue>(collection: string, id: string): Promise<StoredRecord<T> | null> {
    checkRecordRef(collection, id);
    const { rows } = await typed(() => this.db.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM ${this.t.records} WHERE collection = $1 AND id = $2`, [collection, id]));
    return rows[0] === undefined ? null : recordOf<T>(rows[0]);
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
      this.db.query<{ key: string; fingerprint: string; result: string }>(`SELECT key, fingerprint, result::text AS result FROM ${this.t.idempotency} WHERE key = $1`, [key]),
    );
    const row = rows[0];
    return row === undefined ? null : { key: row.key, fingerprint: row.fingerprint, result: JSON.parse(row.result) as JsonValue };
  }

  async put<T extends JsonValue>(input: PutInput<T>): Promise<StoredRecord<T>> {
    const p = normalizePutInput(input);
    const { partnerId, status, assigneeId, parentId, dueAt, sortKey } = p.index;
    const values = [p.collection, p.id, JSON.stringify(p.data), partnerId, status, assigneeId, parentId, dueAt, sortKey];
    const { rows } = await typed(() =>
      p.expectedVersion === 0
        ? this.db.query<RecordRow>(
            `INSERT INTO ${this.t.records} (collection, id, version, data, partner_id, status, assignee_id, parent_id, due_at, sort_key)
             VALUES ($1, $2, 1, $3::text::jsonb, $4, $5, $6, $7, $8::timestamptz, $9)
             ON CONFLICT (collection, id) DO NOTHING RETURNING ${RECORD_COLUMNS}`,
            values,
          )
        : this.db.query<RecordRow>(
            `UPDATE ${this.t.records} SET version = version + 1, data = $3::text::jsonb, partner_id = $4, status = $5, assignee_id = $6,
               parent_id = $7, due_at = $8::timestamptz, sort_key = $9, updated_at = now()
             WHERE collection = $1 AND id = $2 AND version = $10 RETURNING ${RECORD_COLUMNS}`,
            [...values, p.expectedVersion],
          ),
    );
    if (rows[0] === undefined) throw await this.versionConflict(p.collection, p.id, p.expectedVersion);
    return recordOf<T>(rows[0]);
  }

  async delete(collection: string, id: string, expectedVersion: number): Promise<void> {
    checkRecordRef(collection, id);
    const expected = checkDeleteVersion(expectedVersion);
    const { rows } = await typed(() =>
      this.db.query(`DELETE FROM ${this.t.records} WHERE collection = $1 AND id = $2 AND version = $3 RETURNING version`, [collection, id, expected]),
    );
    if (rows.length === 0) throw await this.versionConflict(collection, id, expected);
  }

  async appendAudit(event: AuditAppend): Promise<AuditRecord> {
    const e = normalizeAuditAppend(event);
    // Inserted only if it continues the subject's sequence; a concurrent insert of the same
    // (subject, seq) waits for the other transaction, then does nothing.
    const { rows } = await typed(() =>
      this.db.query<{ position: number | string }>(
        `INSERT INTO ${this.t.audit} (id, subject_type, subject_id, seq, at, action, actor_id, event)
         SELECT $1::text, $2::text, $3::text, $4::integer, $5::text, $6::text, $7::text, $8::text::jsonb
         WHERE $4::integer = COALESCE((SELECT max(seq) FROM ${this.t.audit} WHERE subject_id = $3), 0) + 1
         ON CONFLICT DO NOTHING RETURNING position`,
        [e.id, e.subjectType, e.subjectId, e.seq, e.at, e.action, e.actor.id, JSON.stringify(e)],
      ),
    );
    if (rows[0] !== undefined) return { ...e, position: Number(rows[0].position) };
    const { rows: found } = await typed(() =>
      this.db.query<{ last: number | null; taken: boolean }>(
        `SELECT (SELECT max(seq) FROM ${this.t.audit} WHERE subject_id = $1) AS last, EXISTS (SELECT 1 FROM ${this.t.audit} WHERE id = $2) AS taken`,
        [e.subjectId, e.id],
      ),
    );
    const last = Number(found[0]?.last ?? 0);
    if (found[0]?.taken === true) throw storageConflict('audit_id_taken', { eventId: e.id });
    if (e.seq <= last) throw storageConflict('audit_sequence_taken', { subjectId: e.subjectId, seq: e.seq });
    throw invalidStorageInput(['seq'], 'sequence_gap');
  }

  async putBlob(blob: BlobInput): Promise<void> {
    const b = normalizeBlobInput(blob);
    const { rows } = await typed(() =>
      this.db.query(`INSERT INTO ${this.t.blobs} (id, content_type, size, bytes) VALUES ($1, $2, $3, decode($4, 'base64')) ON CONFLICT (id) DO NOTHING RETURNING id`, [
        b.id,
        b.contentType,
        b.size,
        toBase64(b.bytes),
      ]),
    );
    if (rows.length === 0) throw storageConflict('blob_exists', { blobId: b.id });
  }

  async putIdempotency(record: IdempotencyRecord): Promise<void> {
    const r = normalizeIdempotencyRecord(record);
    const { rows } = await typed(() =>
      this.db.query(`INSERT INTO ${this.t.idempotency} (key, fingerprint, result) VALUES ($1, $2, $3::text::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`, [
        r.key,
        r.fingerprint,
        JSON.stringify(r.result),
      ]),
    );
    if (rows.length === 0) throw storageConflict('idempotency_key_taken');
  }

  private async versionConflict(collection: string, id: string, expectedVersion: number) {
    const { rows } = await typed(() => this.db.query<{ version: number }>(`SELECT version FROM ${this.t.records} WHERE collection = $1 AND id = $2`, [collection, id]));
    const actualVersion = rows[0] === undefined ? 0 : Number(rows[0].version);
    const reason = expectedVersion === 0 ? 'record_exists' : actualVersion === 0 ? 'record_missing' : 'version_mismatch';
    return storageConflict(reason, { collection, id, expectedVersion, actualVersion });
  }
}
