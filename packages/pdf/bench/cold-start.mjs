// Cold start: each run is a fresh Node process that imports the engine and renders one 2-page
// bilingual mandate. The engine is bundled first with esbuild, as an application would ship it
// (pdf-lib, pako and core inside; the two font modules as separate chunks, loaded on the first
// render). Prints medians over the runs. Run: node packages/pdf/bench/cold-start.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = 9;

if (process.argv[2] === 'child') {
  const booted = performance.now(); // ms since this process started
  const { renderDocument, branding, clock, mandateLike } = await import(pathToFileURL(process.argv[3]).href);
  const imported = performance.now();
  const first = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding });
  const rendered = performance.now();
  await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding });
  const second = performance.now();
  console.log(JSON.stringify({ booted, import: imported - booted, first: rendered - imported, second: second - rendered, bytes: first.bytes.length }));
} else {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'honoraria-cold-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { renderDocument } from '${root}src/index';\nexport * from '${root}test/fixtures/mandate-like';\n`);
    await build({
      entryPoints: [entry],
      outdir: join(dir, 'out'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['@honoraria/source'],
      logLevel: 'error',
    });
    const self = fileURLToPath(import.meta.url);
    const runs = Array.from({ length: RUNS }, () =>
      JSON.parse(execFileSync(process.execPath, [self, 'child', join(dir, 'out', 'entry.js')], { encoding: 'utf8' }).trim()),
    );
    const median = (key) => {
      const values = runs.map((run) => run[key]).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)].toFixed(1);
    };
    console.log(`cold start, median of ${RUNS} fresh processes (ms):`);
    console.log(`  node start to first line: ${median('booted')}`);
    console.log(`  import the bundled engine (pdf-lib, pako, core): ${median('import')}`);
    console.log(`  first render (font chunks imported, decoded, parsed; cold JIT): ${median('first')}`);
    console.log(`  second render in the same process: ${median('second')}`);
    console.log(`  bytes: ${runs[0].bytes}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
