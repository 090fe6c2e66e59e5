// Benchmark of the embedded start, measured from `npm start` as a user types it: the time until
// the scenario prints "Base prête"/"Database ready", for a first run (--reset: the data directory
// is created from the shipped snapshot) and a second run (the directory is kept), next to two
// anchors measured in the same rounds in bare Node processes: PGlite reopening the same kept
// directory (the floor) and PGlite's initdb in memory (what the start used to pay).
// Usage: node examples/seed-flow/bench/start.mjs [rounds=5]   (after `npm start` built once)
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rounds = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'honoraria-start-bench-'));
const dataDir = join(dir, 'seed-flow');
const pglite = import.meta.resolve('@electric-sql/pglite', pathToSeedFlow());

function pathToSeedFlow() {
  return new URL('../package.json', import.meta.url).href;
}

/** Spawns a command; resolves with the ms until a line matches `ready`, and the whole wall time. */
function timed(cmd, args, ready) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let readyMs;
    let buffer = '';
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (readyMs === undefined && ready.test(buffer)) readyMs = performance.now() - t0;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && readyMs !== undefined ? resolve({ readyMs, wallMs: performance.now() - t0 }) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${buffer.slice(-2000)}`))));
  });
}

const READY = /^(Base prête|Database ready)/m;
const variants = {
  'npm start, first run (--reset: from the snapshot)': () => timed('npm', ['start', '--', '--data', dataDir, '--reset'], READY),
  'npm start, second run (kept directory)': () => timed('npm', ['start', '--', '--data', dataDir], READY),
  'anchor: bare node, PGlite reopens the kept directory': () =>
    timed(process.execPath, ['--input-type=module', '-e', `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = await PGlite.create({ dataDir: ${JSON.stringify(dataDir)} }); await db.query('select 1'); console.log('ready'); await db.close();`], /^ready/m),
  'anchor: bare node, PGlite initdb in memory': () =>
    timed(process.execPath, ['--input-type=module', '-e', `const { PGlite } = await import(${JSON.stringify(pglite)}); const db = await PGlite.create(); await db.query('select 1'); console.log('ready'); await db.close();`], /^ready/m),
};

const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const loads = [];
try {
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(variants)) {
      loads.push(loadavg()[0]);
      samples[name].push(await run());
      process.stderr.write('.');
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stderr.write('\n');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => `${Math.round(ms)}`;
const floor = median(samples['anchor: bare node, PGlite reopens the kept directory'].map((s) => s.readyMs));
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average during the run ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ${rounds} rounds, variants interleaved.`);
console.log('');
console.log('| variant | ready, median ms [min–max] | ratio to the kept-directory anchor | whole run, median ms |');
console.log('|---|---:|---:|---:|');
for (const [name, xs] of Object.entries(samples)) {
  const ready = xs.map((s) => s.readyMs);
  console.log(`| ${name} | ${fmt(median(ready))} [${fmt(Math.min(...ready))}–${fmt(Math.max(...ready))}] | ${(median(ready) / floor).toFixed(2)} | ${fmt(median(xs.map((s) => s.wallMs)))} |`);
}
