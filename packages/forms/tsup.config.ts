import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps each module in its own output file (as core does): a bundler that imports one element
 * from `@honoraria/forms` then keeps only that element's modules.
 */
const preserveModules: Plugin = {
  name: 'preserve-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: `${args.path}.js`, external: true }));
  },
};

export default defineConfig([
  {
    // The library: ESM, one file per module, dependencies external, side-effect-free except the define files.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/internal/test/**', '!src/browser/**'],
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [preserveModules],
    dts: { entry: { index: 'src/index.ts', define: 'src/define.ts' } },
    sourcemap: true,
    clean: true,
  },
  // The script-tag builds (all-in-one, autoloader and its chunks): scripts/build-browser.mjs.
]);
