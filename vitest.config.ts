import { defineConfig } from 'vitest/config';

/** Resolve workspace packages to their TypeScript sources, so tests need no build. */
const conditions = ['@honoraria/source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  // Vitest also hands the SSR conditions to Node (--conditions): no 'import' or 'module' there, or
  // require() of dual CJS/ESM packages (pg → pg-pool) would load their ESM build and break.
  ssr: { resolve: { conditions: ['@honoraria/source', 'node', 'development|production'], externalConditions: ['@honoraria/source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          root: './packages/core',
          include: ['test/**/*.test.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          environment: 'node',
          // Property-based tests run hundreds of cases: generous, so a busy machine is not a failure.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'pdf',
          root: './packages/pdf',
          include: ['test/**/*.test.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'adapters',
          root: './packages/adapters',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'examples',
          root: './examples',
          include: ['*/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
