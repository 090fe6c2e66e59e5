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
}

type Runner = Pick<PGlite, 'query'>;

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
 * Starting takes a few seconds (it runs initdb the first time): create one per process.
 *
 * @example
 * ```ts
 * const driver = await createPgliteDriver({ dataDir: './data/honoraria' });
 * const storage = createSqlStorage({ driver });
 * await storage.migrate();
 * ```
 */
export async function createPgliteDriver(options: PgliteDriverOptions = {}): Promise<SqlDriver> {
  const db = options.pglite ?? (await PGlite.create(options.dataDir === undefined ? {} : { dataDir: options.dataDir }));
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
