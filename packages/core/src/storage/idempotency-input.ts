import type { IdempotencyRecord, JsonValue } from '../ports/storage-adapter';
import { copyJson, normalizeJson } from './json-document';
import { invalidStorageInput } from './storage-errors';
import { STORAGE_LIMITS, checkKey } from './storage-text';

/** Validates an idempotency record (a key of at most 512 characters, a fingerprint, a JSON result) and returns a normalized copy. */
export function normalizeIdempotencyRecord(record: IdempotencyRecord): IdempotencyRecord {
  if (record === null || typeof record !== 'object') throw invalidStorageInput([], 'required');
  return {
    key: checkIdempotencyKey(record.key),
    fingerprint: checkKey(record.fingerprint, ['fingerprint'], STORAGE_LIMITS.label),
    result: normalizeJson(record.result, ['result']),
  };
}

/** Validates an idempotency key. */
export function checkIdempotencyKey(key: unknown): string {
  return checkKey(key, ['key'], STORAGE_LIMITS.idempotencyKey);
}

/** A copy of an idempotency record whose result the caller may change freely. */
export function copyIdempotencyRecord(record: IdempotencyRecord): IdempotencyRecord {
  return { key: record.key, fingerprint: record.fingerprint, result: copyJson(record.result as JsonValue) };
}
