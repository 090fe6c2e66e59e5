// `npm start`: installs what is missing, builds the reference portal when its bundle is missing or
// older than the sources, then runs it in this process (see examples/portal/README.md).
// `npm run scenario` (`node scripts/start.mjs scenario`) plays the narrated terminal scenario
// instead. Plain JavaScript, no pnpm and no TypeScript compiler on the way once installed and built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled, root, run } from './bootstrap.mjs';

ensureInstalled();

const scenario = process.argv[2] === 'scenario';
if (scenario) process.argv.splice(2, 1);
const example = scenario ? 'examples/seed-flow' : 'examples/portal';
const bundle = join(root, example, 'dist/main.js');
const sources = ['packages/core/src', 'packages/adapters/src', 'packages/pdf/src', 'examples/configs/src', `${example}/src`];
if (!scenario) sources.push('packages/forms/src', 'examples/portal/assets');

/** The newest modification time under a directory (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (built === 0 || sources.some((dir) => newest(join(root, dir)) > built)) {
  console.log(built === 0 ? `Building ${example} (once)…` : `The sources changed: rebuilding ${example}…`);
  const code = run(process.execPath, [`${example}/build.mjs`]);
  if (code !== 0) process.exit(code);
}
await import(pathToFileURL(bundle).href);
