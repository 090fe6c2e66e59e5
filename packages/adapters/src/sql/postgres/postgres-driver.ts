import { invalidStorageInput } from '@honoraria/core';
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

/**
 * A driver for a PostgreSQL server (14 or newer, or a compatible engine) through a
 * node-postgres pool. Transactions run concurrently on separate connections; the database's
 * row locks make concurrent writers of one record wait, then conflict.
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
  const outside = queryable(pool);
  return {
    name: 'postgres',
    query: (sql, params, queryOptions) => outside.query(sql, params, queryOptions),
    async transaction<T>(work: (connection: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)); // the connection is unusable
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (ownPool) await pool.end();
    },
  };
}
