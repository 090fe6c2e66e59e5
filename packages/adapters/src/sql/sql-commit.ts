import { invalidStorageInput, storageConflict } from '@honoraria/core/storage';
import type { HonorariaError } from '@honoraria/core';
import type { ConflictReason, TransactionBuffer } from '@honoraria/core/storage';
import { toBase64 } from './base64';
import type { SqlQueryable } from './sql-driver';
import { sqlStateOf, toStorageError } from './sql-errors';
import type { SqlTables } from './sql-schema';

/** The SQLSTATE the commit function raises for a conflict (its message is the reason). */
export const COMMIT_CONFLICT_STATE = 'HN409';
/** The SQLSTATE the commit function raises for an audit sequence gap. */
export const COMMIT_GAP_STATE = 'HN422';

const REASONS: readonly ConflictReason[] = ['version_mismatch', 'record_exists', 'record_missing', 'audit_sequence_taken', 'audit_id_taken', 'blob_exists', 'idempotency_key_taken'];

/**
 * The SQL function that commits a transaction's buffered writes in one statement (so in one
 * round trip, atomically, without BEGIN and COMMIT): records created (`ON CONFLICT DO NOTHING`,
 * counted), replaced and deleted at their base version (a versioned `UPDATE`/`DELETE`, counted:
 * a concurrent writer of the same record waits on its row lock, then matches nothing), audit
 * events after the stored last sequence number of their subject (positions from the log's
 * identity, in append order), blobs and idempotency keys. Any mismatch raises `HN409` (the
 * message is the conflict reason) or `HN422` (an audit sequence gap), which rolls everything back.
 */
export function commitFunctionSql(t: SqlTables): string {
  const fn = `"${t.schema}".commit_writes`;
  return `CREATE OR REPLACE FUNCTION ${fn}(w jsonb) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  n integer;
  expected integer;
  bad record;
BEGIN
  expected := jsonb_array_length(COALESCE(w->'inserts', '[]'));
  IF expected > 0 THEN
    INSERT INTO ${t.records} (collection, id, version, data, partner_id, status, assignee_id, parent_id, due_at, sort_key)
    SELECT r.c, r.i, r.v, COALESCE(r.d, 'null'::jsonb), r.p, r.s, r.a, r.pa, r.du::timestamptz, r.k
    FROM jsonb_to_recordset(w->'inserts') AS r(c text, i text, v integer, d jsonb, p text, s text, a text, pa text, du text, k text)
    ON CONFLICT (collection, id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'record_exists' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
  expected := jsonb_array_length(COALESCE(w->'updates', '[]'));
  IF expected > 0 THEN
    UPDATE ${t.records} AS t SET version = r.v, data = COALESCE(r.d, 'null'::jsonb), partner_id = r.p, status = r.s, assignee_id = r.a, parent_id = r.pa,
      due_at = r.du::timestamptz, sort_key = r.k, updated_at = now()
    FROM jsonb_to_recordset(w->'updates') AS r(c text, i text, b integer, v integer, d jsonb, p text, s text, a text, pa text, du text, k text)
    WHERE t.collection = r.c COLLATE "C" AND t.id = r.i COLLATE "C" AND t.version = r.b;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'version_mismatch' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
  expected := jsonb_array_length(COALESCE(w->'deletes', '[]'));
  IF expected > 0 THEN
    DELETE FROM ${t.records} AS t USING jsonb_to_recordset(w->'deletes') AS r(c text, i text, b integer)
    WHERE t.collection = r.c COLLATE "C" AND t.id = r.i COLLATE "C" AND t.version = r.b;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'version_mismatch' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
  expected := jsonb_array_length(COALESCE(w->'audit', '[]'));
  IF expected > 0 THEN
    SELECT b.q, COALESCE((SELECT max(e.seq) FROM ${t.audit} AS e WHERE e.subject_id = b.s COLLATE "C"), 0) AS last INTO bad
    FROM jsonb_to_recordset(w->'auditBase') AS b(s text, q integer)
    WHERE COALESCE((SELECT max(e.seq) FROM ${t.audit} AS e WHERE e.subject_id = b.s COLLATE "C"), 0) <> b.q
    LIMIT 1;
    IF FOUND THEN
      IF bad.last > bad.q THEN RAISE EXCEPTION 'audit_sequence_taken' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
      RAISE EXCEPTION 'sequence_gap' USING ERRCODE = '${COMMIT_GAP_STATE}';
    END IF;
    IF EXISTS (SELECT 1 FROM ${t.audit} AS e WHERE e.id IN (SELECT (x->>'id') COLLATE "C" FROM jsonb_array_elements(w->'audit') AS x)) THEN
      RAISE EXCEPTION 'audit_id_taken' USING ERRCODE = '${COMMIT_CONFLICT_STATE}';
    END IF;
    -- Events with a position were given one when appended; the others take the next ones, in order.
    INSERT INTO ${t.audit} (position, id, subject_type, subject_id, seq, at, action, actor_id, event) OVERRIDING SYSTEM VALUE
    SELECT COALESCE((x.v->>'pos')::bigint, nextval(pg_get_serial_sequence('${t.audit}', 'position'))), x.v->>'id', x.v->>'st', x.v->>'si',
      (x.v->>'q')::integer, x.v->>'at', x.v->>'ac', x.v->>'ai', x.v->'e'
    FROM jsonb_array_elements(w->'audit') WITH ORDINALITY AS x(v, ord)
    ORDER BY x.ord
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'audit_sequence_taken' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
  expected := jsonb_array_length(COALESCE(w->'blobs', '[]'));
  IF expected > 0 THEN
    INSERT INTO ${t.blobs} (id, content_type, size, bytes)
    SELECT r.id, r.ct, r.size, decode(r.b64, 'base64') FROM jsonb_to_recordset(w->'blobs') AS r(id text, ct text, size integer, b64 text)
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'blob_exists' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
  expected := jsonb_array_length(COALESCE(w->'idempotency', '[]'));
  IF expected > 0 THEN
    INSERT INTO ${t.idempotency} (key, fingerprint, result)
    SELECT r.key, r.fp, COALESCE(r.result, 'null'::jsonb) FROM jsonb_to_recordset(w->'idempotency') AS r(key text, fp text, result jsonb)
    ON CONFLICT (key) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> expected THEN RAISE EXCEPTION 'idempotency_key_taken' USING ERRCODE = '${COMMIT_CONFLICT_STATE}'; END IF;
  END IF;
END
$fn$`;
}

