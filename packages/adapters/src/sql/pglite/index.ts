// @honoraria/adapters/sql/pglite: the embedded PostgreSQL driver (needs @electric-sql/pglite).
export { createPgliteDriver } from './pglite-driver';
export type { PgliteDriverOptions } from './pglite-driver';
