import type { AuditAppend, JsonValue, ListQuery, RecordIndex, StoredRecord } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';

/** Creates one record (expected version 0 unless given) in its own transaction. */
export function putRecord(
  storage: StorageAdapter,
  collection: string,
  id: string,
  data: JsonValue,
  index: RecordIndex,
  expectedVersion = 0,
): Promise<StoredRecord> {
  return storage.transaction((tx) => tx.put({ collection, id, data, index, expectedVersion }));
}

/** A record to seed: its id, its index and optionally its data. */
export interface SeedRecord extends RecordIndex {
  readonly id: string;
  readonly data?: JsonValue;
}

/** Creates records in one transaction. */
export async function seedRecords(storage: StorageAdapter, collection: string, records: readonly SeedRecord[]): Promise<void> {
  await storage.transaction(async (tx) => {
    for (const { id, data, ...index } of records) {
      await tx.put({ collection, id, data: data ?? { id }, index, expectedVersion: 0 });
    }
  });
}

/** The ids of a listing's first page. */
export async function listIds(storage: StorageAdapter, collection: string, query?: ListQuery): Promise<string[]> {
  return (await storage.list(collection, query)).items.map((r) => r.id);
}

/** A valid audit event of a subject (hashes are placeholders: the port stores them, the workflow computes them). */
export function auditEvent(subjectId: string, seq: number, overrides: Partial<AuditAppend> = {}): AuditAppend {
  return {
    id: `evt_${subjectId}_${seq}`,
    subjectType: 'payment_request',
    subjectId,
    seq,
    at: `2026-03-01T12:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    actor: { id: 'usr_approver', roles: ['approver'], actingFor: null },
    action: 'approve',
    fromState: 'under_review',
    toState: 'approved',
    data: { seq },
    prevHash: seq === 1 ? null : `hash_${subjectId}_${seq - 1}`,
    hash: `hash_${subjectId}_${seq}`,
    ...overrides,
  };
}

/** `size` bytes that hold every byte value (0–255), in a pattern that is not periodic on small strides. */
export function patternBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    if (i % 4096 < 256) {
      bytes[i] = i % 4096; // a full run of 0..255 at the start of every 4 KiB
      continue;
    }
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Waits for the next macrotask, so other pending work (another transaction) can run. */
export function yieldToOthers(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
