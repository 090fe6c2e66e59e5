// Small assertion helpers that throw, so the kit runs under any test runner (vitest, mocha…).

/** A failed conformance check. */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** Shows a value briefly in a failure message. */
export function show(value: unknown): string {
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/** Fails unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Fails unless `actual` is `expected` (`Object.is`). */
export function equal<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) throw new ConformanceFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

function bytesDiffer(a: Uint8Array, b: Uint8Array): number {
  if (a.byteLength !== b.byteLength) return Math.min(a.byteLength, b.byteLength);
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** Where two values differ (object key order ignored, array order kept), or `null`. */
export function difference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (Object.is(actual, expected)) return null;
  if (expected instanceof Uint8Array || actual instanceof Uint8Array) {
    if (!(expected instanceof Uint8Array) || !(actual instanceof Uint8Array)) return `${path}: expected ${show(expected)}, got ${show(actual)}`;
    const at = bytesDiffer(actual, expected);
    return at < 0 ? null : `${path}: bytes differ at offset ${at} (lengths ${actual.byteLength} and ${expected.byteLength})`;
  }
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) {
    return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) return `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return `${path}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = difference(actual[i], expected[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(e, key) !== Object.prototype.hasOwnProperty.call(a, key)) {
      return `${path}.${key}: ${Object.prototype.hasOwnProperty.call(e, key) ? 'missing' : 'unexpected'}`;
    }
    const d = difference(a[key], e[key], `${path}.${key}`);
    if (d !== null) return d;
  }
  return null;
}

/** Fails unless the two values are structurally equal (object key order ignored). */
export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  const d = difference(actual, expected);
  if (d !== null) throw new ConformanceFailure(`${what}: ${d}`);
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ConformanceFailure(`${what}: expected an error, but it succeeded`);
}

/** Whether a value is a `HonorariaError` with this code (checked by shape, so a second copy of core passes too). */
export function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && error.name === 'HonorariaError' && (error as Error & { code?: unknown }).code === code;
}

/** Fails unless the promise rejects with a `HonorariaError` of this code; returns the error. */
export async function rejectsWithCode(promise: Promise<unknown>, code: string, what: string): Promise<Error> {
  const error = await rejection(promise, what);
  if (!hasCode(error, code)) {
    const got = error instanceof Error ? `${error.name} ${(error as Error & { code?: unknown }).code ?? ''} ${error.message}` : show(error);
    throw new ConformanceFailure(`${what}: expected a HonorariaError with code "${code}", got ${got}`);
  }
  return error as Error;
}
