/// <reference lib="dom" />
import { createIndexedDbStorage } from '../../src/indexeddb/indexeddb-storage';
import type { IndexedDbStorage } from '../../src/indexeddb/indexeddb-storage';
import { runStorageConformance } from '../../src/testing/run-storage-conformance';
import { inspectIndexedDb } from './idb-inspector';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // "blocked" only means a closing connection still finishes its transactions: wait for success.
  });
}

let n = 0;
const run = Math.random().toString(36).slice(2, 8);

// Mocha's describe/it are globals here: the kit finds them itself. One database per test.
runStorageConformance<IndexedDbStorage>({
  name: 'indexeddb (Chromium)',
  create: async () => createIndexedDbStorage({ name: `honoraria-conformance-${run}-${++n}` }),
  inspect: (storage) => inspectIndexedDb(storage.databaseName),
  dispose: async (storage) => {
    await storage.close();
    await deleteDatabase(storage.databaseName);
  },
});
