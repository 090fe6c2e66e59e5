// `npm test`: installs what is missing (the workspace, then the system tools: Chromium,
// poppler-utils, qpdf) BEFORE any test runs, runs every test (Node with vitest, browser with
// @web/test-runner in Chromium) and ends with one line: "N passed, N failed".
//
// `npm test -- <paths or vitest filters>` runs only those: arguments under a browser test folder
// (packages/forms/src, packages/adapters/test/browser) go to @web/test-runner, the rest to vitest;
// a runner given no argument is not started.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureInstalled, pnpm, root } from './bootstrap.mjs';
import { ensureTools } from './install-tools.mjs';

ensureInstalled();
const tools = ensureTools();
if (!tools.ok) {
  console.error(`npm test stops before running any test: install ${tools.missing.join(', ')} (see above), then run it again.`);
  process.exit(1);
}
const chrome = tools.chrome;

const args = process.argv.slice(2);
const isBrowserPath = (a) => /^(\.\/)?(packages\/forms\/src|packages\/adapters\/test\/browser)(\/|$)/.test(a);
const browserArgs = args.filter(isBrowserPath);
const nodeArgs = args.filter((a) => !isBrowserPath(a));
const runNode = args.length === 0 || nodeArgs.length > 0;
const runBrowser = args.length === 0 || browserArgs.length > 0;

const out = `${root}.ci/out`;
mkdirSync(out, { recursive: true });
const vitestJson = `${out}/vitest.json`;
const wtrJson = `${out}/wtr.json`;
rmSync(vitestJson, { force: true });
rmSync(wtrJson, { force: true });

const vitestCode = runNode
  ? pnpm([
    'exec', 'vitest', 'run',
    '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
    ...nodeArgs,
  ], { CHROME_PATH: chrome })
  : 0;

const browserFiles = browserArgs.flatMap((a) => ['--files', /\.test\.ts$/.test(a) ? a : `${a.replace(/\/$/, '')}/**/*.test.ts`]);
const wtrCode = runBrowser
  ? pnpm(['exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs', ...browserFiles], {
    CHROME_PATH: chrome,
    WTR_SUMMARY_JSON: wtrJson,
  })
  : 0;

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
if (runNode && vitestCode !== 0 && failed === 0) failed++;
if (existsSync(wtrJson)) {
  const w = JSON.parse(readFileSync(wtrJson, 'utf8'));
  passed += w.passed;
  failed += w.failed;
  skipped += w.skipped;
}
if (runBrowser && wtrCode !== 0 && (!existsSync(wtrJson) || JSON.parse(readFileSync(wtrJson, 'utf8')).failed === 0)) failed++;
// Skipped tests are defects in this project: they count as failures.
failed += skipped;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

