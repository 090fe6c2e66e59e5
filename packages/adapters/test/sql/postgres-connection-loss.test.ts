// A lost PostgreSQL connection is an error, never a crash: backends killed while idle in the
// pool, between two statements of a transaction and during a statement; then a load of
// concurrent commands from several child processes while backends are killed at random.
import { isHonorariaError } from '@honoraria/core';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import { isConnectionLoss, toStorageError } from '../../src/sql/sql-errors';
import { createSqlStorage } from '../../src/sql/sql-storage';
import type { LoadArgs, LoadReport } from './support/command-load-child';

const url = process.env['DATABASE_URL'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('connection loss is typed', () => {
  it('recognises server shutdowns, connection exceptions, socket errors and the driver’s own errors', () => {
    const withCode = (code: string) => Object.assign(new Error('x'), { code });
    for (const code of ['57P01', '57P02', '57P03', '08006', '08003', '08001', 'ECONNRESET', 'EPIPE', 'ECONNREFUSED']) expect(isConnectionLoss(withCode(code)), code).toBe(true);
    for (const message of ['Connection terminated unexpectedly', 'Client has encountered a connection error and is not queryable', 'timeout exceeded when trying to connect']) {
      expect(isConnectionLoss(new Error(message)), message).toBe(true);
    }
    for (const code of ['23505', '40001', '42P01', '22P02']) expect(isConnectionLoss(withCode(code)), code).toBe(false);
    const lost = toStorageError(withCode('57P01'));
    expect(lost.code).toBe('storage_failure');
    expect(lost.details).toMatchObject({ reason: 'connection_lost', retryable: true });
    expect(lost.messages.fr).toMatch(/connexion/);
    expect(toStorageError(withCode('EPIPE')).details).toMatchObject({ reason: 'connection_lost', sqlState: null });
    expect(toStorageError(withCode('22P02')).details).toMatchObject({ reason: 'database_error', sqlState: '22P02' });
  });
});

if (url !== undefined) {
  const admin = new pg.Client({ connectionString: url });
  const adminReady = admin.connect();
  const schemaPrefix = `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let schemas = 0;
  afterAll(async () => {
    await adminReady;
    const { rows } = await admin.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`${schemaPrefix}\\_%`]);
    for (const { nspname } of rows) await admin.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await admin.end();
  });

  /** Ends server processes of this database only, by application name; returns the states they were in. */
  async function terminate(applicationName: string, limit = 1000): Promise<string[]> {
    await adminReady;
    const { rows } = await admin.query<{ state: string | null; ok: boolean }>(
      `SELECT state, pg_terminate_backend(pid) AS ok FROM (
         SELECT pid, state FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = $1
          ORDER BY random() LIMIT $2) AS victims`,
      [applicationName, limit],
    );
    return rows.filter((r) => r.ok).map((r) => r.state ?? 'unknown');
  }

  /** A migrated storage on a fresh schema, its pool tagged with an application name. */
  async function freshStorage(max = 2) {
    const applicationName = `${schemaPrefix}_${++schemas}`;
    const errors: Error[] = [];
    const driver = createPostgresDriver({ connectionString: url, config: { max, application_name: applicationName }, onConnectionError: (e) => errors.push(e) });
    const storage = createSqlStorage({ driver, schema: applicationName });
    await storage.migrate();
    return { storage, driver, applicationName, errors };
  }

  describe('createPostgresDriver when the server ends a connection', () => {
    it('an idle pooled connection: reported, dropped, and the next call opens a new one', async () => {
      const { storage, applicationName, errors } = await freshStorage();
      await storage.transaction((tx) => tx.put({ collection: 'c', id: 'a', data: { n: 1 }, index: { sortKey: 'k' }, expectedVersion: 0 }));
      expect(await terminate(applicationName)).toEqual(['idle']);
      for (let i = 0; i < 50 && errors.length === 0; i++) await sleep(20);
      expect(errors.length).toBeGreaterThan(0);
      expect((await storage.get('c', 'a'))?.data).toEqual({ n: 1 });
      await storage.close();
    });

    it('while a transaction buffers its writes: its one commit statement either writes everything or fails retryable with nothing written', async () => {
      // A transaction holds its writes in memory and commits them in one statement, so a backend
      // killed meanwhile (here every connection of the pool) never leaves half a transaction.
      const { storage, applicationName } = await freshStorage();
      const attempt = (kill: boolean) =>
        storage.transaction(async (tx) => {
          await tx.put({ collection: 'c', id: 'b', data: { n: 1 }, index: { sortKey: 'k' }, expectedVersion: 0 });
          if (kill) await terminate(applicationName);
          await tx.put({ collection: 'c', id: 'c', data: { n: 2 }, index: { sortKey: 'k' }, expectedVersion: 0 });
        });
      const error = await attempt(true).then(() => undefined, (e: unknown) => e);
      if (error !== undefined) {
        expect(isHonorariaError(error, 'storage_failure') && error.details).toMatchObject({ reason: 'connection_lost', retryable: true });
        expect(await storage.get('c', 'b')).toBeNull();
        expect(await storage.get('c', 'c')).toBeNull();
        await attempt(false);
      }
      expect((await storage.get('c', 'b'))?.data).toEqual({ n: 1 });
      expect((await storage.get('c', 'c'))?.data).toEqual({ n: 2 });
      await storage.close();
    });

    it('during a statement: the statement fails with a retryable storage_failure, and the pool recovers', async () => {
      const { storage, driver, applicationName } = await freshStorage();
      await storage.transaction((tx) => tx.put({ collection: 'c', id: 'locked', data: { n: 1 }, index: { sortKey: 'k' }, expectedVersion: 0 }));
      // Another session holds the row: the storage's UPDATE waits on its lock, a statement in flight.
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM "${storage.schema}".records WHERE id = 'locked' FOR UPDATE`);
      const waiting = storage.transaction((tx) => tx.put({ collection: 'c', id: 'locked', data: { n: 2 }, index: { sortKey: 'k' }, expectedVersion: 1 })).catch((e: unknown) => e);
      const sleeping = driver.transaction(async (db) => db.query('SELECT pg_sleep(5)')).catch((e: unknown) => toStorageError(e));
      const killed: string[] = [];
      for (let i = 0; i < 100 && killed.length < 2; i++) {
        await sleep(20);
        const { rows } = await admin.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND state = 'active'",
          [applicationName],
        );
        if (rows[0]!.n === 2) killed.push(...(await terminate(applicationName)));
      }
      expect(killed).toEqual(['active', 'active']);
      await holder.query('ROLLBACK');
      await holder.end();
      for (const error of [await waiting, await sleeping]) {
        expect(isHonorariaError(error, 'storage_failure') && error.details).toMatchObject({ reason: 'connection_lost', retryable: true });
      }
      expect((await storage.get('c', 'locked'))?.version).toBe(1);
      await storage.transaction((tx) => tx.put({ collection: 'c', id: 'locked', data: { n: 3 }, index: { sortKey: 'k' }, expectedVersion: 1 }));
      expect((await storage.get('c', 'locked'))?.data).toEqual({ n: 3 });
      await storage.close();
    });
  });

  describe('random backend kills under a load of commands from several processes', () => {
    const processes = 3;
    const durationMs = 2500;
    const child = fileURLToPath(new URL('./support/command-load-child.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../../../', import.meta.url));

    function run(args: LoadArgs): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
      return new Promise((resolve) => {
        const proc = spawn(process.execPath, ['--conditions=@honoraria/source', '--import', 'tsx', child, JSON.stringify(args)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
      });
    }

    it('0 crashes, 0 lost or duplicated writes, every retried command succeeds once', async () => {
      const { storage, applicationName } = await freshStorage();
      const schema = storage.schema;
      await storage.close();
      const children = Array.from({ length: processes }, (_, i) => run({ url: url!, schema, applicationName, process: i, durationMs, concurrency: 4 }));
      let running = true;
      const all = Promise.all(children).finally(() => (running = false));
      const kills: Record<string, number> = {};
      while (running) {
        await sleep(40 + Math.random() * 80);
        for (const state of await terminate(applicationName, 1)) kills[state] = (kills[state] ?? 0) + 1;
      }
      const outcomes = await all;
      const crashes = outcomes.filter((o) => o.code !== 0 || o.signal !== null);
      expect(crashes.map((o) => o.stderr.slice(0, 2000))).toEqual([]);
      const reports = outcomes.map((o) => JSON.parse(o.stdout.trim().split('\n').at(-1)!) as LoadReport);
      expect(reports.flatMap((r) => r.failures)).toEqual([]);

      // Every command's write is in the database exactly once, with the id its caller received.
      await adminReady;
      const expected = new Map(reports.flatMap((r) => Object.entries(r.results)));
      const partners = await admin.query<{ id: string; name: string }>(`SELECT id, data->'entity'->>'name' AS name FROM "${schema}".records WHERE collection = 'partners'`);
      const byKey = new Map<string, string[]>();
      for (const row of partners.rows) byKey.set(row.name.replace(/^Load /, ''), [...(byKey.get(row.name.replace(/^Load /, '')) ?? []), row.id]);
      const duplicated = [...byKey].filter(([, ids]) => ids.length > 1);
      const lost = [...expected].filter(([key, id]) => byKey.get(key)?.[0] !== id);
      const orphans = [...byKey.keys()].filter((key) => !expected.has(key));
      expect({ duplicated, lost, orphans }).toEqual({ duplicated: [], lost: [], orphans: [] });
      const counts = await admin.query<{ profiles: string; keys: string; audited: string; events: string }>(
        `SELECT (SELECT count(*) FROM "${schema}".records WHERE collection = 'payment_profiles') AS profiles,
                (SELECT count(*) FROM "${schema}".idempotency_keys) AS keys,
                (SELECT count(DISTINCT subject_id) FROM "${schema}".audit_events WHERE subject_type = 'partner') AS audited,
                (SELECT count(*) FROM "${schema}".audit_events WHERE subject_type = 'partner') AS events`,
      );
      expect(counts.rows[0]).toEqual({ profiles: String(expected.size), keys: String(expected.size), audited: String(expected.size), events: String(expected.size) });

      const total = (f: (r: LoadReport) => number) => reports.reduce((sum, r) => sum + f(r), 0);
      const killed = Object.values(kills).reduce((a, b) => a + b, 0);
      console.info(
        `connection loss: ${processes} processes × ${durationMs} ms, ${killed} backends killed ${JSON.stringify(kills)}, ` +
          `${total((r) => r.started)} commands, ${total((r) => r.succeeded)} succeeded, ${total((r) => r.retriedCommands)} retried ` +
          `(${total((r) => r.retries)} failed attempts, all storage_failure connection_lost), ${total((r) => r.connectionErrors)} background connection errors, 0 crashes`,
      );
      expect(total((r) => r.succeeded)).toBe(total((r) => r.started));
      expect(killed).toBeGreaterThanOrEqual(5);
      expect(total((r) => r.retriedCommands)).toBeGreaterThan(0);
    }, 120_000);
  });
}
