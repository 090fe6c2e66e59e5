import type { JsonValue, PutInput, RecordIndex, StoredRecord } from '../ports/storage-adapter';
import { normalizeJson, copyJson } from './json-document';
import { invalidStorageInput } from './storage-errors';
import { STORAGE_LIMITS, checkInteger, checkKey, checkOptionalKey, normalizeInstant } from './storage-text';

/** A record index as adapters store and return it: every field present, `null` where empty. */
export interface NormalizedIndex extends RecordIndex {
  readonly partnerId: string | null;
  readonly status: string | null;
  readonly assigneeId: string | null;
  readonly parentId: string | null;
  /** In `toISOString()` form. */
  readonly dueAt: string | null;
  readonly sortKey: string;
}

/** A validated {@link PutInput}: normalized data and index. */
export interface NormalizedPut {
  readonly collection: string;
  readonly id: string;
  readonly data: JsonValue;
  readonly index: NormalizedIndex;
  readonly expectedVersion: number;
}

const INDEX_KEYS = new Set(['partnerId', 'status', 'assigneeId', 'parentId', 'dueAt', 'sortKey']);

/** Validates a collection name. */
export function checkCollection(collection: unknown, path: readonly (string | number)[] = ['collection']): string {
  return checkKey(collection, path, STORAGE_LIMITS.collection);
}

/** Validates a record index and returns it with every field, `dueAt` in `toISOString()` form. */
export function normalizeIndex(index: unknown): NormalizedIndex {
  if (index === null || typeof index !== 'object' || Array.isArray(index)) throw invalidStorageInput(['index'], 'required');
  const source = index as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!INDEX_KEYS.has(key) && source[key] !== undefined) throw invalidStorageInput(['index', key], 'unknown_field');
  }
  const dueAt = source['dueAt'];
  return {
    partnerId: checkOptionalKey(source['partnerId'], ['index', 'partnerId']),
    status: checkOptionalKey(source['status'], ['index', 'status']),
    assigneeId: checkOptionalKey(source['assigneeId'], ['index', 'assigneeId']),
    parentId: checkOptionalKey(source['parentId'], ['index', 'parentId']),
    dueAt: dueAt === undefined || dueAt === null ? null : normalizeInstant(dueAt, ['index', 'dueAt']),
    sortKey: checkKey(source['sortKey'], ['index', 'sortKey']),
  };
}

/**
 * Validates what `put` writes: collection, id, index, expected version (an integer from 0) and
 * data (a JSON document, see {@link normalizeJson}). Throws `validation_failed` with the path of
 * the first problem.
 */
export function normalizePutInput(input: PutInput<unknown>): NormalizedPut {
  if (input === null || typeof input !== 'object') throw invalidStorageInput([], 'required');
  return {
    collection: checkCollection(input.collection),
    id: checkKey(input.id, ['id']),
    expectedVersion: checkInteger(input.expectedVersion, ['expectedVersion'], 0, STORAGE_LIMITS.integer - 1),
    index: normalizeIndex(input.index),
    data: normalizeJson(input.data, ['data']),
  };
}

/** Validates the arguments of `get`. */
export function checkRecordRef(collection: unknown, id: unknown): void {
  checkCollection(collection);
  checkKey(id, ['id']);
}

/** Validates the expected version of `delete` (an integer from 1). */
export function checkDeleteVersion(expectedVersion: unknown): number {
  return checkInteger(expectedVersion, ['expectedVersion'], 1);
}

/** A copy of a stored record whose data and index the caller may change freely. */
export function copyRecord<T = JsonValue>(record: StoredRecord<JsonValue>): StoredRecord<T> {
  return {
    collection: record.collection,
    id: record.id,
    version: record.version,
    data: copyJson(record.data) as T,
    index: { ...record.index },
  };
}
