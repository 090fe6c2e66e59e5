import { invalidStorageInput } from './storage-errors';
import type { StoragePath } from './storage-errors';

/**
 * Length limits of storage keys, in UTF-16 code units. They keep every composite index entry
 * under PostgreSQL's B-tree limit (about 2,700 bytes) whatever the characters.
 */
export const STORAGE_LIMITS = {
  /** A collection name. */
  collection: 64,
  /** A record, audit event, subject or blob id; an index field value; a sort key. */
  key: 128,
  /** An idempotency key. */
  idempotencyKey: 512,
  /** An idempotency fingerprint, an audit hash, an action, a content type. */
  label: 256,
  /** Values of one `where` membership filter. */
  filterValues: 100,
  /** Nesting depth of a JSON document. */
  jsonDepth: 100,
  /** Bytes of one blob (64 MiB). */
  blobBytes: 64 * 1024 * 1024,
  /** Page size of listings and audit queries. */
  pageSize: 1000,
  /** Versions and audit sequence numbers (a PostgreSQL `integer`). */
  integer: 2_147_483_647,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws `validation_failed` when a string holds U+0000 or a lone surrogate: both are unstorable in PostgreSQL. */
export function checkText(value: string, path: StoragePath): string {
  if (value.includes('\u0000')) throw invalidStorageInput(path, 'nul_character');
  if (LONE_SURROGATE.test(value)) throw invalidStorageInput(path, 'lone_surrogate');
  return value;
}

/** A required, non-empty, storable string of at most `max` code units. */
export function checkKey(value: unknown, path: StoragePath, max: number = STORAGE_LIMITS.key): string {
  if (value === undefined || value === null) throw invalidStorageInput(path, 'required');
  if (typeof value !== 'string') throw invalidStorageInput(path, 'not_string');
  if (value.length === 0) throw invalidStorageInput(path, 'empty');
  if (value.length > max) throw invalidStorageInput(path, 'too_long');
  return checkText(value, path);
}

/** Like {@link checkKey}, but `undefined` and `null` give `null`. */
export function checkOptionalKey(value: unknown, path: StoragePath, max: number = STORAGE_LIMITS.key): string | null {
  return value === undefined || value === null ? null : checkKey(value, path, max);
}

/** An integer within `[min, max]`. */
export function checkInteger(value: unknown, path: StoragePath, min: number, max: number = STORAGE_LIMITS.integer): number {
  if (value === undefined || value === null) throw invalidStorageInput(path, 'required');
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalidStorageInput(path, 'not_integer');
  if (value < min || value > max) throw invalidStorageInput(path, 'out_of_range');
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?Z$/;

/**
 * Parses an ISO 8601 instant in UTC (`Z`), seconds and fraction optional, and returns it in
 * `Date.prototype.toISOString()` form (millisecond precision), which every adapter stores and
 * returns. An impossible date (February 30) and year 0000 (which PostgreSQL lacks) are refused.
 */
export function normalizeInstant(value: unknown, path: StoragePath): string {
  if (typeof value !== 'string') throw invalidStorageInput(path, value === undefined || value === null ? 'required' : 'not_string');
  const m = INSTANT.exec(value);
  if (m === null) throw invalidStorageInput(path, 'invalid_instant');
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? '0')) as [number, number, number, number, number, number];
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  // Date.UTC maps years 0–99 to 1900–1999: set the full year explicitly.
  date.setUTCFullYear(year);
  const valid = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!valid) throw invalidStorageInput(path, 'invalid_instant');
  return date.toISOString();
}

/** Checks that a string is an ISO 8601 UTC instant and returns it unchanged (audit `at` is hashed as written). */
export function checkInstant(value: unknown, path: StoragePath): string {
  normalizeInstant(value, path);
  return value as string;
}
