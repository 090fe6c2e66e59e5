// @honoraria/adapters/sql: the SQL storage adapter and its driver interface. The drivers live
// in their own subpaths (`./sql/pglite`, `./sql/postgres`) so each imports only its client.
export { createSqlStorage } from './sql-storage';
export type { SqlStorage, SqlStorageOptions } from './sql-storage';
export type { SqlDriver, SqlParam, SqlQueryOptions, SqlQueryable, SqlResult } from './sql-driver';
export { SQL_MIGRATIONS } from './sql-migrations';
export type { MigrateOptions, MigrationReport, SqlMigration } from './sql-migrations';
export { isConnectionLoss, toStorageError } from './sql-errors';
