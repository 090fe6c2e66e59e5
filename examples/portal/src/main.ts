// `npm start`: the reference portal on 127.0.0.1. Options: --port <n> (8080 by default; 0 for a
// free one), --data <dir> (the embedded database, `.honoraria/portal` by default, kept between
// runs), --reset (start over), --no-demo (no picker, mail viewer nor clock). DATABASE_URL
// switches to PostgreSQL.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, findSnapshot } from './portal-database';
import { startPortal } from './start-portal';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const dataDir = resolve(option('data') ?? DEFAULT_DATA_DIR);
const portal = await startPortal({
  dataDir,
  reset: process.argv.includes('--reset'),
  snapshot: findSnapshot(),
  databaseUrl: process.env.DATABASE_URL,
  port: Number(option('port') ?? process.env.PORT ?? 8080),
  assetsDir: fileURLToPath(new URL('./assets/', import.meta.url)),
  demo: !process.argv.includes('--no-demo') && process.env.HONORARIA_DEMO !== '0',
  ...(process.env.PORTAL_URL === undefined ? {} : { publicUrl: process.env.PORTAL_URL }),
});
const ms = Math.round(performance.now());
console.log(`Honoraria portal ready in ${ms} ms: ${portal.url}`);
console.log(`  database: ${portal.database.origin === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `${dataDir} (${portal.database.origin})`}${portal.seeded ? ', seeded' : ''}`);
console.log(`  emails: ${portal.url}/mail (SMTP on 127.0.0.1:${portal.mailBox.port})`);
const stop = (): void => void portal.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
