/// <reference lib="dom" />
/** The database version that creates the object stores below. */
export const IDB_VERSION = 1;

/** The names of the object stores. */
export const STORES = {
  records: 'records',
  audit: 'audit_events',
  blobs: 'blobs',
  idempotency: 'idempotency_keys',
  meta: 'meta',
} as const;

/** Resolves with a request's result, rejects with its error. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits, rejects when it aborts (with its error). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // A failed request (a unique index violated) aborts the transaction; onabort reports why.
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

/** Walks a cursor, calling `visit` for each value until it returns `false` or the range ends. */
export function walk(request: IDBRequest<IDBCursorWithValue | null>, visit: (value: unknown) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor === null || !visit(cursor.value)) resolve();
      else cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}

/** Opens (and on first use creates) the database. A request to delete or upgrade it from elsewhere closes this connection. */
export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, IDB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const records = db.createObjectStore(STORES.records, { keyPath: ['collection', 'id'] });
      records.createIndex('order', 'order');
      const audit = db.createObjectStore(STORES.audit, { keyPath: 'position' });
      audit.createIndex('subject', ['subjectId', 'seq'], { unique: true });
      audit.createIndex('id', 'id', { unique: true });
      db.createObjectStore(STORES.blobs, { keyPath: 'id' });
      db.createObjectStore(STORES.idempotency, { keyPath: 'key' });
      db.createObjectStore(STORES.meta, { keyPath: 'name' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new DOMException(`IndexedDB "${name}" is blocked by another connection`, 'InvalidStateError'));
  });
}
