import type { JsonValue } from '../ports/storage-adapter';
import { invalidStorageInput } from './storage-errors';
import type { StoragePath } from './storage-errors';
import { STORAGE_LIMITS, checkText } from './storage-text';
import { compareCodePoints } from './storage-order';

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** PostgreSQL's JSONB key order: shorter keys (in UTF-8 bytes) first, then byte order. */
function compareJsonbKeys(a: string, b: string): number {
  return utf8Length(a) - utf8Length(b) || compareCodePoints(a, b);
}

function setMember(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  // A "__proto__" member (JSON.parse makes one) must stay data, not become the prototype.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function normalize(value: unknown, path: (string | number)[], depth: number): JsonValue {
  switch (typeof value) {
    case 'string':
      return checkText(value, path);
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw invalidStorageInput(path, 'not_finite');
      return value === 0 ? 0 : value; // -0 has no JSON form
    case 'object': {
      if (value === null) return null;
      if (depth >= STORAGE_LIMITS.jsonDepth) throw invalidStorageInput(path, 'too_deep');
      if (Array.isArray(value)) {
        const out: JsonValue[] = new Array<JsonValue>(value.length);
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          const item: unknown = value[i];
          out[i] = item === undefined ? null : normalize(item, path, depth + 1);
          path.pop();
        }
        return out;
      }
      if (!isPlainObject(value)) throw invalidStorageInput(path, 'not_json');
      const source = value as Record<string, unknown>;
      const out: Record<string, JsonValue> = {};
      for (const key of Object.keys(source).sort(compareJsonbKeys)) {
        const member = source[key];
        if (member === undefined) continue;
        path.push(key);
        checkText(key, path);
        setMember(out, key, normalize(member, path, depth + 1));
        path.pop();
      }
      return out;
    }
    default:
      throw invalidStorageInput(path, 'not_json');
  }
}

/**
 * Validates a value as a storable JSON document and returns a deep copy of it, as PostgreSQL's
 * JSONB would give it back: `undefined` members dropped (`null` in arrays), `-0` as `0`, object
 * keys in JSONB order (shorter first). Refuses, with `validation_failed` and the path of the
 * problem: non-finite numbers, functions, dates, class instances, U+0000, lone surrogates, and
 * nesting deeper than 100.
 */
export function normalizeJson(value: unknown, path: StoragePath = []): JsonValue {
  if (value === undefined) throw invalidStorageInput(path, 'required');
  return normalize(value, [...path], 0);
}

/** A deep copy of a value already normalized by {@link normalizeJson}, keeping its key order. */
export function copyJson<T extends JsonValue>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => copyJson(item)) as T;
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) setMember(out, key, copyJson((value as Record<string, JsonValue>)[key] as JsonValue));
  return out as T;
}
