// The PGlite driver's data directory: made with its parents, started from a snapshot instead of
// initdb when it holds no database, reopened as it is afterwards.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgliteDriver } from '../../../src/sql/pglite/pglite-driver';

const scratch = mkdtempSync(join(tmpdir(), 'honoraria-pglite-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('createPgliteDriver data directory', () => {
  it('starts a new directory (and its parents) from a snapshot, then reopens it without loading it again', { timeout: 120_000 }, async () => {
    const source = await PGlite.create();
    await source.exec(`CREATE TABLE greeting (text text); INSERT INTO greeting VALUES ('bonjour')`);
    const snapshot = await source.dumpDataDir('gzip');
    await source.close();

    const dataDir = join(scratch, 'nested', 'db');
    const first = await createPgliteDriver({ dataDir, snapshot });
    expect((await first.query<{ text: string }>('SELECT text FROM greeting')).rows).toEqual([{ text: 'bonjour' }]);
    await first.query(`INSERT INTO greeting VALUES ('hello')`);
    await first.close();
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);

    // The directory holds a database now: the snapshot is not loaded again, what was written stays.
    const second = await createPgliteDriver({ dataDir, snapshot });
    expect((await second.query<{ text: string }>('SELECT text FROM greeting ORDER BY text')).rows.map((r) => r.text)).toEqual(['bonjour', 'hello']);
    await second.close();
  });

  it('refuses a snapshot with a URL data directory', async () => {
    await expect(createPgliteDriver({ dataDir: 'idb://honoraria', snapshot: new Blob([]) })).rejects.toThrow(/snapshot/);
  });
});
