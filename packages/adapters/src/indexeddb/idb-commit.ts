/// <reference lib="dom" />
import { HonorariaError } from '@honoraria/core';
import { storageConflict } from '@honoraria/core/storage';
import type { AuditRecord, TransactionBuffer } from '@honoraria/core/storage';
import type { RecordRow } from './idb-reader';
import { recordRow } from './idb-reader';
import { STORES, requestResult, transactionDone, walk } from './idb-requests';

/** Turns an IndexedDB failure into a typed error: a violated unique index is a conflict. */
export function toIdbError(error: unknown): HonorariaError {
  if (error instanceof HonorariaError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'ConstraintError') return storageConflict('concurrent_transaction', {}, error);
  return new HonorariaError('storage_failure', { details: { reason: typeof name === 'string' ? name : 'indexeddb_error' }, cause: error });
}

function isEmpty(buffer: TransactionBuffer): boolean {
  return buffer.records.size === 0 && buffer.audit.length === 0 && buffer.blobs.size === 0 && buffer.idempotency.size === 0;
}

/**
 * Applies a transaction's buffer in one read-write IndexedDB transaction: it first checks that
 * every record is still at the version the transaction first saw and every audit subject still
 * ends where it did, then writes. IndexedDB runs read-write transactions on the same stores one
 * at a time, across tabs too, so two commits never interleave. Nothing but IndexedDB requests
 * happens inside, so the transaction cannot auto-commit early.
 */
export async function commitBuffer(db: IDBDatabase, buffer: TransactionBuffer): Promise<void> {
  if (isEmpty(buffer)) return;
  const tx = db.transaction([STORES.records, STORES.audit, STORES.blobs, STORES.idempotency], 'readwrite');
  const done = transactionDone(tx);
  done.catch(() => undefined); // observed below; avoids an unhandled rejection when we abort first
  const records = tx.objectStore(STORES.records);
  const audit = tx.objectStore(STORES.audit);
  try {
    const versionChecks = [...buffer.records.values()].map(async (write) => {
      const row = await requestResult<RecordRow | undefined>(records.get([write.collection, write.id]));
      const current = row?.version ?? 0;
      if (current !== write.baseVersion) {
        throw storageConflict('concurrent_transaction', { collection: write.collection, id: write.id, expectedVersion: write.baseVersion, actualVersion: current });
      }
    });
    const sequenceChecks = [...buffer.auditBaseSeq].map(async ([subjectId, baseSeq]) => {
      let last = 0;
      const range = IDBKeyRange.bound([subjectId, 0], [subjectId, Number.POSITIVE_INFINITY]);
      await walk(audit.index('subject').openCursor(range, 'prev'), (value) => ((last = (value as AuditRecord).seq), false));
      if (last !== baseSeq) throw storageConflict('audit_sequence_taken', { subjectId });
    });
    await Promise.all([...versionChecks, ...sequenceChecks]);
  } catch (error) {
    tx.abort();
    throw toIdbError(error);
  }
  for (const write of buffer.records.values()) {
    if (write.record === null) records.delete([write.collection, write.id]);
    else records.put(recordRow(write.record));
  }
  for (const event of buffer.audit) audit.add(event);
  const blobs = tx.objectStore(STORES.blobs);
  for (const blob of buffer.blobs.values()) blobs.add({ id: blob.id, contentType: blob.contentType, size: blob.size, bytes: blob.bytes });
  const idempotency = tx.objectStore(STORES.idempotency);
  for (const record of buffer.idempotency.values()) idempotency.add(record);
  try {
    await done;
  } catch (error) {
    throw toIdbError(error);
  }
}
