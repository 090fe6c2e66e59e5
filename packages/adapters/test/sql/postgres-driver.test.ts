import { isHonorariaError } from '@honoraria/core';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresDriver } from '../../src/sql/postgres/postgres-driver';
import { runStorageConformance } from '../../src/testing/run-storage-conformance';
import { sqlConformance } from '../support/sql-fixture';

const url = process.env['DATABASE_URL'];

describe('createPostgresDriver', () => {
  it('needs a pool, a connection string or a pool configuration', () => {
    let error: unknown;
    try {
      createPostgresDriver({});
    } catch (e) {
      error = e;
    }
    expect(isHonorariaError(error, 'validation_failed')).toBe(true);
  });

  it('leaves a pool it did not create open, and types a connection failure', async () => {
    // Port 1 on the loopback refuses connections at once: no server needed for this test.
    const pool = new pg.Pool({ connectionString: 'postgres://nobody:secret@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    const driver = createPostgresDriver({ pool });
    const { createSqlStorage } = await import('../../src/sql/sql-storage');
    const storage = createSqlStorage({ driver });
    const error = await storage.get('c', 'x').catch((e: unknown) => e);
    expect(isHonorariaError(error, 'storage_failure')).toBe(true);
    expect(JSON.stringify(error)).not.toContain('secret');
    await storage.close();
    expect(pool.ended).toBe(false);
    await pool.end();
  });
});

// The same suite as PGlite, on a real server, whenever DATABASE_URL is set (CI sets it).
if (url !== undefined) {
  runStorageConformance({ ...sqlConformance('postgres', async () => createPostgresDriver({ connectionString: url, config: { max: 12 } })), describe, it });
}
