// A @web/test-runner plugin that serves `/__honoraria__/browser/<file>`: the forms package's
// script-tag builds (all-in-one, autoloader and its chunks), built now from the source by the
// same script as `pnpm build`, so the script-tag tests check the source, not a stale build.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildBrowser } from '../packages/forms/scripts/build-browser.mjs';

const PREFIX = '/__honoraria__/browser/';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserBuildsPlugin() {
  /** @type {Promise<string> | undefined} */
  let built;
  return {
    name: 'honoraria-browser-builds',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      built ??= (async () => {
        const out = mkdtempSync(join(tmpdir(), 'hon-browser-'));
        await buildBrowser(out);
        return out;
      })();
      const dir = await built;
      try {
        return { body: readFileSync(join(dir, basename(context.path)), 'utf8'), type: 'js' };
      } catch {
        return undefined;
      }
    },
  };
}
