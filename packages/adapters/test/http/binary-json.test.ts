import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBinary, encodeBinary, isJsonPathList } from '../../src/http/binary-json';

describe('binary JSON', () => {
  it('lists where bytes were and restores them after a JSON round trip', () => {
    const value = { doc: { bytes: new Uint8Array([0, 255, 7]), name: 'a.pdf' }, list: [new Uint8Array([]), 'x', [new Uint8Array([9])]], n: 1 };
    const encoded = encodeBinary(value);
    expect(encoded.binary).toEqual([['doc', 'bytes'], ['list', 0], ['list', 2, 0]]);
    expect(encoded.value).toEqual({ doc: { bytes: 'AP8H', name: 'a.pdf' }, list: ['', 'x', ['CQ==']], n: 1 });
    expect(value.doc.bytes).toBeInstanceOf(Uint8Array);
    const restored = decodeBinary(JSON.parse(JSON.stringify(encoded.value)), encoded.binary);
    expect(restored).toEqual(value);
  });

  it('round-trips any JSON value with bytes anywhere', () => {
    const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.uint8Array({ maxLength: 20 }).map((b) => new Uint8Array(b)));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        const encoded = encodeBinary(value);
        const wire = JSON.parse(JSON.stringify({ v: encoded.value })) as { v: unknown };
        const paths = JSON.parse(JSON.stringify(encoded.binary)) as (string | number)[][];
        expect(decodeBinary(wire.v, paths)).toEqual(restoreExpected(value));
      }),
    );
  });

  it('turns a bare byte array into one path: the root', () => {
    const encoded = encodeBinary(new Uint8Array([1]));
    expect(encoded).toEqual({ value: 'AQ==', binary: [[]] });
  });

  it('never touches prototypes: a "__proto__" key is an ordinary key', () => {
    const parsed = JSON.parse('{"__proto__":"AQ=="}') as Record<string, unknown>;
    const restored = decodeBinary(parsed, [['__proto__']]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(restored, '__proto__')?.value).toEqual(new Uint8Array([1]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws on a path that leads nowhere or to a non-string', () => {
    const value = { a: [1, 'AQ=='], b: { c: 1 } };
    for (const path of [['x'], ['a', 5], ['a', 0], ['b', 'c'], ['a', '1'], ['b', 0], ['toString'], ['a', 'length']]) {
      expect(() => decodeBinary(structuredClone(value), [path]), JSON.stringify(path)).toThrow(TypeError);
    }
    expect(() => decodeBinary({ a: 'not base64' }, [['a']])).toThrow(TypeError);
  });

  it('checks path lists', () => {
    expect(isJsonPathList([['a', 0], ['b']])).toBe(true);
    for (const bad of [null, 'a', [[]], [['a', -1]], [['a', 1.5]], [[{}]], [['a'], 'b'], Array.from({ length: 10_001 }, () => ['a'])]) {
      expect(isJsonPathList(bad)).toBe(false);
    }
  });
});

/** What a value looks like after encode → JSON → decode: as JSON would have it, bytes kept. */
function restoreExpected(value: unknown): unknown {
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : restoreExpected(v)));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) Object.defineProperty(out, k, { value: restoreExpected(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? null : Object.is(value, -0) ? 0 : value;
}
