// @honoraria/core/storage: what an adapter author needs — the storage port, the memory reference
// adapter, and the building blocks every adapter shares (the same validation, order, cursors and
// errors everywhere). The conformance suite is in `@honoraria/adapters/testing`.

// --- the port ---
export type {
  AuditActor,
  AuditAppend,
  AuditQuery,
  AuditRecord,
  BlobInput,
  IdempotencyRecord,
  IndexField,
  IndexFilter,
  JsonValue,
  ListQuery,
  Page,
  PutInput,
  RecordIndex,
  RecordRef,
  RelatedRecords,
  StorageAdapter,
  StorageReader,
  StorageTransaction,
  StoredBlob,
  StoredRecord,
} from '../ports/storage-adapter';

// --- the memory reference adapter ---
export { createMemoryStorage } from './memory-storage';
export type { MemoryStorage, MemoryStorageSnapshot } from './memory-storage';

// --- building blocks ---
export { BufferedTransaction } from './buffered-transaction';
export type { BufferedWrite, CommittedReader, TransactionBuffer } from './buffered-transaction';
export { checkKey, STORAGE_LIMITS } from './storage-text';
export { compareCodePoints } from './storage-order';
export { checkCollection, checkDeleteVersion, checkRecordRef, normalizePutInput } from './record-input';
export type { NormalizedIndex, NormalizedPut } from './record-input';
export { compareInListOrder, decodeListCursor, encodeListCursor, isAfterCursor, matchesListQuery, normalizeListQuery, pageOf } from './list-query';
export type { IndexCondition, NormalizedListQuery } from './list-query';
export { auditPageOf, normalizeAuditAppend, normalizeAuditQuery } from './audit-input';
export type { NormalizedAuditQuery } from './audit-input';
export { normalizeBlobInput } from './blob-input';
export { checkIdempotencyKey, normalizeIdempotencyRecord } from './idempotency-input';
export { invalidStorageInput, storageClosed, storageConflict, transactionEnded } from './storage-errors';
export type { ConflictReason, StorageIssueCode, StoragePath } from './storage-errors';

// Unique keys: one record per key, claimed in the transaction that needs it (the conformance
// kit's "unique keys" group checks every adapter refuses a second claim).
export { claimUniqueKey, releaseUniqueKey, UNIQUE_KEYS_COLLECTION, uniqueKeyId, uniqueKeyOwner } from './unique-keys';
export type { UniqueKey, UniqueKeyClaim, UniqueKeyKind } from './unique-keys';

// Reading several records at once (one round trip where the adapter batches).
export { getRecords } from './get-records';
