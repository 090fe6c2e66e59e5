import type { BenchOptions } from 'vitest';

/** A shared, lazily built fixture for the benchmarks of one `describe`. */
export interface SuiteFixture<T> {
  /** The fixture (only after a benchmark's setup ran). */
  readonly value: T;
  /** Options for every benchmark of the suite: builds the fixture before the first one (not timed). */
  readonly options: BenchOptions;
  /** Options for the suite's last benchmark: also disposes of the fixture after it ran. */
  readonly lastOptions: BenchOptions;
}

/**
 * Vitest's benchmark runner runs no `beforeAll`/`afterAll` hooks, but every benchmark takes
 * tinybench's `setup` and `teardown` (outside the timed loop). This builds the fixture once,
 * in the first benchmark's setup, and disposes of it after the last one.
 */
export function suiteFixture<T>(build: () => Promise<T>, dispose: (value: T) => Promise<void>): SuiteFixture<T> {
  let built: Promise<T> | undefined;
  let value: T | undefined;
  const setup = async () => {
    value = await (built ??= build());
  };
  return {
    get value(): T {
      if (value === undefined) throw new Error('the fixture is built in the benchmark’s setup');
      return value;
    },
    options: { setup },
    lastOptions: {
      setup,
      teardown: async (_task, mode) => {
        if (mode === 'run' && value !== undefined) await dispose(value);
      },
    },
  };
}
