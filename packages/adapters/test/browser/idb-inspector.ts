/// <reference lib="dom" />
import type { AuditRecord, IdempotencyRecord } from '@honoraria/core/storage';
import type { InspectedRecord, StorageInspector } from '../../src/testing/conformance-types';

/** Runs one read on a fresh connection, closed right after (so the database can be deleted). */
function readOnce<T>(name: string, store: string, read: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const request = read(db.transaction(store, 'readonly').objectStore(store));
        request.onsuccess = () => {
          db.close();
          resolve(request.result as T);
        };
        request.onerror = () => {
          db.close();
          reject(request.error);
        };
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}

/**
 * Reads the IndexedDB adapter's object stores with raw IndexedDB requests (not the adapter's
 * code): what the conformance suite checks every write against, in Chromium.
 */
export function inspectIndexedDb(name: string): StorageInspector {
  return {
    async record(collection, id) {
      const row = await readOnce<{ version: number; data: InspectedRecord['data']; index: InspectedRecord['index'] } | undefined>(name, 'records', (s) => s.get([collection, id]));
      return row === undefined ? null : { version: row.version, data: row.data, index: row.index };
    },
    async recordIds(collection) {
      const rows = await readOnce<{ collection: string; id: string }[]>(name, 'records', (s) => s.getAll());
      return rows.filter((r) => r.collection === collection).map((r) => r.id);
    },
    async auditLog() {
      return readOnce<AuditRecord[]>(name, 'audit_events', (s) => s.getAll()); // keyed by position: in order
    },
    async blob(id) {
      const row = await readOnce<{ bytes: Uint8Array; contentType: string; size: number } | undefined>(name, 'blobs', (s) => s.get(id));
      if (row === undefined) return null;
      if (row.size !== row.bytes.byteLength) throw new Error(`blob ${id}: size ${row.size} but ${row.bytes.byteLength} bytes`);
      return { bytes: row.bytes, contentType: row.contentType };
    },
    async idempotency(key) {
      return (await readOnce<IdempotencyRecord | undefined>(name, 'idempotency_keys', (s) => s.get(key))) ?? null;
    },
  };
}
