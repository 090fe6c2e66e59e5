import type { AuditRecord, IdempotencyRecord, JsonValue, RecordIndex } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';

/** A record as the inspector reads it straight from the store. */
export interface InspectedRecord {
  readonly version: number;
  readonly data: JsonValue;
  /** Every index field, `null` where empty, `dueAt` in `toISOString()` form. */
  readonly index: RecordIndex;
}

/** A blob as the inspector reads it straight from the store. */
export interface InspectedBlob {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

/**
 * Reads what an adapter really stored, without going through the adapter: raw SQL for a SQL
 * adapter, raw IndexedDB requests for IndexedDB, the internals for memory. The suite checks
 * every write through it, so an adapter cannot pass by reading back its own mistakes.
 */
export interface StorageInspector {
  /** A record as stored, or `null`. */
  record(collection: string, id: string): Promise<InspectedRecord | null>;
  /** The ids of every record of a collection, in any order. */
  recordIds(collection: string): Promise<string[]>;
  /** The whole audit log, by position, each event with every member it was appended with. */
  auditLog(): Promise<AuditRecord[]>;
  /** A blob as stored, or `null`. */
  blob(id: string): Promise<InspectedBlob | null>;
  /** An idempotency record as stored, or `null`. */
  idempotency(key: string): Promise<IdempotencyRecord | null>;
}

/** What each conformance test works with: a fresh, empty adapter and its inspector. */
export interface ConformanceContext {
  readonly storage: StorageAdapter;
  readonly inspector: StorageInspector;
}

/** One conformance test. */
export type ConformanceTest = (context: ConformanceContext) => Promise<void>;

/** A test runner's `describe` (vitest, mocha, jasmine…). */
export type ConformanceDescribe = (name: string, body: () => void) => unknown;

/** A test runner's `it`. */
export type ConformanceIt = (name: string, body: () => Promise<void>) => unknown;
