import type { JsonValue } from '../ports/storage-adapter';

/**
 * Serializes a JSON value canonically: object keys sorted, no whitespace, `undefined` members
 * dropped. Two equal values always give the same string, so their hashes are equal.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Deep-copies a value through JSON, dropping `undefined`: what storage would give back. */
export function toJson<T>(value: T): T & JsonValue {
  return JSON.parse(JSON.stringify(value)) as T & JsonValue;
}
