// Builds the portal for `npm start`: one JavaScript bundle of the server and the workspace
// sources (no TypeScript compiled at start-up), the browser bundle of @honoraria/forms
// (dist/assets/forms.js, served to the pages), and the migrated database snapshot the first run
// loads instead of running initdb. Usage: node examples/portal/build.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = `${here}dist`;
rmSync(dist, { recursive: true, force: true });
const conditions = ['@honoraria/source', 'node', 'import', 'default'];
await build({
  entry: { main: `${here}src/main.ts`, 'build-snapshot': `${here}src/build-snapshot.ts` },
  outDir: dist,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  // Everything but PGlite (its WebAssembly files sit beside its module) and pg (loaded only for
  // DATABASE_URL; its CommonJS classes do not survive bundling) goes into the bundle.
  noExternal: [/^(?!@electric-sql\/pglite|pg$)/],
  external: ['@electric-sql/pglite', 'pg'],
  esbuildOptions(options) {
    options.conditions = conditions;
  },
  banner: { js: "import { createRequire as __honorariaRequire } from 'node:module'; const require = __honorariaRequire(import.meta.url);" },
  tsconfig: `${here}tsconfig.json`,
  dts: false,
  sourcemap: false,
  silent: true,
});
// The components, for the browser: every element registered by @honoraria/forms/define.
await build({
  entry: { forms: `${here}src/browser/forms.ts` },
  outDir: `${dist}/assets`,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  minify: true,
  esbuildOptions(options) {
    options.conditions = ['@honoraria/source', 'browser', 'import', 'default'];
  },
  tsconfig: `${here}tsconfig.json`,
  dts: false,
  sourcemap: false,
  silent: true,
});
mkdirSync(`${dist}/assets`, { recursive: true });
copyFileSync(`${here}assets/portal.css`, `${dist}/assets/portal.css`);
const snapshot = spawnSync(process.execPath, [`${dist}/build-snapshot.js`, `${dist}/pgdata.tar.gz`], { stdio: 'inherit' });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
