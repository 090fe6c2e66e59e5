// Build step: a migrated database for the scenario, dumped as a gzipped tarball that the first
// `npm start` loads instead of running initdb (see embedded-database.ts).
// Usage: node dist/build-snapshot.js <out.tar.gz>
import { PGlite } from '@electric-sql/pglite';
import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { writeFileSync } from 'node:fs';
import { SCHEMAS } from './embedded-database';

const out = process.argv[2];
if (out === undefined) throw new Error('usage: build-snapshot <out.tar.gz>');
const pglite = await PGlite.create();
const driver = await createPgliteDriver({ pglite });
for (const schema of Object.values(SCHEMAS)) await createSqlStorage({ driver, schema }).migrate();
const tarball = await pglite.dumpDataDir('gzip');
writeFileSync(out, new Uint8Array(await tarball.arrayBuffer()));
await driver.close();
console.log(`${out}: ${(tarball.size / 1024 / 1024).toFixed(1)} MB, schemas ${Object.values(SCHEMAS).join(', ')} migrated`);
