// Starts the portal for the tests: built assets (built once when missing), a fresh embedded
// database in a temporary directory (from the build's snapshot when there is one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSnapshot } from '../src/portal-database';
import type { RunningPortal } from '../src/start-portal';
import { startPortal } from '../src/start-portal';

const here = fileURLToPath(new URL('..', import.meta.url));

/** Starts a seeded portal on a free port. */
export async function startTestPortal(): Promise<RunningPortal> {
  if (!existsSync(join(here, 'dist/assets/forms.js'))) {
    const built = spawnSync(process.execPath, [join(here, 'build.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('examples/portal/build.mjs failed');
  }
  return startPortal({
    dataDir: mkdtempSync(join(tmpdir(), 'honoraria-portal-')),
    snapshot: findSnapshot(new URL('../dist/x', import.meta.url)),
    port: 0,
    assetsDir: join(here, 'dist/assets'),
    tickMs: 0,
  });
}

/** A small cookie-keeping client for the portal, as a browser on its origin would send. */
export function browserLike(base: string) {
  let cookie = '';
  async function send(path: string, init: RequestInit & { form?: Record<string, string> } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    let body = init.body;
    if (init.form !== undefined) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
      if (!headers.has('origin')) headers.set('origin', base);
    }
    const response = await fetch(base + path, { ...init, headers, body, redirect: 'manual' });
    const set = response.headers.get('set-cookie');
    if (set !== null) {
      const [pair] = set.split(';');
      const [name, value] = pair!.split('=');
      const jar = new Map(cookie === '' ? [] : cookie.split('; ').map((c) => c.split('=') as [string, string]));
      if (value === '') jar.delete(name!);
      else jar.set(name!, value!);
      cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    return response;
  }
  return { send, cookie: () => cookie };
}
