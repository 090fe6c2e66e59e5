// @honoraria/adapters/testing: the storage conformance kit. Runs under vitest and under mocha
// (in a browser); asserts with its own helpers, so it needs no test library.
export { CONFORMANCE_SUITE, CONFORMANCE_TEST_NAMES, runStorageConformance } from './run-storage-conformance';
export type { ConformanceTestName, StorageConformanceOptions } from './run-storage-conformance';
export type {
  ConformanceContext,
  ConformanceDescribe,
  ConformanceIt,
  ConformanceTest,
  InspectedBlob,
  InspectedRecord,
  StorageInspector,
} from './conformance-types';
export { ConformanceFailure } from './assertions';
export { UNICODE_SAMPLES } from './unicode-tests';
export { auditEvent, patternBytes } from './fixtures';
