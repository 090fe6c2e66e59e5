// `npm start`: installs what is missing, builds the scenario when its bundle is missing or older
// than the sources, then plays the main job (see README) in this process: plain JavaScript, no
// pnpm and no TypeScript compiler on the way once installed and built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled, root, run } from './bootstrap.mjs';

ensureInstalled();

const bundle = join(root, 'examples/seed-flow/dist/main.js');
const sources = ['packages/core/src', 'packages/adapters/src', 'packages/pdf/src', 'examples/configs/src', 'examples/seed-flow/src'];

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
  console.log(built === 0 ? 'Building the scenario (once)…' : 'The sources changed: rebuilding the scenario…');
  const code = run(process.execPath, ['examples/seed-flow/build.mjs']);
  if (code !== 0) process.exit(code);
}
await import(pathToFileURL(bundle).href);
