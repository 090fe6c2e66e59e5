import type { MemoryStorage } from '@honoraria/core';
import type { StorageInspector } from '../../src/testing/conformance-types';

/** Reads the memory adapter's internals through `snapshot()`, not through its queries. */
export function inspectMemoryStorage(storage: MemoryStorage): StorageInspector {
  return {
    async record(collection, id) {
      const r = storage.snapshot().records.find((x) => x.collection === collection && x.id === id);
      return r === undefined ? null : { version: r.version, data: r.data, index: r.index };
    },
    async recordIds(collection) {
      return storage.snapshot().records.filter((x) => x.collection === collection).map((x) => x.id);
    },
    async auditLog() {
      return [...storage.snapshot().audit];
    },
    async blob(id) {
      const b = storage.snapshot().blobs.find((x) => x.id === id);
      return b === undefined ? null : { bytes: b.bytes, contentType: b.contentType };
    },
    async idempotency(key) {
      return storage.snapshot().idempotency.find((x) => x.key === key) ?? null;
    },
  };
}
