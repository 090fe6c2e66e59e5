// `npm test`: installs what is missing, runs every test (Node with vitest, browser with
// @web/test-runner in Chromium) and ends with one line: "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ensureInstalled, pnpm, root } from './bootstrap.mjs';

ensureInstalled();

const out = `${root}.ci/out`;
mkdirSync(out, { recursive: true });
const vitestJson = `${out}/vitest.json`;
const wtrJson = `${out}/wtr.json`;
rmSync(vitestJson, { force: true });
rmSync(wtrJson, { force: true });

const vitestCode = pnpm([
  'exec', 'vitest', 'run',
  '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);

const chrome = findChromium();
let wtrCode = 1;
if (chrome) {
  wtrCode = pnpm(['exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    CHROME_PATH: chrome,
    WTR_SUMMARY_JSON: wtrJson,
  });
} else {
  console.error('Chromium was not found and could not be installed: browser tests count as failed.');
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // A test file that fails to load has no test results: count it as a failure.
  failed += v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
if (vitestCode !== 0 && failed === 0) failed++;
if (existsSync(wtrJson)) {
  const w = JSON.parse(readFileSync(wtrJson, 'utf8'));
  passed += w.passed;
  failed += w.failed;
  skipped += w.skipped;
}
if (wtrCode !== 0 && (!existsSync(wtrJson) || JSON.parse(readFileSync(wtrJson, 'utf8')).failed === 0)) failed++;
// Skipped tests are defects in this project: they count as failures.
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c) => c && existsSync(c));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  return undefined;
}
