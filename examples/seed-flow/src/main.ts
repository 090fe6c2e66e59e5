// `npm start`: the whole flow of the seeds on the embedded database (PGlite), narrated.
// Options: --lang en (English; French by default), --data <dir> (keep the database in a directory),
// --pdf <dir> (write the PDFs filed in My Files there).
import { createSqlStorage } from '@honoraria/adapters/sql';
import { createPgliteDriver } from '@honoraria/adapters/sql/pglite';
import type { Lang } from '@honoraria/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNarrator } from './narrator';
import { runSeedFlow } from './seed-flow';
import { runVolunteerFlow } from './volunteer-flow';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const lang: Lang = option('lang') === 'en' ? 'en' : 'fr';
const say = createNarrator(lang, (line) => console.log(line));
const started = performance.now();

console.log(say.t('title'));
console.log(say.t('db_start'));
const driver = await createPgliteDriver(option('data') === undefined ? {} : { dataDir: option('data') });
// Two institutions, two schemas in the same embedded database.
const unit = createSqlStorage({ driver, schema: 'unite' });
const cisss = createSqlStorage({ driver, schema: 'cisss' });
const migrations = (await unit.migrate()).applied.length + (await cisss.migrate()).applied.length;
console.log(say.t('db_ready', { ms: Math.round(performance.now() - started), migrations }));

try {
  const paid = await runSeedFlow({ storage: unit, narrator: say });
  const volunteer = await runVolunteerFlow({ storage: cisss, narrator: say });
  const pdfDir = option('pdf');
  if (pdfDir !== undefined) {
    mkdirSync(pdfDir, { recursive: true });
    for (const doc of paid.documents) writeFileSync(join(pdfDir, doc.fileName), doc.bytes);
    console.log(say.t('written', { dir: pdfDir }));
  }
  console.log('');
  console.log(say.t('done', { seconds: ((performance.now() - started) / 1000).toFixed(1) }));
  if (!paid.auditValid || !volunteer.auditValid || paid.documents.some((d) => !d.verified)) process.exitCode = 1;
} finally {
  await driver.close();
}
