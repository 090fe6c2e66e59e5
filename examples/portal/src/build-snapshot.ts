// Build step: a migrated database for the portal, dumped as a gzipped tarball that the first
// run loads instead of running initdb. Usage: node dist/build-snapshot.js <out.tar.gz>
import { PGlite } from '@electric-sql/pglite';
import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import { writeFileSync } from 'node:fs';
import { SCHEMA } from './portal-database';

const out = process.argv[2];
if (out === undefined) throw new Error('usage: build-snapshot <out.tar.gz>');
const pglite = await PGlite.create();
const driver = await createPgliteDriver({ pglite });
await createSqlStorage({ driver, schema: SCHEMA }).migrate();
const tarball = await pglite.dumpDataDir('gzip');
writeFileSync(out, new Uint8Array(await tarball.arrayBuffer()));
await driver.close();
console.log(`${out}: ${(tarball.size / 1024 / 1024).toFixed(1)} MB, schema ${SCHEMA} migrated`);
