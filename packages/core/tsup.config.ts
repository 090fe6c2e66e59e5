import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps each module in its own output file: relative imports stay imports (with the `.js`
 * extension Node needs) instead of being bundled. A bundler that imports one function from
 * `@honoraria/core` then keeps only the modules that function needs (`sideEffects: false`).
 */
const preserveModules: Plugin = {
  name: 'preserve-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: `${args.path}.js`, external: true }));
  },
};

export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  esbuildPlugins: [preserveModules],
  // One declaration file per public entry point (the main one and the subpaths).
  dts: { entry: { index: 'src/index.ts', 'storage/index': 'src/storage/index.ts', 'machines/index': 'src/machines/index.ts', 'schemas/index': 'src/schemas/index.ts' } },
  sourcemap: true,
  clean: true,
});
