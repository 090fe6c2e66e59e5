import type { SqlDriver, SqlQueryable } from '../../src/sql/sql-driver';

/** A driver that counts its round trips: every statement, and BEGIN and COMMIT (or ROLLBACK) of each transaction. */
export interface CountingDriver extends SqlDriver {
  /** Round trips since the driver was created. */
  readonly roundTrips: number;
  /** Statements sent, in order (BEGIN and COMMIT as `BEGIN`, `COMMIT`). */
  readonly statements: readonly string[];
}

/** Wraps a driver to count what it sends to the database. */
export function countingDriver(inner: SqlDriver): CountingDriver {
  const statements: string[] = [];
  const counted = (db: SqlQueryable): SqlQueryable => ({
    query: (sql, params, options) => {
      statements.push(process.env['ROUND_TRIPS_DEBUG'] === undefined ? sql : `${sql} ${JSON.stringify(params ?? []).slice(0, 200)}`);
      return db.query(sql, params, options);
    },
  });
  const outside = counted(inner);
  return {
    name: inner.name,
    get roundTrips() {
      return statements.length;
    },
    statements,
    query: (sql, params, options) => outside.query(sql, params, options),
    async transaction(work) {
      statements.push('BEGIN');
      try {
        return await inner.transaction((connection) => work(counted(connection)));
      } finally {
        statements.push('COMMIT');
      }
    },
    close: () => inner.close(),
  };
}
