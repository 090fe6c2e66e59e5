// The script-tag builds, with esbuild (minified, ES2022):
// - `honoraria-forms.min.js` (IIFE, global `HonorariaForms`) and `honoraria-forms.esm.min.js`:
//   the all-in-one build (every tag, Lit, core's rules and messages, the REST client);
// - `honoraria-autoloader.min.js` (IIFE) and, beside it, one ESM chunk per tag (`hon-<name>.js`,
//   which registers that tag) sharing Lit and core through common chunks (`chunk-*.js`).
// Usage: `node scripts/build-browser.mjs [outdir]` (default `dist-browser`).
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each registered tag and the define file that registers it. */
export function tagEntries() {
  const entries = {};
  const components = join(root, 'src', 'components');
  for (const dir of readdirSync(components)) {
    let source;
    try {
      source = readFileSync(join(components, dir, 'define.ts'), 'utf8');
    } catch {
      continue;
    }
    for (const [, tag] of source.matchAll(/customElements\.define\(\s*'(hon-[a-z-]+)'/g)) entries[tag] = join(components, dir, 'define.ts');
  }
  return entries;
}

/**
 * Writes the script-tag builds.
 * @param {string} outdir - The output folder.
 */
export async function buildBrowser(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['@honoraria/source', 'browser', 'production'],
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  const allInOne = join(root, 'src', 'browser', 'all-in-one.ts');
  await Promise.all([
    build({ ...common, entryPoints: [allInOne], format: 'iife', globalName: 'HonorariaForms', outfile: join(outdir, 'honoraria-forms.min.js') }),
    build({ ...common, entryPoints: [allInOne], format: 'esm', outfile: join(outdir, 'honoraria-forms.esm.min.js') }),
    build({ ...common, entryPoints: [join(root, 'src', 'browser', 'autoloader.ts')], format: 'iife', outfile: join(outdir, 'honoraria-autoloader.min.js') }),
    build({ ...common, entryPoints: tagEntries(), format: 'esm', splitting: true, outdir, chunkNames: 'chunk-[hash]' }),
  ]);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBrowser(resolve(root, process.argv[2] ?? 'dist-browser'));
}
