import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlParam, SqlQueryable, SqlResult } from '../sql-driver';

/** Options of {@link createPgliteDriver}. */
export interface PgliteDriverOptions {
  /**
   * Where the database lives: a directory (Node: created on first use, reopened afterwards),
   * `idb://name` (a browser's IndexedDB), or nothing for a database in memory.
   */
  readonly dataDir?: string;
  /** An instance you created yourself (with extensions, options…); `close()` closes it. */
  readonly pglite?: PGlite;
  /**
   * A database to start from instead of running initdb: a tarball made by PGlite's
   * `dumpDataDir()` (for example after the migrations, at build time). Used only when there is no
   * database yet (a `dataDir` without one, or in memory); an existing database is opened as it is.
   * Loading a snapshot takes about a third of the time of initdb.
   */
  readonly snapshot?: Blob;
}

type Runner = Pick<PGlite, 'query'>;

/** Whether a data directory already holds a database (`PG_VERSION`); an in-memory one never does. */
async function holdsDatabase(dataDir: string | undefined): Promise<boolean> {
  if (dataDir === undefined) return false;
  if (/^[a-z]+:\/\//.test(dataDir)) {
    throw new TypeError('createPgliteDriver: `snapshot` needs a directory path or an in-memory database, not a URL data directory.');
  }
  const { access } = await import('node:fs/promises');
  const { join } = await import('node:path');
  return access(join(dataDir, 'PG_VERSION')).then(() => true, () => false);
}

/** In Node, creates the directories above a data directory (PGlite creates only the last one). */
async function makeParentDirectory(dataDir: string): Promise<void> {
  if (/^[a-z]+:\/\//.test(dataDir) || typeof process === 'undefined' || process.versions?.node === undefined) return;
  const { mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(dataDir), { recursive: true });
}

function queryable(runner: Runner): SqlQueryable {
  return {
    async query<R>(sql: string, params: readonly SqlParam[] = []): Promise<SqlResult<R>> {
      const result = await runner.query<R>(sql, params as unknown[]);
      return { rows: result.rows };
    },
  };
}

/**
 * A driver for PGlite, PostgreSQL compiled to WebAssembly and embedded in the process: no
 * server to run, in memory or persisted to a directory. It is the default for a single
 * process (demos, small deployments, tests). PGlite has one connection: it runs one
 * transaction at a time, and queries from outside wait for the running transaction to end.
 * Starting takes a few seconds the first time (initdb), unless it starts from a `snapshot`;
 * reopening a kept `dataDir` takes about one second. Create one per process.
 *
 * @example
 * ```ts
 * const driver = await createPgliteDriver({ dataDir: './data/honoraria' });
 * const storage = createSqlStorage({ driver });
 * await storage.migrate();
 * ```
 */
export async function createPgliteDriver(options: PgliteDriverOptions = {}): Promise<SqlDriver> {
  if (options.pglite === undefined && options.dataDir !== undefined) await makeParentDirectory(options.dataDir);
  const load = options.snapshot !== undefined && !(await holdsDatabase(options.dataDir)) ? { loadDataDir: options.snapshot } : {};
  const db = options.pglite ?? (await PGlite.create({ ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }), ...load }));
  await db.waitReady;
  const outside = queryable(db);
  return {
    name: 'pglite',
    query: (sql, params) => outside.query(sql, params), // PGlite runs in-process: preparing saves no round trip
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
