import { createMemoryStorage } from '@honoraria/core';
import type { StorageAdapter } from '@honoraria/core';
import { createPgliteDriver } from '../../src/sql/pglite/pglite-driver';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import { createSqlStorage } from '../../src/sql/sql-storage';

/** A storage to benchmark: PGlite always, PostgreSQL when `DATABASE_URL` is set, memory as a baseline. */
export type BenchStorageKind = 'memory' | 'pglite' | 'postgres';

/** The kinds available here: `postgres` only with `DATABASE_URL`. */
export function benchStorageKinds(options: { memory?: boolean } = {}): BenchStorageKind[] {
  return [...(options.memory ? (['memory'] as const) : []), 'pglite', ...(process.env['DATABASE_URL'] ? (['postgres'] as const) : [])];
}

/** An opened benchmark storage and how to throw it away. */
export interface BenchStorage {
  readonly kind: BenchStorageKind;
  readonly storage: StorageAdapter;
  /** Drops the schema (PostgreSQL) and closes. */
  dispose(): Promise<void>;
}

/**
 * Opens an empty, migrated storage of a kind. On PostgreSQL it lives in its own schema
 * (`bench_<random>`), dropped by `dispose()`; PGlite lives in memory.
 */
export async function openBenchStorage(kind: BenchStorageKind): Promise<BenchStorage> {
  if (kind === 'memory') {
    const storage = createMemoryStorage();
    return { kind, storage, dispose: () => storage.close() };
  }
  const schema = `bench_${Math.random().toString(36).slice(2, 10)}`;
  const driver = kind === 'pglite' ? await createPgliteDriver() : createPostgresDriver({ connectionString: process.env['DATABASE_URL'] as string, config: { max: 10 } });
  const storage = createSqlStorage({ driver, schema });
  await storage.migrate();
  return {
    kind,
    storage,
    async dispose() {
      if (kind === 'postgres') await driver.query(`DROP SCHEMA "${schema}" CASCADE`);
      await storage.close();
    },
  };
}
