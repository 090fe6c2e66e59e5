// A @web/test-runner plugin that serves `/__honoraria__/custom-elements.json`: the forms
// package's custom elements manifest, generated now from the source with the same analyzer
// configuration as `pnpm build`, so the manifest test checks the source, not a stale build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const forms = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'forms');

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function manifestPlugin() {
  /** @type {string | undefined} */
  let cached;
  return {
    name: 'honoraria-custom-elements-manifest',
    serve(context) {
      if (context.path !== '/__honoraria__/custom-elements.json') return undefined;
      if (cached === undefined) {
        const out = mkdtempSync(join(tmpdir(), 'hon-cem-'));
        try {
          const cem = createRequire(join(forms, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
          execFileSync(process.execPath, [cem, 'analyze'], { cwd: forms, env: { ...process.env, HON_CEM_OUTDIR: relative(forms, out) }, stdio: 'pipe' });
          cached = readFileSync(join(out, 'custom-elements.json'), 'utf8');
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      }
      return { body: cached, type: 'application/json' };
    },
  };
}
