import type { AuditAppend } from '@honoraria/core/storage';
import type { SqlQueryable } from '../../src/sql/sql-driver';
import type { StorageInspector } from '../../src/testing/conformance-types';

/**
 * Reads the SQL adapter's tables with hand-written SQL (not the adapter's queries): what the
 * conformance suite checks every write against.
 */
export function inspectSqlSchema(db: SqlQueryable, schema: string): StorageInspector {
  const s = `"${schema}"`;
  return {
    async record(collection, id) {
      const { rows } = await db.query<Record<string, string | number | null>>(
        `SELECT version, data::text AS data, partner_id, status, assignee_id, parent_id, due_at, sort_key
         FROM ${s}.records WHERE collection = $1 AND id = $2`,
        [collection, id],
      );
      const r = rows[0];
      if (r === undefined) return null;
      // timestamptz comes back as a Date (or a string, depending on the driver): compare instants.
      const due = r['due_at'] as unknown;
      return {
        version: Number(r['version']),
        data: JSON.parse(String(r['data'])),
        index: {
          partnerId: r['partner_id'] as string | null,
          status: r['status'] as string | null,
          assigneeId: r['assignee_id'] as string | null,
          parentId: r['parent_id'] as string | null,
          dueAt: due === null ? null : new Date(due as string | Date).toISOString(),
          sortKey: String(r['sort_key']),
        },
      };
    },
    async recordIds(collection) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${s}.records WHERE collection = $1`, [collection]);
      return rows.map((r) => r.id);
    },
    async auditLog() {
      const { rows } = await db.query<{ position: string | number; event: string }>(`SELECT position, event::text AS event FROM ${s}.audit_events ORDER BY position`);
      return rows.map((r) => ({ ...(JSON.parse(r.event) as AuditAppend), position: Number(r.position) }));
    },
    async blob(id) {
      const { rows } = await db.query<{ bytes: Uint8Array; content_type: string; size: number }>(
        `SELECT bytes, content_type, size FROM ${s}.blobs WHERE id = $1`,
        [id],
      );
      const r = rows[0];
      if (r === undefined) return null;
      if (Number(r.size) !== r.bytes.byteLength) throw new Error(`blob ${id}: size column ${r.size} but ${r.bytes.byteLength} bytes`);
      return { bytes: new Uint8Array(r.bytes), contentType: r.content_type };
    },
    async idempotency(key) {
      const { rows } = await db.query<{ key: string; fingerprint: string; result: string }>(
        `SELECT key, fingerprint, result::text AS result FROM ${s}.idempotency_keys WHERE key = $1`,
        [key],
      );
      const r = rows[0];
      return r === undefined ? null : { key: r.key, fingerprint: r.fingerprint, result: JSON.parse(r.result) };
    },
  };
}
