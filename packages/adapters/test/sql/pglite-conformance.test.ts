import { describe, it } from 'vitest';
import { createPgliteDriver } from '../../src/sql/pglite/pglite-driver';
import { runStorageConformance } from '../../src/testing/run-storage-conformance';
import { sqlConformance } from '../support/sql-fixture';

// One PGlite instance for the whole file (it takes seconds to start); one schema per test.
runStorageConformance({ ...sqlConformance('pglite', () => createPgliteDriver()), describe, it });
