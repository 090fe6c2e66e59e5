// The system tools the tests need, found or installed BEFORE any test runs. One installer,
// shared by `npm test` (scripts/test.mjs) and CI (.ci/run, which also asks for PostgreSQL).
//
// - Chromium: the browser tests (@web/test-runner) and the PDF engine test in vitest (puppeteer).
// - poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and qpdf: the PDF tests read and check
//   the real documents with them.
// - PostgreSQL (CI only; the suites fall back to PGlite without DATABASE_URL).
//
// On Debian/Ubuntu as root (or with password-less sudo) the missing packages are installed with
// apt-get; anywhere else the script says what is missing and how to install it, and fails.
//
// Usage: node scripts/install-tools.mjs [--postgres]   (exit status 0 when everything is there)
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** An executable on PATH (or an absolute path), or undefined. */
export function which(command) {
  const isExecutable = (path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (command.includes('/')) return isExecutable(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, command))) return join(dir, command);
  }
  return undefined;
}

/** Chromium: CHROME_PATH when set (and executable), else Debian's or Google's usual paths. */
export function findChromium() {
  if (process.env.CHROME_PATH) return which(process.env.CHROME_PATH);
  return chromiumCandidates.find((path) => which(path) !== undefined);
}

/** What the tests need: a tool, how to find it, its Debian package and the other systems' hint. */
function requirements({ postgres }) {
  return [
    { tool: 'Chromium', find: findChromium, apt: 'chromium', hint: 'or set CHROME_PATH to a Chromium or Chrome binary (macOS: brew install --cask chromium)' },
    { tool: 'pdftotext', find: () => which('pdftotext'), apt: 'poppler-utils', hint: 'macOS: brew install poppler' },
    { tool: 'qpdf', find: () => which('qpdf'), apt: 'qpdf', hint: 'macOS: brew install qpdf' },
    ...(postgres ? [{ tool: 'PostgreSQL', find: () => which('pg_ctlcluster'), apt: 'postgresql', hint: 'or set DATABASE_URL to a PostgreSQL database' }] : []),
  ];
}

function aptRunner() {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  const sudo = which('sudo');
  if (sudo && spawnSync(sudo, ['-n', 'true'], { stdio: 'ignore' }).status === 0) return [sudo, '-n'];
  return undefined;
}

function apt(prefix, args) {
  const [cmd, ...pre] = prefix.length === 0 ? ['apt-get'] : [...prefix, 'apt-get'];
  const r = spawnSync(cmd, [...pre, ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

/**
 * Finds the system tools the tests need and installs the missing ones with apt-get when it can.
 * Prints one line per action. Returns `{ ok, chrome, missing }`: `chrome` is the Chromium path
 * to hand to the tests as CHROME_PATH; `missing` lists what is still missing, with install hints.
 */
export function ensureTools({ postgres = false, log = console.log } = {}) {
  const needs = requirements({ postgres });
  let missing = needs.filter((n) => n.find() === undefined);
  if (missing.length > 0) {
    const prefix = aptRunner();
    const packages = missing.map((m) => m.apt);
    if (prefix !== undefined) {
      log(`Installing what the tests need: apt-get install ${packages.join(' ')}`);
      if (apt(prefix, ['update', '-qq'])) apt(prefix, ['install', '-y', '-qq', ...packages]);
      missing = needs.filter((n) => n.find() === undefined);
    }
  }
  if (missing.length > 0) {
    log('');
    log(`The tests need tools that are missing: ${missing.map((m) => m.tool).join(', ')}.`);
    log(`On Debian or Ubuntu, as root: apt-get install ${missing.map((m) => m.apt).join(' ')}`);
    for (const m of missing) log(`  ${m.tool}: ${m.hint}`);
    log('');
  }
  return { ok: missing.length === 0, chrome: findChromium(), missing: missing.map((m) => m.tool) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ok, chrome } = ensureTools({ postgres: process.argv.includes('--postgres') });
  if (ok) console.log(`Tools ready (Chromium: ${chrome}; pdftotext, qpdf${process.argv.includes('--postgres') ? ', PostgreSQL' : ''}).`);
  process.exit(ok ? 0 : 1);
}
