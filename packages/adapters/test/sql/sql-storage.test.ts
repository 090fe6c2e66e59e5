import { isHonorariaError } from '@honoraria/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteDriver } from '../../src/sql/pglite/pglite-driver';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import type { SqlDriver } from '../../src/sql/sql-driver';
import { listQuerySql } from '../../src/sql/sql-list-query';
import { createSqlStorage } from '../../src/sql/sql-storage';
import { normalizeListQuery } from '@honoraria/core/storage';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** SQL-specific behaviour, on one shared driver; every test in its own schema, dropped after the file. */
function sqlStorageTests(name: string, open: () => Promise<SqlDriver>): void {
  describe(`SQL storage on ${name}`, () => {
    let driver: Promise<SqlDriver> | undefined;
    const db = () => (driver ??= open());
    const prefix = `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    let n = 0;
    const schema = () => `${prefix}_${++n}`;
    afterAll(async () => {
      if (driver === undefined) return;
      const d = await driver;
      const { rows } = await d.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${prefix}\\_%`]);
      for (const { nspname } of rows) await d.query(`DROP SCHEMA "${nspname}" CASCADE`);
      await d.close();
    });

    it('migrate() creates the schema once and records each version', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      expect(await storage.migrate()).toEqual({ applied: [1, 2], version: 2 });
      expect(await storage.migrate()).toEqual({ applied: [], version: 2 });
      const { rows } = await storage.driver.query<{ version: number; name: string }>(`SELECT version, name FROM "${storage.schema}".schema_migrations`);
      expect(rows.map((r) => Number(r.version)).sort()).toEqual([1, 2]);
      expect(storage.name).toBe(name);
    });

    it('concurrent migrate() calls all succeed and apply each migration once', async () => {
      const shared = schema();
      const reports = await Promise.all(Array.from({ length: 4 }, async () => createSqlStorage({ driver: await db(), schema: shared }).migrate()));
      expect(reports.filter((r) => r.applied.length === 2)).toHaveLength(1);
      expect(reports.every((r) => r.version === 2)).toBe(true);
    });

    it('refuses a schema newer than this software', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      await storage.migrate();
      await storage.driver.query(`INSERT INTO "${storage.schema}".schema_migrations (version, name) VALUES (999, 'from the future')`);
      const error = await rejection(storage.migrate());
      expect(isHonorariaError(error, 'storage_failure') && error.details['reason']).toBe('schema_too_new');
    });

    it('types the error of a schema that was never migrated', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      const error = await rejection(storage.get('mandates', 'x'));
      expect(isHonorariaError(error, 'storage_failure') && error.details['reason']).toBe('not_migrated');
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      for (const bad of ['Honoraria', 'a-b', 'x"; DROP TABLE y; --', '', '9lives']) {
        expect(() => createSqlStorage({ driver: { name: 'none' } as SqlDriver, schema: bad }), bad).toThrow(/valid/);
      }
    });

    it('stores records in typed columns, data as JSONB, blobs as bytea, keys in "C" collation', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      await storage.migrate();
      const { rows } = await storage.driver.query<{ table_name: string; column_name: string; data_type: string; collation_name: string | null }>(
        'SELECT table_name, column_name, data_type, collation_name FROM information_schema.columns WHERE table_schema = $1',
        [storage.schema],
      );
      const column = (table: string, col: string) => rows.find((r) => r.table_name === table && r.column_name === col);
      expect(column('records', 'data')?.data_type).toBe('jsonb');
      expect(column('records', 'version')?.data_type).toBe('integer');
      expect(column('records', 'due_at')?.data_type).toBe('timestamp with time zone');
      expect(column('records', 'sort_key')?.collation_name).toBe('C');
      expect(column('records', 'id')?.collation_name).toBe('C');
      expect(column('audit_events', 'position')?.data_type).toBe('bigint');
      expect(column('audit_events', 'event')?.data_type).toBe('jsonb');
      expect(column('blobs', 'bytes')?.data_type).toBe('bytea');
      expect(column('idempotency_keys', 'result')?.data_type).toBe('jsonb');
    });

    it('serves the approver inbox from its composite index, already in order', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      await storage.migrate();
      const d = storage.driver;
      await d.query(
        `INSERT INTO "${storage.schema}".records (collection, id, version, data, partner_id, status, assignee_id, sort_key)
         SELECT 'payment_requests', 'pr_' || i, 1, '{}'::jsonb, 'ptn_' || (i % 300), (ARRAY['draft','submitted','under_review','approved','paid'])[1 + i % 5],
                'usr_' || (i % 40), to_char(timestamp '2026-01-01' + i * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS')
         FROM generate_series(1, 5000) AS i`,
      );
      await d.query(`ANALYZE "${storage.schema}".records`);
      const explain = async (where: Record<string, string | string[]>) => {
        const q = normalizeListQuery({ where, limit: 50 });
        const { text, params } = listQuerySql(`"${storage.schema}".records`, 'payment_requests', q, 51);
        return d.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          const { rows } = await tx.query<Record<string, string>>(`EXPLAIN ${text}`, params);
          return rows.map((r) => Object.values(r)[0]).join('\n');
        });
      };
      const sortNode = /(^|->\s+)Sort\s+\(cost/m; // a Sort node; "Merge Append … Sort Key" only merges ordered ranges
      for (const where of [{ assigneeId: 'usr_7', status: 'under_review' }, { assigneeId: 'usr_7', status: ['submitted', 'under_review'] }]) {
        const plan = await explain(where);
        expect(plan).toContain('records_inbox');
        expect(plan).not.toMatch(sortNode);
      }
      const page = await storage.list('payment_requests', { where: { assigneeId: 'usr_7', status: 'under_review' }, limit: 50 });
      expect(page.items).toHaveLength(50); // i ≡ 7 (mod 40) implies i ≡ 2 (mod 5): all 125 of usr_7's are under review
      expect(page.nextCursor).not.toBeNull();
    });

    it('refuses to update or delete audit events, even in raw SQL', async () => {
      const storage = createSqlStorage({ driver: await db(), schema: schema() });
      await storage.migrate();
      await storage.transaction((tx) =>
        tx.appendAudit({ id: 'e1', subjectType: 't', subjectId: 's', seq: 1, at: '2026-03-01T00:00:00.000Z', actor: { id: 'u' }, action: 'a', prevHash: null, hash: 'h' }),
      );
      await expect(storage.driver.query(`UPDATE "${storage.schema}".audit_events SET action = 'edited'`)).rejects.toThrow(/append-only/);
      await expect(storage.driver.query(`DELETE FROM "${storage.schema}".audit_events`)).rejects.toThrow(/append-only/);
      expect((await storage.listAudit()).items.map((e) => e.action)).toEqual(['a']);
    });
  });
}

sqlStorageTests('pglite', () => createPgliteDriver());

const url = process.env['DATABASE_URL'];
if (url !== undefined) sqlStorageTests('postgres', async () => createPostgresDriver({ connectionString: url }));

describe('PGlite persisted to a directory', () => {
  it('keeps its data when the process reopens it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'honoraria-pglite-'));
    try {
      const first = createSqlStorage({ driver: await createPgliteDriver({ dataDir: dir }) });
      await first.migrate();
      await first.transaction((tx) => tx.put({ collection: 'mandates', id: 'mnd_1', data: { title: 'Comité' }, index: { sortKey: 'k' }, expectedVersion: 0 }));
      await first.close();
      const again = createSqlStorage({ driver: await createPgliteDriver({ dataDir: dir }) });
      expect(await again.migrate()).toEqual({ applied: [], version: 2 });
      expect((await again.get('mandates', 'mnd_1'))?.data).toEqual({ title: 'Comité' });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
