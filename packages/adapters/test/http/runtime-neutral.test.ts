// The handler and the client use no Node API: bundled for the browser platform and run in a
// bare `vm` context with only web-standard globals, they serve and call a real service.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, createWorld } from '../../../core/test/workflow/fixtures';

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'honoraria-http-'));
  await build({
    entry: { worker: fileURLToPath(new URL('./worker-entry.ts', import.meta.url)) },
    outDir: dir,
    format: ['iife'],
    globalName: 'HonorariaWorker',
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    dts: false,
    sourcemap: false,
    silent: true,
    config: false,
    esbuildOptions(options) {
      options.conditions = ['@honoraria/source', 'browser', 'import', 'default'];
    },
  });
  const file = (await readdir(dir)).find((f) => f.endsWith('.js'));
  bundle = await readFile(join(dir, file ?? 'missing.js'), 'utf8');
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The globals a worker, Deno or Bun offers (a subset: what the web platform defines). */
function webGlobals(): Record<string, unknown> {
  return {
    Request, Response, Headers, URL, URLSearchParams, TextEncoder, TextDecoder, ReadableStream, WritableStream, TransformStream,
    AbortController, AbortSignal, Blob, FormData, DOMException, atob, btoa, structuredClone, queueMicrotask, setTimeout, clearTimeout,
    console: { log: () => undefined, warn: () => undefined, error: () => undefined },
    crypto: globalThis.crypto,
  };
}

describe('runtime neutrality', () => {
  it('bundles without any node: import', () => {
    expect(bundle.length).toBeGreaterThan(1000);
    expect(bundle).not.toMatch(/require\(["']node:|from ["']node:|require\(["'](fs|http|stream|buffer|net)["']\)/);
  });

  it('serves and calls a real service in a context without Node globals', async () => {
    const context = createContext(webGlobals());
    runInContext(bundle, context, { filename: 'worker.js' });
    const worker = (context as { HonorariaWorker?: { run(): Promise<unknown> } }).HonorariaWorker;
    const result = (await worker?.run()) as { report: unknown; refused: unknown; tooBigStatus: number; globals: unknown };
    const world = createWorld();
    expect(result.globals).toEqual({ process: 'undefined', Buffer: 'undefined' });
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(JSON.parse(JSON.stringify(await world.service.as(actors.admin).verifyAuditLog({}))));
    expect(JSON.parse(JSON.stringify(result.refused))).toMatchObject({ code: 'forbidden' });
    expect(result.tooBigStatus).toBe(413);
  });
});
