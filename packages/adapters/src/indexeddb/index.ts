// @honoraria/adapters/indexeddb: storage in the browser's IndexedDB (offline drafts, demos).
export { createIndexedDbStorage } from './indexeddb-storage';
export type { IndexedDbStorage, IndexedDbStorageOptions } from './indexeddb-storage';
