import { createMemoryStorage } from '@honoraria/core';
import { describe, it } from 'vitest';
import { runStorageConformance } from '../src/testing/run-storage-conformance';
import { inspectMemoryStorage } from './support/memory-inspector';

runStorageConformance({
  name: 'memory',
  create: async () => createMemoryStorage(),
  inspect: inspectMemoryStorage,
  describe,
  it,
});
