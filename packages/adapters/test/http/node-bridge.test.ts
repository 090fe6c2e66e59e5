import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HonorariaError } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { serveNode, toNodeListener } from '../../src/http/node/node-bridge';

/** A raw HTTP/1.1 request with node:http (to send headers fetch would not, such as a bad Host). */
function rawRequest(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('serveNode', () => {
  it('listens on 127.0.0.1 on a free port and passes method, URL, headers and body through', async () => {
    const server = await serveNode(async (request) => {
      const body = await request.text();
      return Response.json({ method: request.method, url: request.url, accept: request.headers.get('x-multi'), body });
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      const answer = await rawRequest(server.port, { method: 'POST', path: '/a/b?c=d', headers: { 'x-multi': 'one', 'content-type': 'application/json' }, body: '{"é":1}' });
      expect(JSON.parse(answer.body)).toEqual({ method: 'POST', url: `http://127.0.0.1:${server.port}/a/b?c=d`, accept: 'one', body: '{"é":1}' });
    } finally {
      await server.close();
    }
  });

  it('writes every Set-Cookie header, the status and a streamed body', async () => {
    const size = 5 * 1024 * 1024;
    const server = await serveNode(async () => {
      const headers = new Headers({ 'content-type': 'application/octet-stream' });
      headers.append('set-cookie', 'a=1; HttpOnly');
      headers.append('set-cookie', 'b=2; Secure');
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= size) return controller.close();
          controller.enqueue(new Uint8Array(64 * 1024).fill(sent / (64 * 1024)));
          sent += 64 * 1024;
        },
      });
      return new Response(body, { status: 201, headers });
    });
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2; Secure']);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length).toBe(size);
      expect(bytes[size - 1]).toBe(79);
    } finally {
      await server.close();
    }
  });

  it('sends no body for HEAD and 500 when a hand-written handler throws', async () => {
    const server = await serveNode(async (request) => {
      if (request.method === 'POST') throw new Error('boom: SIN 046 454 286');
      return new Response('hello');
    });
    try {
      const head = await rawRequest(server.port, { method: 'HEAD' });
      expect([head.status, head.body]).toEqual([200, '']);
      const crash = await rawRequest(server.port, { method: 'POST', body: 'x' });
      expect(crash.status).toBe(500);
      expect(JSON.parse(crash.body)).toEqual({ error: new HonorariaError('internal').toJSON() });
      expect(crash.body).not.toContain('046');
    } finally {
      await server.close();
    }
  });

  it('aborts the request’s signal when the client goes away', async () => {
    let aborted: () => void = () => undefined;
    const wasAborted = new Promise<void>((resolve) => (aborted = resolve));
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const server = await serveNode(
      (request) =>
        new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted();
            resolve(new Response('late'));
          });
          started();
        }),
    );
    try {
      const controller = new AbortController();
      const pending = fetch(server.url, { signal: controller.signal }).catch((e: unknown) => e);
      await hasStarted;
      controller.abort();
      await pending;
      await wasAborted;
    } finally {
      await server.close();
    }
  });

  it('closes gracefully: a request in flight still gets its answer', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    const server = await serveNode(async () => {
      started();
      await gate;
      return new Response('done');
    });
    const answer = fetch(server.url).then((r) => r.text());
    await hasStarted;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();
    expect(await answer).toBe('done');
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('closes the connection when the handler answers before reading the upload', async () => {
    const server = await serveNode(async () => new Response('{"error":{"code":"unauthenticated"}}', { status: 401 }));
    try {
      const answer = await rawRequest(server.port, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(4 * 1024 * 1024) }, body: 'x'.repeat(4 * 1024 * 1024) });
      expect(answer.status).toBe(401);
      expect(answer.headers.connection).toBe('close');
    } finally {
      await server.close();
    }
  });
});

describe('toNodeListener', () => {
  it('keeps odd request targets as paths, and answers 400 for one that is no URL', async () => {
    const seen: string[] = [];
    const server = await serveNode(async (request) => (seen.push(new URL(request.url).pathname + new URL(request.url).search), new Response(null, { status: 204 })));
    try {
      expect((await rawRequest(server.port, { path: '//' })).status).toBe(204);
      expect((await rawRequest(server.port, { path: '//evil.example/x?y' })).status).toBe(204);
      expect((await rawRequest(server.port, { path: 'http://elsewhere.example/z?q=1' })).status).toBe(204);
      const star = await rawRequest(server.port, { method: 'OPTIONS', path: '*' });
      expect(star.status).toBe(400);
      expect(JSON.parse(star.body)).toEqual({ error: new HonorariaError('bad_request').toJSON() });
      expect(seen).toEqual(['//', '//evil.example/x?y', '/z?q=1']);
    } finally {
      await server.close();
    }
  });

  it('uses a fixed origin when given, and localhost when the Host header is malformed', async () => {
    const seen: string[] = [];
    const handler = async (request: Request) => (seen.push(request.url), new Response(null, { status: 204 }));
    const fixed = createServer(toNodeListener(handler, { origin: 'https://portal.example.org/' }));
    const plain = createServer(toNodeListener(handler));
    await new Promise<void>((r) => fixed.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    try {
      await rawRequest((fixed.address() as AddressInfo).port, { path: '/x?y=1' });
      await rawRequest((plain.address() as AddressInfo).port, { path: '/x', headers: { host: 'evil.example/../@x' } });
      await rawRequest((plain.address() as AddressInfo).port, { path: '/x', headers: { host: 'portal.local:8080' } });
      expect(seen).toEqual(['https://portal.example.org/x?y=1', 'http://localhost/x', 'http://portal.local:8080/x']);
    } finally {
      fixed.close();
      plain.close();
    }
  });
});
