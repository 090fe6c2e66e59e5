// The scenario's data directory: made from the migrated snapshot, kept and replayed from a clean
// slate on the next run, deleted by --reset.
import { PGlite } from '@electric-sql/pglite';
import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, SCHEMAS } from '../src/embedded-database';

const scratch = mkdtempSync(join(tmpdir(), 'honoraria-seed-db-'));
const snapshot = join(scratch, 'pgdata.tar.gz');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  // What build-snapshot.ts does at build time.
  const pglite = await PGlite.create();
  const driver = await createPgliteDriver({ pglite });
  for (const schema of Object.values(SCHEMAS)) await createSqlStorage({ driver, schema }).migrate();
  writeFileSync(snapshot, new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
  await driver.close();
}, 120_000);

const partners = async (db: Awaited<ReturnType<typeof openEmbeddedDatabase>>): Promise<number> => (await db.unit.list('partners')).items.length;

describe('the scenario’s embedded database', () => {
  it('is created from the snapshot (already migrated), kept, replayed from a clean slate, and reset on demand', { timeout: 240_000 }, async () => {
    const dataDir = join(scratch, '.honoraria', 'seed-flow');

    const first = await openEmbeddedDatabase({ dataDir, snapshot });
    expect([first.origin, first.migrations]).toEqual(['snapshot', 0]);
    await first.unit.transaction((tx) => tx.put({ collection: 'partners', id: 'ptn_1', expectedVersion: 0, data: { name: 'Zoé' }, index: { sortKey: 'Zoé' } }));
    expect(await partners(first)).toBe(1);
    await first.driver.close();

    const second = await openEmbeddedDatabase({ dataDir, snapshot });
    expect(second.origin).toBe('kept');
    expect(await partners(second)).toBe(0); // the last run's data is gone: the scenario replays from the start
    await second.driver.close();

    const reset = await openEmbeddedDatabase({ dataDir, snapshot, reset: true });
    expect(reset.origin).toBe('snapshot');
    await reset.driver.close();
  });
});