/** The statement that commits a buffer (fixed text per schema, so the driver can prepare it). */
export function commitStatement(t: SqlTables): string {
  return `SELECT "${t.schema}".commit_writes($1::text::jsonb)`;
}

/**
 * The JSON the commit function takes. Built by hand as one string: the records' data are
 * serialized once, here, and parsed once, by the database.
 */
export function commitPayload(buffer: TransactionBuffer): string | null {
  const inserts: string[] = [];
  const updates: string[] = [];
  const deletes: string[] = [];
  for (const w of buffer.records.values()) {
    const r = w.record;
    if (r === null) {
      if (w.baseVersion > 0) deletes.push(JSON.stringify({ c: w.collection, i: w.id, b: w.baseVersion }));
      continue;
    }
    const x = r.index;
    const cols = `"c":${JSON.stringify(r.collection)},"i":${JSON.stringify(r.id)},"v":${r.version},"d":${JSON.stringify(r.data)},"p":${JSON.stringify(x.partnerId ?? null)},"s":${JSON.stringify(x.status ?? null)},"a":${JSON.stringify(x.assigneeId ?? null)},"pa":${JSON.stringify(x.parentId ?? null)},"du":${JSON.stringify(x.dueAt ?? null)},"k":${JSON.stringify(x.sortKey)}`;
    if (w.baseVersion === 0) inserts.push(`{${cols}}`);
    else updates.push(`{${cols},"b":${w.baseVersion}}`);
  }
  const audit = buffer.audit.map((e) => {
    const { position, ...append } = e;
    return JSON.stringify({ pos: position === 0 ? null : position, id: e.id, st: e.subjectType, si: e.subjectId, q: e.seq, at: e.at, ac: e.action, ai: e.actor.id, e: append });
  });
  const auditBase = [...buffer.auditBaseSeq].map(([s, q]) => JSON.stringify({ s, q }));
  const blobs = [...buffer.blobs.values()].map((b) => JSON.stringify({ id: b.id, ct: b.contentType, size: b.size, b64: toBase64(b.bytes) }));
  const idempotency = [...buffer.idempotency.values()].map((r) => JSON.stringify({ key: r.key, fp: r.fingerprint, result: r.result }));
  if (inserts.length + updates.length + deletes.length + audit.length + blobs.length + idempotency.length === 0) return null;
  const parts: string[] = [];
  const add = (name: string, items: string[]): void => {
    if (items.length > 0) parts.push(`"${name}":[${items.join(',')}]`);
  };
  add('inserts', inserts);
  add('updates', updates);
  add('deletes', deletes);
  add('audit', audit);
  add('auditBase', auditBase);
  add('blobs', blobs);
  add('idempotency', idempotency);
  return `{${parts.join(',')}}`;
}

/** Types an error of the commit function: its conflicts and gaps, or any database error. */
export function commitError(error: unknown): HonorariaError {
  const state = sqlStateOf(error);
  if (state === COMMIT_GAP_STATE) return invalidStorageInput(['seq'], 'sequence_gap');
  if (state === COMMIT_CONFLICT_STATE) {
    const message = (error as { message?: unknown }).message;
    const reason = REASONS.find((r) => r === message) ?? 'concurrent_transaction';
    return storageConflict(reason, {}, error);
  }
  return toStorageError(error);
}

/** Commits a transaction's buffer in one statement; nothing to write sends nothing. */
export async function commitBuffer(db: SqlQueryable, t: SqlTables, buffer: TransactionBuffer): Promise<void> {
  const payload = commitPayload(buffer);
  if (payload === null) return;
  try {
    await db.query(commitStatement(t), [payload], { prepare: true });
  } catch (error) {
    throw commitError(error);
  }
}
