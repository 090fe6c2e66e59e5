import { ERROR_CODES, HonorariaError } from '@honoraria/core';
import type { ErrorCode } from '@honoraria/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, createWorld } from '../../../core/test/workflow/fixtures';
import { createRestClient, createRestClientFor } from '../../src/http/client/rest-client';
import type { RestClientOptions } from '../../src/http/client/rest-client';
import { serveNode } from '../../src/http/node/node-bridge';
import type { TestServer } from './http-fixture';
import { probeActor, probeService, startServer, tokenAuth } from './http-fixture';

/** What a caller can observe of an error: everything a form could read. */
function observe(error: unknown): unknown {
  if (!(error instanceof HonorariaError)) return { notHonoraria: String(error) };
  return { name: error.name, code: error.code, message: error.message, messages: error.messages, issues: error.issues, details: error.details, json: error.toJSON() };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

type ProbeClient = Record<string, (input?: unknown) => Promise<unknown>>;

const auth = tokenAuth();
const probe = probeService();
let server: TestServer;

beforeAll(async () => {
  server = await startServer(probe, { authenticate: (r) => auth.authenticate(r) });
});
afterAll(() => server.close());

function probeClient(options: Partial<RestClientOptions> = {}): ProbeClient {
  return createRestClientFor<ProbeClient>(probe.operations, { baseUrl: server.url, headers: auth.header(probeActor), ...options });
}

const inProcess = (name: string, input: unknown): Promise<unknown> => probe.execute(name, probeActor, input);

describe('errors over HTTP are the same HonorariaErrors', () => {
  it.each(Object.keys(ERROR_CODES) as ErrorCode[])('%s', async (code) => {
    const remote = await caught(probeClient().fail!({ code }));
    const local = await caught(inProcess('fail', { code }));
    expect(remote).toBeInstanceOf(HonorariaError);
    expect(observe(remote)).toEqual(observe(local));
  });

  it('writes error.message in the client’s language, with both languages in messages', async () => {
    const error = (await caught(probeClient({ lang: 'en' }).fail!({ code: 'conflict' }))) as HonorariaError;
    expect(error.message).toBe(ERROR_CODES.conflict.en);
    expect(error.messages).toEqual({ fr: ERROR_CODES.conflict.fr, en: ERROR_CODES.conflict.en });
  });

  it('turns an unexpected server error into internal, as the server shows it', async () => {
    const error = await caught(probeClient().crash!({}));
    expect(observe(error)).toEqual(observe(new HonorariaError('internal')));
  });

  it('refuses without credentials: unauthenticated', async () => {
    const error = await caught(probeClient({ headers: {} }).echo!({}));
    expect(observe(error)).toEqual(observe(new HonorariaError('unauthenticated')));
  });

  it('throws network_failure when the server cannot be reached', async () => {
    const gone = await serveNode(async () => new Response(null));
    await gone.close();
    const error = (await caught(createRestClientFor<ProbeClient>(probe.operations, { baseUrl: gone.url }).echo!({}))) as HonorariaError;
    expect(error.code).toBe('network_failure');
    expect(error.cause).toBeDefined();
  });

  it('throws bad_response for an answer that is not Honoraria’s format', async () => {
    const proxy = await serveNode(async (request) =>
      new URL(request.url).pathname.endsWith('/echo')
        ? new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })
        : new Response(JSON.stringify({ error: { code: 'teapot_overflow', message: { fr: 'Nouveau.', en: 'New.' }, issues: [], details: {} } }), { status: 418 }),
    );
    try {
      const client = createRestClientFor<ProbeClient>(probe.operations, { baseUrl: proxy.url });
      const html = (await caught(client.echo!({}))) as HonorariaError;
      expect([html.code, html.details]).toEqual(['bad_response', { status: 502 }]);
      const unknown = (await caught(client.fail!({}))) as HonorariaError;
      expect([unknown.code, unknown.messages, unknown.details]).toEqual(['bad_response', { fr: 'Nouveau.', en: 'New.' }, { status: 418, code: 'teapot_overflow' }]);
    } finally {
      await proxy.close();
    }
  });

  it('rejects malformed success bodies and error bodies with bad_response', async () => {
    const bodies: [number, string][] = [
      [200, '[1,2]'],
      [200, '{"result":{"b":"AAE="},"binary":[["missing"]]}'],
      [200, '{"result":{"b":"not base64!"},"binary":[["b"]]}'],
      [200, '{"result":1,"binary":"b"}'],
      [400, '{"error":{"code":"bad_request","message":"flat string"}}'],
      [400, '{"error":{"code":"bad_request","message":{"fr":"a","en":"b"},"issues":[{"path":"x"}]}}'],
      [400, '{"error":{"code":"bad_request","message":{"fr":"a","en":"b"},"details":{"nested":{}}}}'],
      [500, ''],
    ];
    for (const [status, body] of bodies) {
      const client = createRestClientFor<ProbeClient>(probe.operations, { baseUrl: 'http://unused.invalid', fetch: async () => new Response(body, { status }) });
      const error = (await caught(client.echo!({}))) as HonorariaError;
      expect([body, error.code, error.details.status]).toEqual([body, 'bad_response', status]);
    }
  });
});

