import type { StorageAdapter } from '@honoraria/core';
import { auditTests } from './audit-tests';
import { blobTests, idempotencyTests } from './blob-idempotency-tests';
import type { ConformanceDescribe, ConformanceIt, ConformanceTest, StorageInspector } from './conformance-types';
import { listingTests } from './listing-tests';
import { paginationTests } from './pagination-tests';
import { recordTests } from './records-tests';
import { transactionTests } from './transaction-tests';
import { unicodeTests } from './unicode-tests';
import { uniqueKeyTests } from './unique-key-tests';

/** The conformance suite, by group. */
export const CONFORMANCE_SUITE = {
  records: recordTests,
  listing: listingTests,
  pagination: paginationTests,
  transactions: transactionTests,
  audit: auditTests,
  blobs: blobTests,
  idempotency: idempotencyTests,
  unicode: unicodeTests,
  'unique keys': uniqueKeyTests,
} as const;

type Suite = typeof CONFORMANCE_SUITE;

/** The name of a conformance test, as `skip` takes it. */
export type ConformanceTestName = { [G in keyof Suite]: keyof Suite[G] & string }[keyof Suite];

/** Every conformance test name, in suite order. */
export const CONFORMANCE_TEST_NAMES: readonly ConformanceTestName[] = Object.values(CONFORMANCE_SUITE).flatMap(
  (group) => Object.keys(group) as ConformanceTestName[],
);

/** Options of {@link runStorageConformance}. */
export interface StorageConformanceOptions<S extends StorageAdapter = StorageAdapter> {
  /** Shown in test titles, such as `pglite` or `postgres`. */
  readonly name: string;
  /** A fresh, empty adapter for one test. Share expensive resources (a database) across calls and isolate each adapter (a schema, a database name). */
  readonly create: () => Promise<S>;
  /** An inspector that reads the adapter's store directly, never through the adapter. */
  readonly inspect: (storage: S) => StorageInspector;
  /** Releases an adapter after its test: `storage.close()` by default. */
  readonly dispose?: (storage: S) => Promise<void>;
  /** Tests not to register, for a capability the adapter lacks. Say why next to the list. */
  readonly skip?: readonly ConformanceTestName[];
  /** The runner's `describe`: `globalThis.describe` by default (mocha, or vitest with globals). */
  readonly describe?: ConformanceDescribe;
  /** The runner's `it`: `globalThis.it` by default. */
  readonly it?: ConformanceIt;
}

function runnerFunction<F>(given: F | undefined, name: 'describe' | 'it'): F {
  const found = given ?? ((globalThis as Record<string, unknown>)[name] as F | undefined);
  if (typeof found !== 'function') {
    throw new TypeError(`runStorageConformance: pass \`${name}\` (from vitest, mocha…) in the options; there is no global ${name}.`);
  }
  return found;
}

/**
 * Registers the storage conformance suite with the current test runner: one `describe` per
 * group, one `it` per test, each on a fresh adapter from `create`, checked through the
 * independent `inspect`or. Every Honoraria adapter passes it; an institution certifies its own
 * adapter by running it too (see docs/adapters/conformance.md).
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runStorageConformance } from '@honoraria/adapters/testing';
 *
 * runStorageConformance({
 *   name: 'my-adapter',
 *   create: async () => createMyStorage({ database: `test_${crypto.randomUUID()}` }),
 *   inspect: (storage) => myRawInspector(storage),
 *   describe,
 *   it,
 * });
 * ```
 */
export function runStorageConformance<S extends StorageAdapter>(options: StorageConformanceOptions<S>): void {
  const describe = runnerFunction(options.describe, 'describe');
  const it = runnerFunction(options.it, 'it');
  const skip = new Set<string>(options.skip ?? []);
  for (const name of skip) {
    if (!(CONFORMANCE_TEST_NAMES as readonly string[]).includes(name)) throw new TypeError(`runStorageConformance: unknown test in skip: "${name}"`);
  }
  const dispose = options.dispose ?? ((storage: S) => storage.close());

  describe(`storage conformance: ${options.name}`, () => {
    for (const [group, tests] of Object.entries(CONFORMANCE_SUITE)) {
      describe(group, () => {
        for (const [name, test] of Object.entries(tests) as [string, ConformanceTest][]) {
          if (skip.has(name)) continue;
          it(name, async () => {
            const storage = await options.create();
            try {
              await test({ storage, inspector: options.inspect(storage) });
            } catch (error) {
              await dispose(storage).catch(() => undefined); // never hide the test's own failure
              throw error;
            }
            await dispose(storage);
          });
        }
      });
    }
  });
}
