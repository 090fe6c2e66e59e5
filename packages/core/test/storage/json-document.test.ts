import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import { copyJson, normalizeJson } from '../../src/storage/json-document';

function issueOf(run: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (isHonorariaError(error, 'validation_failed')) return error.issues[0] as { code: string; path: readonly (string | number)[] };
    throw error;
  }
  throw new Error('expected validation_failed');
}

const wellFormed = (s: string) => !s.includes('\u0000') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('normalizeJson', () => {
  it('equals a JSON round trip for any storable JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        fc.pre(wellFormed(JSON.stringify(value)));
        expect(normalizeJson(value)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('copies deeply: changing the input or the copy never changes the other', () => {
    const input = { a: [{ b: 1 }], c: { d: 'x' } };
    const out = normalizeJson(input) as typeof input;
    input.a[0]!.b = 2;
    expect(out.a[0]!.b).toBe(1);
    const again = copyJson(out);
    again.c.d = 'y';
    expect(out.c.d).toBe('x');
  });

  it('orders object keys as JSONB does: shorter first, then by bytes', () => {
    const out = normalizeJson({ zz: 1, b: 2, aaa: 3, a: 4, é: 5, ab: 6 }) as Record<string, number>;
    expect(Object.keys(out)).toEqual(['a', 'b', 'ab', 'zz', 'é', 'aaa']);
  });

  it('keeps a "__proto__" member as data and never touches the prototype', () => {
    const out = normalizeJson(JSON.parse('{"__proto__":{"admin":true}}')) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('drops undefined members, turns undefined items and -0 into null and 0', () => {
    expect(normalizeJson({ a: undefined, b: [undefined, -0] })).toEqual({ b: [null, 0] });
    expect(Object.is((normalizeJson([-0]) as number[])[0], 0)).toBe(true);
  });

  it('refuses what PostgreSQL cannot store or JSON cannot represent, with the path', () => {
    expect(issueOf(() => normalizeJson({ a: [1, Number.NaN] }))).toMatchObject({ code: 'not_finite', path: ['a', 1] });
    expect(issueOf(() => normalizeJson({ when: new Date() }))).toMatchObject({ code: 'not_json', path: ['when'] });
    expect(issueOf(() => normalizeJson({ f: () => 1 }))).toMatchObject({ code: 'not_json', path: ['f'] });
    expect(issueOf(() => normalizeJson({ big: 1n }))).toMatchObject({ code: 'not_json', path: ['big'] });
    expect(issueOf(() => normalizeJson(new Map()))).toMatchObject({ code: 'not_json', path: [] });
    expect(issueOf(() => normalizeJson({ t: 'a\u0000' }))).toMatchObject({ code: 'nul_character', path: ['t'] });
    expect(issueOf(() => normalizeJson({ 'k\u0000': 1 }))).toMatchObject({ code: 'nul_character', path: ['k\u0000'] });
    expect(issueOf(() => normalizeJson(['\ud800']))).toMatchObject({ code: 'lone_surrogate', path: [0] });
    expect(issueOf(() => normalizeJson(['a\udc00']))).toMatchObject({ code: 'lone_surrogate', path: [0] });
    expect(issueOf(() => normalizeJson(undefined))).toMatchObject({ code: 'required' });
    expect(issueOf(() => normalizeJson({ x: Number.POSITIVE_INFINITY }, ['data'])).path).toEqual(['data', 'x']);
  });

  it('accepts 100 levels of nesting and refuses 101', () => {
    const nest = (levels: number) => {
      let v: unknown = 0;
      for (let i = 0; i < levels; i++) v = [v];
      return v;
    };
    expect(() => normalizeJson(nest(100))).not.toThrow();
    expect(issueOf(() => normalizeJson(nest(101))).code).toBe('too_deep');
  });

  it('accepts every well-formed string, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.includes('\u0000'));
        expect(normalizeJson({ [s]: s })).toEqual({ [s]: s });
      }),
    );
  });
});