describe('results over HTTP are the same as in process', () => {
  it('returns the same plain data', async () => {
    expect(await probeClient().echo!({ text: 'Zoé 🍁', n: 1.5, list: [null, true] })).toEqual(await inProcess('echo', { text: 'Zoé 🍁', n: 1.5, list: [null, true] }));
  });

  it('returns undefined for an operation returning nothing', async () => {
    expect(await probeClient().nothing!({})).toBeUndefined();
  });

  it('carries bytes in results as Uint8Array (a 3 MB document)', async () => {
    const { bytes: remoteBytes, ...remote } = (await probeClient().document!({ size: 3_000_000 })) as { bytes: Uint8Array; parts: unknown[] };
    const { bytes: localBytes, ...local } = (await inProcess('document', { size: 3_000_000 })) as { bytes: Uint8Array };
    expect(remoteBytes).toBeInstanceOf(Uint8Array);
    expect(remoteBytes.length).toBe(3_000_000);
    expect(Buffer.compare(remoteBytes, localBytes)).toBe(0);
    expect(remote).toEqual(local);
    expect(remote.parts[0]).toBeInstanceOf(Uint8Array);
  });

  it('carries bytes in inputs as Uint8Array (binary envelope)', async () => {
    const file = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
    const sum = file.reduce((a, b) => a + b, 0);
    expect(await probeClient().upload!({ file })).toEqual({ length: 5000, sum });
    const received = probe.calls.at(-1)?.input as { file: unknown };
    expect(received.file).toBeInstanceOf(Uint8Array);
  });
});

describe('options', () => {
  it('calls a headers function before each call (a fresh token each time)', async () => {
    let calls = 0;
    const client = probeClient({
      headers: async () => {
        calls++;
        return { authorization: `Bearer ${auth.issue(probeActor)}`, 'x-call': String(calls) };
      },
    });
    await client.echo!({});
    await client.echo!({});
    expect(calls).toBe(2);
  });

  it('posts to {baseUrl}/commands|queries/{name} with JSON, credentials and Accept-Language', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const client = createRestClientFor<ProbeClient>(probe.operations, {
      baseUrl: new URL('https://portal.example.org/api/honoraria/'),
      lang: 'en',
      credentials: 'include',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init ?? {} });
        return new Response('{"result":null}', { status: 200 });
      },
    });
    expect(await client.remember!({ idempotencyKey: 'k1' })).toBeNull();
    await client.echo!(undefined);
    expect(seen.map((s) => s.url)).toEqual(['https://portal.example.org/api/honoraria/commands/remember', 'https://portal.example.org/api/honoraria/queries/echo']);
    const headers = new Headers(seen[0]?.init.headers);
    expect([headers.get('content-type'), headers.get('accept'), headers.get('accept-language')]).toEqual(['application/json', 'application/json', 'en']);
    expect(seen[0]?.init).toMatchObject({ method: 'POST', credentials: 'include', body: '{"idempotencyKey":"k1"}' });
    expect(seen[1]?.init.body).toBe('{}');
  });
});

describe('createRestClient', () => {
  it('has one method per operation of the service, as service.as(actor) has', () => {
    const world = createWorld();
    const rest = createRestClient({ baseUrl: 'http://127.0.0.1:1' });
    expect(Object.keys(rest).sort()).toEqual(Object.keys(world.service.as(actors.admin)).sort());
    expect(Object.keys(rest).sort()).toEqual(Object.keys(world.service.operations).sort());
  });

  it('gives the same results and errors as the in-process client (verifyAuditLog)', async () => {
    const world = createWorld();
    const tokens = tokenAuth();
    const real = await startServer(world.service, { authenticate: (r) => tokens.authenticate(r) });
    try {
      const calls: [keyof typeof actors, unknown][] = [
        ['admin', {}],
        ['finance', {}],
        ['lead', {}],
        ['admin', { extra: 1 }],
        ['admin', { limit: 'x', __proto__: 1 }],
      ];
      for (const [who, input] of calls) {
        const actor = actors[who] as (typeof actors)['admin'];
        const rest = createRestClient({ baseUrl: real.url, headers: () => tokens.header(actor) });
        const local = world.service.as(actor);
        const [r, l] = await Promise.all([rest.verifyAuditLog(input as never).catch((e: unknown) => observe(e)), local.verifyAuditLog(input as never).catch((e: unknown) => observe(e))]);
        expect(r).toEqual(l);
      }
    } finally {
      await real.close();
    }
  });
});
