// The portal's database: PGlite in a data directory kept between runs (created on the first run
// from the migrated snapshot the build ships, as the seed flow's is), or PostgreSQL when
// DATABASE_URL is set. The workflow's records live in one schema; the portal's own sessions and
// sign-in tokens in two tables beside them, so two portal processes on one database share them.
import { createSqlStorage } from '@honoraria/adapters/sql';
import type { SqlDriver, SqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schema of the portal's institution. */
export const SCHEMA = 'portail';

/** Where the data directory lives when `--data` says nothing. */
export const DEFAULT_DATA_DIR = join('.honoraria', 'portal');

/** The snapshot file the build writes beside the bundle. */
export const SNAPSHOT_FILE = 'pgdata.tar.gz';

/** The opened database. */
export interface PortalDatabase {
  readonly driver: SqlDriver;
  readonly storage: SqlStorage;
  /** `snapshot`, `kept` or `initdb` for PGlite; `postgres` for DATABASE_URL. */
  readonly origin: 'snapshot' | 'kept' | 'initdb' | 'postgres';
}

/** The shipped snapshot: beside the running bundle (dist/), or in dist/ when running the sources. */
export function findSnapshot(from: string | URL = import.meta.url): string | undefined {
  const candidates = [new URL(`./${SNAPSHOT_FILE}`, from), new URL(`../dist/${SNAPSHOT_FILE}`, from)];
  return candidates.map((u) => fileURLToPath(u)).find((path) => existsSync(path));
}

/** The portal's own tables: sessions and magic-link tokens, both stored as SHA-256 hashes. */
const PORTAL_TABLES = [
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.portal_sessions (id_hash text PRIMARY KEY, person_id text NOT NULL, expires_at timestamptz NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.portal_magic_links (token_hash text PRIMARY KEY, email text NOT NULL, expires_at timestamptz NOT NULL, used_at timestamptz)`,
];

/**
 * Opens the database: PostgreSQL when `databaseUrl` is given, else PGlite in `dataDir` (deleted
 * first with `reset`; created from `snapshot` when it holds no database yet). Migrates the schema
 * and creates the portal's tables.
 */
export async function openPortalDatabase(options: { readonly dataDir: string; readonly reset?: boolean; readonly snapshot?: string | undefined; readonly databaseUrl?: string | undefined }): Promise<PortalDatabase> {
  let driver: SqlDriver;
  let origin: PortalDatabase['origin'];
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    // Loaded only when asked for: the embedded path never loads pg.
    const { createPostgresDriver } = await import('@honoraria/adapters/sql/postgres');
    driver = createPostgresDriver({ connectionString: options.databaseUrl });
    origin = 'postgres';
    if (options.reset === true) await driver.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  } else {
    if (options.reset === true) rmSync(options.dataDir, { recursive: true, force: true });
    const kept = existsSync(join(options.dataDir, 'PG_VERSION'));
    const snapshot = !kept && options.snapshot !== undefined ? new Blob([readFileSync(options.snapshot)]) : undefined;
    driver = await createPgliteDriver({ dataDir: options.dataDir, ...(snapshot === undefined ? {} : { snapshot }) });
    origin = kept ? 'kept' : snapshot !== undefined ? 'snapshot' : 'initdb';
  }
  const storage = createSqlStorage({ driver, schema: SCHEMA });
  await storage.migrate();
  for (const statement of PORTAL_TABLES) await driver.query(statement);
  return { driver, storage, origin };
}
