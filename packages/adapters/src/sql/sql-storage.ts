import { BufferedTransaction } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import type { StorageTransaction } from '@honoraria/core/storage';
import { commitBuffer } from './sql-commit';
import type { SqlDriver } from './sql-driver';
import type { MigrateOptions, MigrationReport } from './sql-migrations';
import { migrate } from './sql-migrations';
import { SqlOperations } from './sql-operations';
import { SqlTransactionReader } from './sql-reader';
import { sqlTables } from './sql-schema';

/** Options of {@link createSqlStorage}. */
export interface SqlStorageOptions {
  /** The database client: `createPgliteDriver()` or `createPostgresDriver()`. */
  readonly driver: SqlDriver;
  /** The PostgreSQL schema holding Honoraria's tables: `honoraria` by default. */
  readonly schema?: string;
}

/** The SQL storage adapter, with its schema and migrations. */
export interface SqlStorage extends StorageAdapter {
  /** The schema holding the tables. */
  readonly schema: string;
  /** The driver it runs on (closed by {@link StorageAdapter.close}). */
  readonly driver: SqlDriver;
  /**
   * Creates or upgrades the tables: call once at startup (idempotent, safe from several
   * processes). With `applicationRole`, also grants that role what the storage needs and no
   * more (see {@link MigrateOptions}): run it as the schema's owner, and connect the
   * application as that role.
   */
  migrate(options?: MigrateOptions): Promise<MigrationReport>;
}

/**
 * Creates the SQL storage adapter over a PostgreSQL driver (PGlite embedded, or a server
 * through node-postgres). Records live in one table with typed, indexed columns for every
 * filter the port allows and JSONB for the rest; audit events in an append-only table (a
 * trigger refuses UPDATE and DELETE); blobs as `bytea`.
 *
 * A transaction reads committed rows (each at most once) and buffers its writes; it commits
 * them all in one statement, a SQL function that checks every version with the database's own
 * row locks (`UPDATE … WHERE version = base`), so concurrent writers on a pool get exactly one
 * winner and nothing of the loser is written. A command thus costs its reads (a record and its related
 * records in one statement: `StorageTransaction.getWith`) plus one round trip, with no BEGIN and no COMMIT.
 * Call {@link SqlStorage.migrate} once before use.
 *
 * @example
 * ```ts
 * import { createSqlStorage } from '@honoraria/adapters/sql';
 * import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
 *
 * const storage = createSqlStorage({ driver: await createPgliteDriver({ dataDir: './data/honoraria' }) });
 * await storage.migrate();
 * ```
 */
export function createSqlStorage(options: SqlStorageOptions): SqlStorage {
  const { driver } = options;
  const t = sqlTables(options.schema ?? 'honoraria');
  const ops = new SqlOperations(driver, t);
  return {
    name: driver.name,
    schema: t.schema,
    driver,
    migrate: (migrateOptions) => migrate(driver, t, migrateOptions),
    get: (collection, id) => ops.get(collection, id),
    getMany: (refs) => ops.getMany(refs),
    list: (collection, query) => ops.list(collection, query),
    listAudit: (query) => ops.listAudit(query),
    lastAudit: (subjectId) => ops.lastAudit(subjectId),
    getBlob: (id) => ops.getBlob(id),
    getIdempotency: (key) => ops.getIdempotency(key),

    async transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      const tx = new BufferedTransaction(new SqlTransactionReader(driver, t));
      let result: T;
      try {
        result = await work(tx);
      } finally {
        tx.end();
      }
      await commitBuffer(driver, t, tx.buffer);
      return result;
    },

    async close(): Promise<void> {
      await driver.close();
    },
  };
}
