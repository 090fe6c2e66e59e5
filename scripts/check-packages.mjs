// Checks every published package from the outside: publint --strict (the packed tarball) and
// attw (are the types right for Node 16+ ESM and bundlers). Run after `pnpm build`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
let failed = 0;
for (const dir of readdirSync(`${root}packages`)) {
  const cwd = `${root}packages/${dir}`;
  const pkg = JSON.parse(readFileSync(`${cwd}/package.json`, 'utf8'));
  if (pkg.private) continue;
  // Entry points that are plain script files for <script> tags have no types by design.
  const untyped = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'string' && target.endsWith('.js'))
    .map(([key]) => key);
  const steps = [
    ['publint', ['exec', 'publint', '--strict', '--pack', 'pnpm']],
    ['attw', ['exec', 'attw', '--pack', '.', '--profile', 'esm-only', ...(untyped.length ? ['--exclude-entrypoints', ...untyped] : [])]],
  ];
  for (const [name, args] of steps) {
    const r = spawnSync('pnpm', args, { cwd, encoding: 'utf8' });
    const ok = r.status === 0;
    if (!ok) failed++;
    console.log(`${ok ? '✓' : '✗'} ${name} ${pkg.name}`);
    if (!ok) console.log(r.stdout, r.stderr);
  }
}
process.exit(failed === 0 ? 0 : 1);
