// The device's copy of a draft and its queue of commands waiting for the network, in IndexedDB.

/** A command that could not reach the service, kept to be replayed in order. */
export interface QueuedCommand {
  readonly name: 'createPaymentRequest' | 'updatePaymentRequest' | 'submitPaymentRequest' | 'deletePaymentRequestDraft';
  readonly input: Record<string, unknown>;
}

/** What the device keeps of a draft: where it is on the server and where the partner left off. */
export interface DraftMirror {
  readonly draftId: string | null;
  readonly version: number | null;
  readonly mandateId: string;
  readonly step: 'lines' | 'review';
  /** The rows as typed (they may be ahead of the server while offline). */
  readonly rows: unknown;
  readonly queue: readonly QueuedCommand[];
}

const DB = 'honoraria-forms';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

/** The mirror under `key`, or `null`. */
export async function readMirror(key: string): Promise<DraftMirror | null> {
  if (typeof indexedDB === 'undefined') return null;
  return ((await run<DraftMirror | undefined>('readonly', (s) => s.get(key))) ?? null);
}

/** Writes the mirror under `key`. */
export async function writeMirror(key: string, mirror: DraftMirror): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (s) => s.put(mirror, key));
}

/** Removes the mirror under `key` (a deleted or submitted draft leaves the device). */
export async function clearMirror(key: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (s) => s.delete(key));
}

/** Removes every mirror of a draft id (what "delete my draft" does on this device). */
export async function clearMirrorsOf(draftId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const cursor = tx.objectStore(STORE).openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c === null) return;
        if ((c.value as DraftMirror).draftId === draftId) c.delete();
        c.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}
