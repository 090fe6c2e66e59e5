// Shared by `npm start` and `npm test`: makes a fresh clone runnable with only Node and npm.
// Finds pnpm (the pinned version, through npx when it is not installed) and installs the
// workspace when node_modules is missing or older than the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  .packageManager.split('@')[1];

/** Runs a command in the repository root, inheriting stdio; returns its exit code. */
export function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function pnpmCommand() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!r.error && r.stdout.trim() === pinned) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

/** Runs pnpm (the version pinned in package.json) with arguments. */
export function pnpm(args, env) {
  const [cmd, pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], env);
}

/** Installs dependencies when they are missing or stale. */
export function ensureInstalled() {
  const marker = `${root}node_modules/.modules.yaml`;
  const lock = `${root}pnpm-lock.yaml`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  process.env.npm_config_nodedir ??= existsSync('/usr/include/node/node.h') ? '/usr' : undefined;
  const code = pnpm(['install', '--frozen-lockfile']);
  if (code !== 0) process.exit(code);
}
