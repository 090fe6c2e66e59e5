// `npm start`: the whole flow of the seeds on the embedded database (PGlite), narrated.
// Options: --lang en (English; French by default), --data <dir> (the database's directory,
// `.honoraria/seed-flow` by default, kept between runs), --reset (delete it first),
// --pdf <dir> (write the PDFs filed in My Files there).
import type { Lang } from '@honoraria/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_DATA_DIR, findSnapshot, openEmbeddedDatabase } from './embedded-database';
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
// From the start of the process (as `npm start` launches it), not from this line.
const started = performance.timeOrigin;
const elapsed = (): number => Date.now() - started;

console.log(say.t('title'));
console.log(say.t('db_start'));
const dataDir = resolve(option('data') ?? DEFAULT_DATA_DIR);
// Two institutions, two schemas in the same embedded database.
const { driver, unit, cisss, origin, migrations } = await openEmbeddedDatabase({
  dataDir,
  reset: process.argv.includes('--reset'),
  snapshot: findSnapshot(),
});
console.log(say.t('db_ready', { ms: Math.round(elapsed()), migrations }));
console.log(say.t('db_where', { dir: dataDir, origin: say.t(`origin_${origin}`) }));

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
  console.log(say.t('done', { seconds: (elapsed() / 1000).toFixed(1) }));
  if (!paid.auditValid || !volunteer.auditValid || paid.documents.some((d) => !d.verified)) process.exitCode = 1;
} finally {
  await driver.close();
}
