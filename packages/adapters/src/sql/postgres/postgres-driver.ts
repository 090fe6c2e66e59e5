import { invalidStorageInput } from '@honoraria/core/storage';
import pg from 'pg';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import type { SqlDriver, SqlParam, SqlQueryOptions, SqlQueryable, SqlResult } from '../sql-driver';

/** Options of {@link createPostgresDriver}: a pool of yours, or what to create one from. */
export interface PostgresDriverOptions {
  /** A `pg` pool you manage: `close()` leaves it open. */
  readonly pool?: Pool;
  /** A connection string such as `postgres://user:password@host:5432/db`. */
  readonly connectionString?: string;
  /** More pool settings (`max`, `ssl`, timeouts…), merged with `connectionString`. */
  readonly config?: PoolConfig;
  /**
   * Called when a connection fails outside any query: an idle connection in the pool, or a
   * checked-out one between statements, whose server process ended (a restart, a failover,
   * `pg_terminate_backend`, an idle reaper, a network cut). The driver has already discarded
   * the connection and the pool opens a new one when needed; use this to log or count. The
   * error may quote the server's message, never a stored value. Ignored by default.
   */
  readonly onConnectionError?: (error: Error) => void;
}

/** Names of prepared statements, by text: node-postgres prepares a named statement once per connection. */
const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) statementNames.set(sql, (name = `honoraria_${statementNames.size + 1}`));
  return name;
}

function queryable(client: Pool | PoolClient): SqlQueryable {
  return {
    async query<R>(sql: string, params: readonly SqlParam[] = [], options?: SqlQueryOptions): Promise<SqlResult<R>> {
      const result =
        options?.prepare === true ? await client.query({ name: statementName(sql), text: sql, values: params as unknown[] }) : await client.query(sql, params as unknown[]);
      return { rows: result.rows as R[] };
    },
  };
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/**
 * A driver for a PostgreSQL server (14 or newer, or a compatible engine) through a
 * node-postgres pool. Transactions run concurrently on separate connections; the database's
 * row locks make concurrent writers of one record wait, then conflict.
 *
 * A lost connection is an error, never a crash: the driver listens for `'error'` on the pool
 * (idle connections) and on every connection it checks out, so a server process that ends
 * never raises an unhandled `'error'` event. A statement in flight fails with
 * `storage_failure` (reason `connection_lost`, `retryable: true`); the broken connection is
 * destroyed and the pool opens a fresh one for the next call.
 *
 * @example
 * ```ts
 * const driver = createPostgresDriver({ connectionString: process.env.DATABASE_URL, config: { max: 20 } });
 * const storage = createSqlStorage({ driver });
 * await storage.migrate();
 * ```
 */
export function createPostgresDriver(options: PostgresDriverOptions): SqlDriver {
  if (options.pool === undefined && options.connectionString === undefined && options.config === undefined) {
    throw invalidStorageInput(['connectionString'], 'required');
  }
  const ownPool = options.pool === undefined;
  const pool = options.pool ?? new pg.Pool({ ...options.config, ...(options.connectionString === undefined ? {} : { connectionString: options.connectionString }) });
  const reported = new WeakSet<Error>();
  const report = (error: unknown): void => {
    const e = asError(error);
    if (reported.has(e)) return; // one error reaches several listeners: report it once
    reported.add(e);
    try {
      options.onConnectionError?.(e);
    } catch {
      // A failing logger must not turn a handled connection error into a crash.
    }
  };
  // An idle connection whose server went away: pg-pool removes it, then emits 'error' on the
  // pool, which would crash the process if nobody listened.
  pool.on('error', report);
  // Every new connection keeps a listener for its whole life. pg-pool detaches its own while a
  // connection is handed out, and a server message parsed in the same chunk as the end of the
  // handshake (a backend killed as it starts) arrives before the caller can attach one.
  pool.on('connect', (client: PoolClient) => client.on('error', report));
  const outside = queryable(pool);
  return {
    name: 'postgres',
    query: (sql, params, queryOptions) => outside.query(sql, params, queryOptions),
    async transaction<T>(work: (connection: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // While checked out, the pool's own listener is detached: without this one, a server
      // process ending between two statements is an unhandled 'error' event.
      let broken: Error | undefined;
      const onError = (error: unknown): void => {
        broken ??= asError(error);
        report(error);
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (broken === undefined) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            broken = asError(rollbackError); // the connection is unusable
          }
        }
        throw error;
      } finally {
        // A broken connection is destroyed rather than returned to the pool.
        client.release(broken);
        client.removeListener('error', onError);
      }
    },
    async close() {
      if (ownPool) await pool.end();
      else pool.removeListener('error', report);
    },
  };
}
