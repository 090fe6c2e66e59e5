import { afterAll } from 'vitest';
import { createSqlStorage } from '../../src/sql/sql-storage';
import type { SqlStorage } from '../../src/sql/sql-storage';
import type { SqlDriver } from '../../src/sql/sql-driver';
import type { StorageConformanceOptions } from '../../src/testing/run-storage-conformance';
import { inspectSqlSchema } from './sql-inspector';

/**
 * Conformance options over one shared driver: each test gets its own schema (named after this
 * file's run, so parallel runs never meet), migrated, then dropped. The driver is closed after
 * the file.
 */
export function sqlConformance(name: string, openDriver: () => Promise<SqlDriver>): Omit<StorageConformanceOptions<SqlStorage>, 'describe' | 'it'> {
  let driver: Promise<SqlDriver> | undefined;
  const shared = () => (driver ??= openDriver());
  const prefix = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let n = 0;
  afterAll(async () => {
    if (driver === undefined) return;
    const db = await driver;
    const { rows } = await db.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [`${prefix}\\_%`]);
    for (const { nspname } of rows) await db.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await db.close();
  });
  return {
    name,
    create: async () => {
      const storage = createSqlStorage({ driver: await shared(), schema: `${prefix}_${++n}` });
      await storage.migrate();
      return storage;
    },
    inspect: (storage) => inspectSqlSchema(storage.driver, storage.schema),
    dispose: async (storage) => {
      await storage.driver.query(`DROP SCHEMA "${storage.schema}" CASCADE`);
    },
  };
}
