import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM, dependencies external, side-effect-free except define.js.
    entry: { index: 'src/index.ts', define: 'src/define.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    dts: true,
    sourcemap: true,
    clean: true,
  },
  {
    // One file for a <script> tag: Lit and core inlined, every tag registered.
    entry: { 'honoraria-forms': 'src/define.ts' },
    outDir: 'dist-browser',
    format: ['iife', 'esm'],
    globalName: 'HonorariaForms',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    noExternal: [/.*/],
    dts: false,
    clean: true,
    outExtension: ({ format }) => ({ js: format === 'iife' ? '.min.js' : '.esm.min.js' }),
  },
]);
