// Browser tests for every package, in Debian's Chromium (headless, as root: --no-sandbox).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { manifestPlugin } from './scripts/wtr-manifest-plugin.mjs';
import { browserBuildsPlugin } from './scripts/wtr-browser-builds-plugin.mjs';

export default {
  rootDir: '.',
  files: ['packages/forms/src/**/*.test.ts', 'packages/adapters/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@honoraria/source', 'browser', 'production', 'default'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), manifestPlugin(), browserBuildsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
