import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    smtp: 'src/smtp/index.ts',
    // storage: conformance kit, SQL (one subpath per driver), IndexedDB
    testing: 'src/testing/index.ts',
    sql: 'src/sql/index.ts',
    'sql/pglite': 'src/sql/pglite/index.ts',
    'sql/postgres': 'src/sql/postgres/index.ts',
    indexeddb: 'src/indexeddb/index.ts',
    // HTTP: fetch handler (any runtime), REST client alone (browsers), node:http bridge
    http: 'src/http/index.ts',
    'http/client': 'src/http/client/index.ts',
    'http/node': 'src/http/node/index.ts',
  },
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
});
