// @honoraria/adapters/sql/postgres: the PostgreSQL server driver (needs `pg`).
export { createPostgresDriver } from './postgres-driver';
export type { PostgresDriverOptions } from './postgres-driver';
