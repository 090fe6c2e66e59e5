import { ERROR_CODES, HonorariaError, statusOf } from '@honoraria/core';
import type { ErrorCode } from '@honoraria/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, createWorld } from '../../../core/test/workflow/fixtures';
import { createFetchHandler } from '../../src/http/fetch-handler';
import type { TestServer } from './http-fixture';
import { LeakyError, postJson, probeActor, probeError, probeService, send, startServer, tokenAuth } from './http-fixture';

const auth = tokenAuth();
const probe = probeService();
let server: TestServer;
const admin = auth.header(probeActor);

beforeAll(async () => {
  server = await startServer(probe, {
    authenticate: (request) => {
      if (request.headers.get('x-test-auth') === 'throw-typed') throw new HonorariaError('forbidden');
      if (request.headers.get('x-test-auth') === 'throw') throw new Error('session store down');
      return auth.authenticate(request);
    },
  });
});
afterAll(() => server.close());

const at = (path: string): string => `${server.url}${path}`;

describe('routes', () => {
  it('lists every operation with its kind', async () => {
    const { status, body, headers } = await send(at('/operations'), { headers: admin });
    expect(status).toBe(200);
    expect(body?.result).toEqual(probe.operations);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('runs a command with POST /commands/{name} and a query with POST or GET /queries/{name}', async () => {
    const command = await send(at('/commands/remember'), postJson({ a: 1 }, admin));
    expect(command).toMatchObject({ status: 200, body: { result: { a: 1 } } });
    const post = await send(at('/queries/echo'), postJson({ q: 'é' }, admin));
    expect(post).toMatchObject({ status: 200, body: { result: { input: { q: 'é' }, actor: probeActor } } });
    const get = await send(at(`/queries/echo?input=${encodeURIComponent(JSON.stringify({ q: 'é', n: [1, 2] }))}`), { headers: admin });
    expect(get).toMatchObject({ status: 200, body: { result: { input: { q: 'é', n: [1, 2] } } } });
    const bare = await send(at('/queries/echo'), { headers: admin });
    expect(bare.body?.result).toEqual({ input: {}, actor: probeActor });
  });

  it('answers an operation returning nothing with an empty result', async () => {
    const { status, body } = await send(at('/commands/nothing'), postJson({}, admin));
    expect(status).toBe(200);
    expect(body).toEqual({});
  });

  it('rejects an unknown path or operation with 404 not_found', async () => {
    for (const path of ['/', '/nope', '/commands', '/commands/', '/commands/fail/extra', '/queries/echo/', '/operations/x']) {
      const { status, body } = await send(at(path), postJson({}, admin));
      expect([path, status, body?.error?.code]).toEqual([path, 404, 'not_found']);
    }
    const unknown = await send(at('/commands/approveEverything'), postJson({}, admin));
    expect(unknown.status).toBe(404);
    expect(unknown.body?.error).toMatchObject({ code: 'not_found', details: { operation: 'approveEverything' }, issues: [{ code: 'unknown_operation' }] });
    const odd = await send(at('/commands/%3Cscript%3E'), postJson({}, admin));
    expect(odd.body?.error).toMatchObject({ code: 'not_found', details: {}, issues: [] });
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await send(at(`/queries/${name}`), postJson({}, admin))).status).toBe(404);
    }
    expect(probe.calls.some((c) => c.name === 'approveEverything' || c.name === '__proto__')).toBe(false);
  });

  it('says which route an operation of the other kind lives at', async () => {
    const { status, body } = await send(at('/commands/echo'), postJson({}, admin));
    expect(status).toBe(404);
    expect(body?.error).toMatchObject({ code: 'not_found', details: { operation: 'echo', kind: 'query' }, issues: [{ code: 'wrong_route' }] });
    expect(body?.error?.issues[0]?.message.en).toContain('/queries/echo');
  });

  it('rejects a wrong method with 405 and an Allow header', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/commands/remember', 'POST, OPTIONS'],
      ['PUT', '/queries/echo', 'GET, POST, OPTIONS'],
      ['DELETE', '/commands/remember', 'POST, OPTIONS'],
      ['POST', '/operations', 'GET, OPTIONS'],
      ['PATCH', '/operations', 'GET, OPTIONS'],
    ];
    for (const [method, path, allow] of cases) {
      const { status, headers, body } = await send(at(path), { method, headers: admin });
      expect([method, path, status, headers.get('allow'), body?.error?.code]).toEqual([method, path, 405, allow, 'method_not_allowed']);
    }
  });

  it('answers OPTIONS with 204 and the allowed methods', async () => {
    const response = await fetch(at('/queries/echo'), { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('rejects unknown URL parameters and a malformed input parameter on GET', async () => {
    const extra = await send(at('/queries/echo?mandateId=m1'), { headers: admin });
    expect(extra.status).toBe(400);
    expect(extra.body?.error).toMatchObject({ code: 'bad_request', issues: [{ code: 'unknown_parameter', path: ['mandateId'] }] });
    const bad = await send(at('/queries/echo?input=%7Bnope'), { headers: admin });
    expect(bad.body?.error).toMatchObject({ code: 'bad_request', issues: [{ code: 'invalid_json' }] });
    const list = await send(at('/queries/echo?input=%5B1%5D'), { headers: admin });
    expect(list.body?.error).toMatchObject({ code: 'bad_request', issues: [{ code: 'invalid_input_parameter' }] });
  });

  it('mounts under a base path', async () => {
    const mounted = await startServer(probe, { authenticate: (r) => auth.authenticate(r), basePath: '/api/honoraria/' });
    try {
      expect((await send(`${mounted.url}/api/honoraria/queries/echo`, postJson({}, admin))).status).toBe(200);
      expect((await send(`${mounted.url}/api/honoraria/operations`, { headers: admin })).status).toBe(200);
      expect((await send(`${mounted.url}/queries/echo`, postJson({}, admin))).status).toBe(404);
      expect((await send(`${mounted.url}/api/honorariaX/queries/echo`, postJson({}, admin))).status).toBe(404);
    } finally {
      await mounted.close();
    }
  });
});

describe('downloads', () => {
  it('answers a document-like query result as a file', async () => {
    const response = await fetch(at(`/downloads/document?input=${encodeURIComponent('{"size":1000}')}`), { headers: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="mandat.pdf"');
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBe(1000);
    expect(bytes[999]).toBe(999 & 0xff);
  });

  it('refuses a result that is no document, a command, and any method but GET', async () => {
    const echo = await send(at('/downloads/echo'), { headers: admin });
    expect([echo.status, echo.body?.error?.code, echo.body?.error?.issues[0]?.code]).toEqual([400, 'bad_request', 'not_downloadable']);
    const command = await send(at('/downloads/remember'), { headers: admin });
    expect([command.status, command.body?.error?.details]).toEqual([404, { operation: 'remember', kind: 'command' }]);
    const post = await send(at('/downloads/document'), postJson({}, admin));
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, OPTIONS']);
    expect((await send(at('/downloads/document'))).status).toBe(401);
  });
});

describe('authentication', () => {
  it('answers 401 without credentials or with an unknown token, without calling the service', async () => {
    const before = probe.calls.length;
    for (const headers of [{}, { authorization: 'Bearer forged' }, { authorization: 'Basic YWRtaW46YWRtaW4=' }] as Record<string, string>[]) {
      const { status, body } = await send(at('/commands/remember'), postJson({ actor: probeActor }, headers));
      expect(status).toBe(401);
      expect(body?.error?.code).toBe('unauthenticated');
    }
    expect((await send(at('/operations'))).status).toBe(401);
    expect(probe.calls.length).toBe(before);
  });

  it('authenticates before reading the body', async () => {
    const { status } = await send(at('/commands/remember'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(status).toBe(401);
  });

  it('takes identity from authenticate only, never from the body', async () => {
    const { body } = await send(at('/queries/echo'), postJson({ actor: { id: 'u_someone', roles: ['finance'] } }, admin));
    expect((body?.result as { actor: unknown }).actor).toEqual(probeActor);
  });

  it('answers a typed error thrown by authenticate as it is, and any other as internal', async () => {
    const typed = await send(at('/queries/echo'), postJson({}, { 'x-test-auth': 'throw-typed' }));
    expect([typed.status, typed.body?.error?.code]).toEqual([403, 'forbidden']);
    const before = server.reported.length;
    const crashed = await send(at('/queries/echo'), postJson({}, { 'x-test-auth': 'throw' }));
    expect([crashed.status, crashed.body?.error?.code]).toEqual([500, 'internal']);
    expect(JSON.stringify(crashed.body)).not.toContain('session store');
    expect(server.reported.slice(before).map((r) => (r.error as Error).message)).toEqual(['session store down']);
  });

  it('answers 401 when authenticate returns a malformed actor (real service)', async () => {
    const world = createWorld();
    const real = await startServer(world.service, { authenticate: () => ({ id: '', roles: [] }) });
    try {
      const { status, body } = await send(`${real.url}/queries/verifyAuditLog`, postJson({}));
      expect([status, body?.error?.code]).toEqual([401, 'unauthenticated']);
    } finally {
      await real.close();
    }
  });
});

describe('errors', () => {
  const codes = Object.keys(ERROR_CODES) as ErrorCode[];

  it.each(codes)('maps %s to its HTTP status with the full error body', async (code) => {
    const { status, body, headers } = await send(at('/commands/fail'), postJson({ code }, admin));
    expect(status).toBe(statusOf(code));
    const expected = probeError(code);
    expect(body).toEqual({ error: { ...expected.toJSON(), lang: 'fr', text: expected.describe('fr') } });
    expect(headers.get('content-language')).toBe('fr');
  });

  it('covers every status the codes use', () => {
    expect([...new Set(codes.map(statusOf))].sort()).toEqual([400, 401, 403, 404, 405, 409, 413, 415, 422, 500, 502, 503]);
  });

  it('writes the text in the caller’s language (Accept-Language)', async () => {
    const cases: [string | null, 'fr' | 'en'][] = [
      ['en-CA,en;q=0.9', 'en'],
      ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
      ['de-DE,en;q=0.5', 'en'],
      ['es', 'fr'],
      [null, 'fr'],
    ];
    for (const [header, lang] of cases) {
      const headers: Record<string, string> = { ...admin };
      if (header !== null) headers['accept-language'] = header;
      const response = await send(at('/commands/fail'), postJson({ code: 'conflict' }, headers));
      expect(response.body?.error?.lang).toBe(lang);
      expect(response.body?.error?.text).toBe(probeError('conflict').describe(lang));
      expect(response.body?.error?.message).toEqual({ fr: ERROR_CODES.conflict.fr, en: ERROR_CODES.conflict.en });
      expect(response.headers.get('content-language')).toBe(lang);
    }
  });

  it('turns an unexpected error into a generic internal error, reported only to onError', async () => {
    const before = server.reported.length;
    const response = await fetch(at('/commands/crash'), postJson({}, admin));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { ...new HonorariaError('internal').toJSON(), lang: 'fr', text: ERROR_CODES.internal.fr } });
    for (const secret of ['046', '1234567', 'Zoé', 'Tremblay', 'LeakyError', 'at ', '.ts']) expect(text).not.toContain(secret);
    const reported = server.reported.slice(before);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.error).toBeInstanceOf(LeakyError);
    expect(reported[0]?.context).toEqual({ method: 'POST', path: '/commands/crash', operation: 'crash', status: 500 });
  });

  it('reports typed 5xx errors to onError too, but not 4xx', async () => {
    const before = server.reported.length;
    await send(at('/commands/fail'), postJson({ code: 'storage_failure' }, admin));
    await send(at('/commands/fail'), postJson({ code: 'forbidden' }, admin));
    expect(server.reported.slice(before).map((r) => [(r.error as HonorariaError).code, r.context.status])).toEqual([['storage_failure', 503]]);
  });

  it('answers internal when a result cannot be encoded as JSON', async () => {
    const { status, body } = await send(at('/queries/bigint'), postJson({}, admin));
    expect([status, body?.error?.code]).toEqual([500, 'internal']);
  });

  it('keeps answering when onError itself throws', async () => {
    const handler = createFetchHandler(probe, {
      authenticate: () => probeActor,
      onError: () => {
        throw new Error('logger down');
      },
    });
    const response = await handler(new Request('http://local/commands/crash', postJson({})));
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('internal');
  });
});

describe('request body', () => {
  it('accepts exactly the limit and rejects one byte more with 413', async () => {
    const limit = 1024 * 1024;
    const exact = JSON.stringify({ pad: 'x'.repeat(limit - 10) });
    expect(new TextEncoder().encode(exact).length).toBe(limit);
    const ok = await send(at('/commands/remember'), { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: exact });
    expect(ok.status).toBe(200);
    const over = JSON.stringify({ pad: 'x'.repeat(limit - 9) });
    const tooBig = await send(at('/commands/remember'), { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: over });
    expect([tooBig.status, tooBig.body?.error?.code, tooBig.body?.error?.details]).toEqual([413, 'payload_too_large', { limitBytes: limit }]);
  });

  it('counts the bytes of a streamed body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"pad":"'));
        if (sent > 40) return controller.close();
        controller.enqueue(chunk);
        sent++;
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body, duplex: 'half' } as RequestInit;
    const { status, body: answer } = await send(at('/commands/remember'), init);
    expect([status, answer?.error?.code]).toEqual([413, 'payload_too_large']);
  });

  it('applies a custom limit', async () => {
    const small = await startServer(probe, { authenticate: (r) => auth.authenticate(r), maxBodyBytes: 100 });
    try {
      expect((await send(`${small.url}/commands/remember`, postJson({ pad: 'x'.repeat(80) }, admin))).status).toBe(200);
      expect((await send(`${small.url}/commands/remember`, postJson({ pad: 'x'.repeat(100) }, admin))).status).toBe(413);
      expect((await send(`${small.url}/queries/echo?input=${encodeURIComponent(JSON.stringify({ pad: 'x'.repeat(100) }))}`, { headers: admin })).status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('requires application/json (415), UTF-8 only', async () => {
    const post = (type: string | null, body = '{}') => {
      const headers: Record<string, string> = { ...admin };
      if (type !== null) headers['content-type'] = type;
      return fetch(at('/commands/remember'), { method: 'POST', headers, body });
    };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=iso-8859-1', 'application/jsonp', 'json']) {
      const response = await post(type);
      expect([type, response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([type, 415, 'unsupported_media_type']);
    }
    // fetch labels a string body text/plain unless told otherwise; a Blob without a type has none.
    const untyped = await fetch(at('/commands/remember'), { method: 'POST', headers: admin, body: new Blob(['{}']) });
    expect(untyped.status).toBe(415);
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"', 'application/problem+json']) {
      expect([type, (await post(type)).status]).toEqual([type, 200]);
    }
  });

  it('reads an empty body as an empty input', async () => {
    const response = await send(at('/commands/remember'), { method: 'POST', headers: admin });
    expect(response).toMatchObject({ status: 200, body: { result: {} } });
  });

  it('rejects malformed JSON, invalid UTF-8, non-objects and deep nesting with a typed 400', async () => {
    const raw = (body: BodyInit) => send(at('/commands/remember'), { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body });
    const cases: [BodyInit, string][] = [
      ['{"a":', 'invalid_json'],
      ["{'a':1}", 'invalid_json'],
      ['{"a":1}garbage', 'invalid_json'],
      [new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), 'invalid_utf8'],
      ['[1,2,3]', 'expected_object'],
      ['"text"', 'expected_object'],
      ['null', 'expected_object'],
      ['42', 'expected_object'],
      [`{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'too_deep'],
    ];
    for (const [body, issue] of cases) {
      const { status, body: answer } = await raw(body);
      expect([issue, status, answer?.error?.code, answer?.error?.issues[0]?.code]).toEqual([issue, 400, 'bad_request', issue]);
      expect(JSON.stringify(answer)).not.toContain('garbage');
    }
  });
});

describe('idempotency keys', () => {
  it('passes the Idempotency-Key header into a command’s input', async () => {
    const { body } = await send(at('/commands/remember'), postJson({ a: 1 }, { ...admin, 'idempotency-key': 'req-0001' }));
    expect(body?.result).toEqual({ a: 1, idempotencyKey: 'req-0001' });
    const same = await send(at('/commands/remember'), postJson({ idempotencyKey: 'req-0001' }, { ...admin, 'idempotency-key': 'req-0001' }));
    expect(same.body?.result).toEqual({ idempotencyKey: 'req-0001' });
    const inBody = await send(at('/commands/remember'), postJson({ idempotencyKey: 'req-0002' }, admin));
    expect(inBody.body?.result).toEqual({ idempotencyKey: 'req-0002' });
  });

  it('rejects a header that disagrees with the body, or is malformed', async () => {
    const mismatch = await send(at('/commands/remember'), postJson({ idempotencyKey: 'a' }, { ...admin, 'idempotency-key': 'b' }));
    expect(mismatch.body?.error).toMatchObject({ code: 'bad_request', issues: [{ code: 'idempotency_key_mismatch', path: ['idempotencyKey'] }] });
    const long = await send(at('/commands/remember'), postJson({}, { ...admin, 'idempotency-key': 'k'.repeat(201) }));
    expect(long.body?.error).toMatchObject({ code: 'bad_request', issues: [{ code: 'invalid_idempotency_key' }] });
  });

  it('leaves a query’s input alone', async () => {
    const { body } = await send(at('/queries/echo'), postJson({}, { ...admin, 'idempotency-key': 'q-1' }));
    expect((body?.result as { input: unknown }).input).toEqual({});
  });
});

describe('the real service', () => {
  it('authorizes and validates through the service', async () => {
    const world = createWorld();
    const tokens = tokenAuth();
    const real = await startServer(world.service, { authenticate: (r) => tokens.authenticate(r) });
    try {
      const ok = await send(`${real.url}/queries/verifyAuditLog`, postJson({}, tokens.header(actors.admin)));
      expect(ok.status).toBe(200);
      expect(ok.body?.result).toEqual(await world.service.as(actors.admin).verifyAuditLog({}));
      const refused = await send(`${real.url}/queries/verifyAuditLog`, postJson({}, tokens.header(actors.partner('p_1'))));
      expect([refused.status, refused.body?.error?.code]).toEqual([403, 'forbidden']);
      const invalid = await send(`${real.url}/queries/verifyAuditLog`, postJson({ extra: true }, tokens.header(actors.admin)));
      expect([invalid.status, invalid.body?.error?.code, invalid.body?.error?.issues[0]?.code]).toEqual([422, 'validation_failed', 'unrecognized_keys']);
      const listing = await send(`${real.url}/operations`, { headers: tokens.header(actors.admin) });
      expect(listing.body?.result).toEqual(world.service.operations);
    } finally {
      await real.close();
    }
  });
});
