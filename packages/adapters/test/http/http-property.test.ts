// Property: whatever malformed request reaches the handler, the answer is a typed 4xx error with
// a known code, never a 500 (and nothing reaches the onError hook). Runs against the real service.
import { ERROR_CODES } from '@honoraria/core';
import type { Actor } from '@honoraria/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_ROLES } from '../../../core/src/workflow/actor';
import { honorariaOperations } from '../../../core/src/workflow/create-honoraria';
import { createWorld } from '../../../core/test/workflow/fixtures';
import type { TestServer } from './http-fixture';
import { send, startServer, tokenAuth } from './http-fixture';

const world = createWorld();
const auth = tokenAuth();
/** Every role, so that validation (not authorization) decides. */
const everyone: Actor = { id: 'u_everyone', roles: [...KNOWN_ROLES], partnerId: 'p_0001' };
const headers = auth.header(everyone);
let server: TestServer;

beforeAll(async () => {
  server = await startServer(world.service, { authenticate: (r) => auth.authenticate(r) });
});
afterAll(() => server.close());

/** Each operation's kind and input schema (a zod schema: `safeParse`, and `shape` for objects). */
type Schema = { safeParse(value: unknown): { success: boolean }; shape?: Readonly<Record<string, unknown>> };
const schemas = honorariaOperations as unknown as Readonly<Record<string, { kind: 'command' | 'query'; input: Schema }>>;
const fieldsOf = (name: string): string[] => Object.keys(schemas[name]?.input.shape ?? {});
const names = Object.keys(schemas);
const routeOf = (name: string): string => `/${schemas[name]?.kind === 'command' ? 'commands' : 'queries'}/${name}`;

/** Whether the service would accept this input (then it is not malformed: skip it). */
function acceptable(name: string, body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && (schemas[name]?.input.safeParse(body).success ?? false);
}

async function expectTyped4xx(path: string, init: RequestInit): Promise<void> {
  const before = server.reported.length;
  const { status, body } = await send(`${server.url}${path}`, init);
  expect(status, `${path} → ${status} ${JSON.stringify(body?.error?.code)}`).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(Object.hasOwn(ERROR_CODES, body?.error?.code ?? '')).toBe(true);
  expect(body?.error?.message.fr.length).toBeGreaterThan(0);
  expect(body?.error?.message.en.length).toBeGreaterThan(0);
  expect(server.reported.length).toBe(before);
}

/** Runs per property (HONORARIA_FUZZ_RUNS for a longer soak). */
const RUNS = { numRuns: Number(process.env.HONORARIA_FUZZ_RUNS ?? 150) };

describe('random malformed bodies always get a typed 4xx', () => {
  it('knows the operations it fuzzes', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(world.service.operations).sort()).toEqual([...names].sort());
  });

  it('random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.jsonValue(), async (name, value) => {
        fc.pre(!acceptable(name, value));
        await expectTyped4xx(routeOf(name), { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(value) });
      }),
      RUNS,
    );
  });

  it('random bytes under any content type', async () => {
    const types = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/vnd.honoraria+json', 'text/plain', 'application/octet-stream', 'multipart/form-data');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.uint8Array({ minLength: 1, maxLength: 512 }), types, async (name, bytes, type) => {
        let parsed: unknown = undefined;
        try {
          parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          // not JSON: malformed for sure
        }
        fc.pre(!(type.startsWith('application/json') && acceptable(name, parsed)));
        await expectTyped4xx(routeOf(name), { method: 'POST', headers: { ...headers, 'content-type': type }, body: bytes });
      }),
      RUNS,
    );
  });

  it('wrong types for the fields of known operations', async () => {
    const withShape = names.filter((name) => fieldsOf(name).length > 0);
    const wrongValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null), fc.constant(''), fc.constant(-1), fc.constant('9'.repeat(400)), fc.constant([]), fc.constant({}));
    const body = fc.constantFrom(...(withShape.length > 0 ? withShape : names)).chain((name) => {
      const shape = fieldsOf(name);
      return fc.tuple(fc.constant(name), fc.dictionary(fc.constantFrom(...(shape.length > 0 ? shape : ['x'])), wrongValue, { minKeys: 1 }));
    });
    await fc.assert(
      fc.asyncProperty(body, async ([name, input]) => {
        fc.pre(!acceptable(name, input));
        await expectTyped4xx(routeOf(name), { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
      }),
      RUNS,
    );
  });

  it('random binary envelopes', async () => {
    const envelope = fc.record({ input: fc.jsonValue({ maxDepth: 2 }), binary: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), envelope, async (name, value) => {
        await expectTyped4xx(routeOf(name), { method: 'POST', headers: { ...headers, 'content-type': 'application/vnd.honoraria+json' }, body: JSON.stringify(value) });
      }),
      RUNS,
    );
  });

  it('random methods, paths and query strings', async () => {
    const segment = fc.string({ unit: fc.constantFrom(...'abcXYZ09_-.%~é/'.split('')), maxLength: 12 });
    const path = fc.oneof(
      fc.tuple(fc.constantFrom('/commands/', '/queries/', '/downloads/', '/', '/operations'), segment).map(([a, b]) => a + encodeURI(b)),
      fc.constantFrom(...names).map((name) => `${routeOf(name)}?${['input=%7B', 'x=1', 'input=%5B%5D', 'input=1'][name.length % 4]}`),
      fc.constantFrom(...names).map((name) => `/downloads/${name}?input=%7B%22x%22%3A1%7D`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), path, async (method, target) => {
        fc.pre(!(target === '/operations' && method === 'GET'));
        const init: RequestInit = { method, headers: { ...headers } };
        if (method !== 'GET') Object.assign(init, { body: '{"unexpected":[1,2,3]}', headers: { ...headers, 'content-type': 'application/json' } });
        await expectTyped4xx(target, init);
      }),
      RUNS,
    );
  });
});
