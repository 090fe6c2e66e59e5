import { transactionEnded } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import type { StorageTransaction } from '@honoraria/core/storage';
import type { SqlDriver } from './sql-driver';
import { toStorageError } from './sql-errors';
import type { MigrateOptions, MigrationReport } from './sql-migrations';
import { migrate } from './sql-migrations';
import { SqlOperations } from './sql-operations';
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
 * A transaction handle that refuses calls once its transaction has ended, so a leaked handle
 * can never write on a connection that went back to the pool.
 */
function guardedTransaction(ops: SqlOperations): { tx: StorageTransaction; end: () => void } {
  let ended = false;
  const open = (): void => {
    if (ended) throw transactionEnded();
  };
  const tx: StorageTransaction = {
    get: async (collection, id) => (open(), ops.get(collection, id)),
    list: async (collection, query) => (open(), ops.list(collection, query)),
    listAudit: async (query) => (open(), ops.listAudit(query)),
    lastAudit: async (subjectId) => (open(), ops.lastAudit(subjectId)),
    getBlob: async (id) => (open(), ops.getBlob(id)),
    getIdempotency: async (key) => (open(), ops.getIdempotency(key)),
    put: async (input) => (open(), ops.put(input)),
    delete: async (collection, id, expectedVersion) => (open(), ops.delete(collection, id, expectedVersion)),
    appendAudit: async (event) => (open(), ops.appendAudit(event)),
    putBlob: async (blob) => (open(), ops.putBlob(blob)),
    putIdempotency: async (record) => (open(), ops.putIdempotency(record)),
  };
  return { tx, end: () => (ended = true) };
}

/**
 * Creates the SQL storage adapter over a PostgreSQL driver (PGlite embedded, or a server
 * through node-postgres). Records live in one table with typed, indexed columns for every
 * filter the port allows and JSONB for the rest; audit events in an append-only table (a
 * trigger refuses UPDATE and DELETE); blobs as `bytea`. Versions are checked by the database
 * itself (`UPDATE … WHERE version = $n`), so concurrent writers on a pool get exactly one winner;
 * each transaction runs at REPEATABLE READ, so everything it reads comes from one snapshot.
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
    list: (collection, query) => ops.list(collection, query),
    listAudit: (query) => ops.listAudit(query),
    lastAudit: (subjectId) => ops.lastAudit(subjectId),
    getBlob: (id) => ops.getBlob(id),
    getIdempotency: (key) => ops.getIdempotency(key),

    async transaction<T>(work: (tx: StorageTransaction) => Promise<T>): Promise<T> {
      const thrownByWork: unknown[] = [];
      try {
        return await driver.transaction(async (connection) => {
          // One snapshot for the whole transaction. Under PostgreSQL's default READ COMMITTED each
          // statement sees the latest commits, so a command could read a payment request before
          // a concurrent command committed and its mandate after, and compute from two states
          // that never existed together (a negative total, an `internal` error). Under REPEATABLE
          // READ it reads one state, and its write of a record changed since then fails with a
          // serialization failure (40001), which is a `conflict`.
          await connection.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
          const { tx, end } = guardedTransaction(new SqlOperations(connection, t));
          try {
            return await work(tx);
          } catch (error) {
            thrownByWork.push(error);
            throw error;
          } finally {
            end();
          }
        });
      } catch (error) {
        // The function's own errors come back as they were thrown; BEGIN/COMMIT failures are typed.
        if (thrownByWork.includes(error)) throw error;
        throw toStorageError(error);
      }
    },

    async close(): Promise<void> {
      await driver.close();
    },
  };
}
