// The scenario's embedded database: PGlite in a data directory kept between runs, created on the
// first run from the migrated snapshot the build ships (dist/pgdata.tar.gz) instead of initdb.
import { createSqlStorage } from '@honoraria/adapters/sql';
import type { SqlDriver, SqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two institutions of the scenario, one schema each in the same database. */
export const SCHEMAS = { unit: 'unite', cisss: 'cisss' } as const;

/** Where the data directory lives when `--data` says nothing: `.honoraria/seed-flow` under the current directory. */
export const DEFAULT_DATA_DIR = join('.honoraria', 'seed-flow');

/** The snapshot file the build writes beside the bundle. */
export const SNAPSHOT_FILE = 'pgdata.tar.gz';

/** How the database was found: made from the shipped snapshot, kept from an earlier run, or made by initdb (no snapshot built). */
export type DatabaseOrigin = 'snapshot' | 'kept' | 'initdb';

/** The opened database. */
export interface EmbeddedDatabase {
  readonly driver: SqlDriver;
  readonly unit: SqlStorage;
  readonly cisss: SqlStorage;
  readonly origin: DatabaseOrigin;
  /** Migrations applied by this run (0 when the database was already at the latest version). */
  readonly migrations: number;
}

/** The shipped snapshot: beside the running bundle (dist/), or in dist/ when running the sources. */
export function findSnapshot(from: string | URL = import.meta.url): string | undefined {
  const candidates = [new URL(`./${SNAPSHOT_FILE}`, from), new URL(`../dist/${SNAPSHOT_FILE}`, from)];
  return candidates.map((u) => fileURLToPath(u)).find((path) => existsSync(path));
}

/**
 * Opens the scenario's database in `dataDir`: with `reset`, the directory is deleted first. A
 * directory without a database is created from `snapshot` (or by initdb without one). A kept
 * database is emptied of the last run's two schemas, so the scenario always replays from the
 * start; its data stays on disk between runs for anyone who wants to look.
 */
export async function openEmbeddedDatabase(options: { readonly dataDir: string; readonly reset?: boolean; readonly snapshot?: string | undefined }): Promise<EmbeddedDatabase> {
  if (options.reset === true) rmSync(options.dataDir, { recursive: true, force: true });
  const kept = existsSync(join(options.dataDir, 'PG_VERSION'));
  const snapshot = !kept && options.snapshot !== undefined ? new Blob([readFileSync(options.snapshot)]) : undefined;
  const driver = await createPgliteDriver({ dataDir: options.dataDir, ...(snapshot === undefined ? {} : { snapshot }) });
  if (kept) {
    for (const schema of Object.values(SCHEMAS)) await driver.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  const unit = createSqlStorage({ driver, schema: SCHEMAS.unit });
  const cisss = createSqlStorage({ driver, schema: SCHEMAS.cisss });
  const migrations = (await unit.migrate()).applied.length + (await cisss.migrate()).applied.length;
  return { driver, unit, cisss, origin: kept ? 'kept' : snapshot !== undefined ? 'snapshot' : 'initdb', migrations };
}
