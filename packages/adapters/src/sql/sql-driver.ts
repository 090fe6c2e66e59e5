/** A value passed as a query parameter. */
export type SqlParam = string | number | boolean | null | Uint8Array;

/** The rows a query returned. */
export interface SqlResult<R> {
  readonly rows: R[];
}

/** How to run a statement. */
export interface SqlQueryOptions {
  /**
   * The statement's text is fixed (only its parameters vary) and runs often: a driver that can
   * should prepare it once per connection (a named statement) instead of parsing and planning
   * it on every call. Drivers that cannot ignore it.
   */
  readonly prepare?: boolean;
}

/** Something that runs SQL: a connection, a pool, or a transaction. */
export interface SqlQueryable {
  /**
   * Runs one statement with `$1`, `$2`… placeholders. Rejects with the database error, whose
   * `code` is the SQLSTATE (`40001`, `23505`…), as PostgreSQL drivers report it.
   */
  query<R = Record<string, unknown>>(sql: string, params?: readonly SqlParam[], options?: SqlQueryOptions): Promise<SqlResult<R>>;
}

/**
 * What the SQL storage needs from a PostgreSQL client: queries, transactions and closing.
 * `@honoraria/adapters/sql/pglite` and `@honoraria/adapters/sql/postgres` provide one each;
 * wrap any other client (a serverless driver, a distributed Postgres) the same way.
 */
export interface SqlDriver extends SqlQueryable {
  /** A short name for messages and benchmarks: `pglite`, `postgres`. */
  readonly name: string;
  /**
   * Runs `work` in one transaction (`BEGIN` … `COMMIT`, `ROLLBACK` when it throws, the error
   * rethrown), on one connection. Queries made outside `work` must not run inside it: a
   * single-connection driver makes them wait until the transaction ends.
   */
  transaction<T>(work: (connection: SqlQueryable) => Promise<T>): Promise<T>;
  /** Releases the connections. */
  close(): Promise<void>;
}
