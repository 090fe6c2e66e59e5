// Builds the scenario for `npm start`: one JavaScript bundle of the scenario and the workspace
// sources (no TypeScript compiled at start-up), and the migrated database snapshot that the first
// run loads instead of running initdb. Usage: node examples/seed-flow/build.mjs
// (tsup is the workspace root's dev dependency, as for the packages' builds.)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = `${here}dist`;
rmSync(dist, { recursive: true, force: true });
await build({
  entry: { main: `${here}src/main.ts`, 'build-snapshot': `${here}src/build-snapshot.ts` },
  outDir: dist,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  // Everything but PGlite (its WebAssembly files sit beside its module) goes into the bundle.
  noExternal: [/^(?!@electric-sql\/pglite)/],
  external: ['@electric-sql/pglite'],
  esbuildOptions(options) {
    options.conditions = ['@honoraria/source', 'node', 'import', 'default'];
  },
  // Bundled CommonJS modules may require Node built-ins.
  banner: { js: "import { createRequire as __honorariaRequire } from 'node:module'; const require = __honorariaRequire(import.meta.url);" },
  tsconfig: `${here}tsconfig.json`,
  dts: false,
  sourcemap: false,
  silent: true,
});
const snapshot = spawnSync(process.execPath, [`${dist}/build-snapshot.js`, `${dist}/pgdata.tar.gz`], { stdio: 'inherit' });
if (snapshot.status !== 0) process.exit(snapshot.status ?? 1);
