/** Where Honoraria gets new identifiers. Inject a sequential one in tests. */
export interface IdGenerator {
  /** A new, unique identifier starting with a readable prefix such as `mnd` or `prq`. */
  next(prefix: string): string;
}

/** Random identifiers from the platform's `crypto.randomUUID()` (Node, browsers, workers). */
export const randomIds: IdGenerator = {
  next: (prefix) => `${prefix}_${globalThis.crypto.randomUUID().replaceAll('-', '')}`,
};

/** Deterministic identifiers `prefix_0001`, `prefix_0002`…, for tests and reproducible runs. */
export function sequentialIds(): IdGenerator {
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}_${String(n).padStart(4, '0')}`;
    },
  };
}
