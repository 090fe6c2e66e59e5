// Bytes inside JSON: results (and inputs) may hold `Uint8Array`s, such as a document from My
// Files. On the wire each one becomes a base64 string, and the envelope lists where they are, so
// the other side turns exactly those strings back into bytes (no magic keys, no collisions).
import { decodeBase64, encodeBase64 } from '@honoraria/core';

/** A path into a JSON value: object keys and array indexes, such as `['documents', 0, 'bytes']`. */
export type JsonPath = readonly (string | number)[];

/** A value ready for `JSON.stringify`, and the paths where bytes became base64 strings. */
export interface BinaryEncoded {
  readonly value: unknown;
  readonly binary: readonly JsonPath[];
}

/** At most this many byte arrays in one message. */
export const MAX_BINARY_PATHS = 10_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Replaces every `Uint8Array` in plain objects and arrays with its base64 string, and lists
 * where they were. Other values are left for `JSON.stringify`. The input is not changed.
 */
export function encodeBinary(value: unknown): BinaryEncoded {
  const binary: JsonPath[] = [];
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (node instanceof Uint8Array) {
      binary.push([...path]);
      return encodeBase64(node);
    }
    if (Array.isArray(node)) {
      return node.map((item: unknown, i) => {
        path.push(i);
        const out = walk(item, path);
        path.pop();
        return out;
      });
    }
    if (isPlainObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        path.push(key);
        const encoded = walk(item, path);
        path.pop();
        Object.defineProperty(out, key, { value: encoded, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return node;
  };
  const encoded = walk(value, []);
  return { value: encoded, binary };
}

/** Whether a value is a list of JSON paths (keys and non-negative integer indexes). */
export function isJsonPathList(value: unknown): value is JsonPath[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_BINARY_PATHS &&
    value.every(
      (path: unknown) =>
        Array.isArray(path) &&
        path.length > 0 &&
        path.length <= 64 &&
        path.every((k: unknown) => typeof k === 'string' || (typeof k === 'number' && Number.isSafeInteger(k) && k >= 0)),
    )
  );
}

/**
 * Turns the base64 strings at the given paths of a parsed JSON value back into `Uint8Array`s,
 * in place. Throws a `TypeError` when a path does not lead to a base64 string.
 */
export function decodeBinary(value: unknown, paths: readonly JsonPath[]): unknown {
  if (paths.length === 0) return value;
  const holder: Record<string, unknown> = { root: value };
  for (const path of paths) {
    let parent: unknown = holder;
    let key: string | number = 'root';
    for (const step of path) {
      const node: unknown = (parent as Record<string | number, unknown>)[key];
      const ok = Array.isArray(node) ? typeof step === 'number' && step < node.length : isPlainObject(node) && typeof step === 'string' && Object.hasOwn(node, step);
      if (!ok) throw new TypeError('A binary path does not lead to a value');
      parent = node;
      key = step;
    }
    const text: unknown = (parent as Record<string | number, unknown>)[key];
    if (typeof text !== 'string') throw new TypeError('A binary path does not lead to a string');
    Object.defineProperty(parent, key, { value: decodeBase64(text), enumerable: true, writable: true, configurable: true });
  }
  return holder.root;
}
