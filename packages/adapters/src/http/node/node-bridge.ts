// A small bridge from node:http to the web-standard fetch handler (Node 20 has Request and
// Response built in). Kept apart from the handler, which stays free of Node APIs.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import type { FetchHandler } from '../fetch-handler';

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * The origin requests are seen at (`https://portal.example.org`), for the `Request`'s URL; by
   * default `http://` and the `Host` header (`localhost` when it is missing or malformed).
   */
  readonly origin?: string;
}

/** A `node:http` request listener. */
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;

function originOf(req: IncomingMessage, fixed: string | undefined): string {
  if (fixed !== undefined) return fixed.replace(/\/+$/, '');
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/.test(host) ? `http://${host}` : 'http://localhost';
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    headers.append(name, req.rawHeaders[i + 1] as string);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(urlOf(req.url ?? '/', origin), init);
}

/**
 * The request's URL: the origin followed by the request target's path and query (`//x` stays a
 * path; an absolute-form target keeps only its path and query).
 */
function urlOf(target: string, origin: string): URL {
  if (target.startsWith('/')) return new URL(origin + target);
  const absolute = new URL(target);
  return new URL(origin + absolute.pathname + absolute.search);
}

// The bridge's own answers, in the handler's error format (it cannot reach core's messages
// without loading the service's code: these two are written out).
const BAD_REQUEST = JSON.stringify({
  error: { code: 'bad_request', message: { fr: 'La requête est mal formée.', en: 'The request is malformed.' }, issues: [], details: {} },
});
const INTERNAL = JSON.stringify({
  error: { code: 'internal', message: { fr: 'Une erreur interne est survenue.', en: 'An internal error occurred.' }, issues: [], details: {} },
});

async function writeResponse(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  // The handler may answer before reading an upload (401, 413): close rather than drain it.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, response.statusText, headers);
  if (response.body === null || req.method === 'HEAD') {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve));
  }
  res.end();
}

/**
 * Adapts a fetch handler to `node:http` (and to Express or Fastify's raw `req`/`res`):
 * `http.createServer(toNodeListener(handler))`. The request body streams into the handler, which
 * applies its own size limit; the request is aborted when the client goes away.
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): NodeListener {
  return (req, res) => {
    const aborter = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborter.abort();
    });
    void (async () => {
      let request: Request;
      try {
        request = toRequest(req, originOf(req, options.origin), aborter.signal);
      } catch {
        await writeResponse(new Response(BAD_REQUEST, { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' } }), req, res);
        return;
      }
      let response: Response;
      try {
        response = await handler(request);
      } catch {
        // A handler from createFetchHandler never throws; this guards a hand-written one.
        response = new Response(INTERNAL, { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' } });
      }
      await writeResponse(response, req, res);
    })().catch(() => res.destroy());
  };
}

/** Options of {@link serveNode}. */
export interface ServeNodeOptions extends NodeListenerOptions {
  /** The port; `0` (the default) picks a free one. */
  readonly port?: number;
  /** The interface to listen on; `127.0.0.1` by default (put a reverse proxy with TLS in front). */
  readonly host?: string;
}

/** A running server from {@link serveNode}. */
export interface NodeHttpServer {
  /** The `node:http` server. */
  readonly server: Server;
  /** The port it listens on. */
  readonly port: number;
  /** Its base URL, such as `http://127.0.0.1:38111`. */
  readonly url: string;
  /**
   * Stops accepting connections, closes idle ones and each busy one once its response is written,
   * and resolves when the server is closed.
   */
  close(): Promise<void>;
}

/** Serves a fetch handler with `node:http` on `host:port`; resolves once it listens. */
export async function serveNode(handler: FetchHandler, options: ServeNodeOptions = {}): Promise<NodeHttpServer> {
  const server = createServer(toNodeListener(handler, options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  // Close gracefully: connections without a request in flight end at once, the others as soon
  // as their response is written (a client may have opened a connection it never used).
  let closing = false;
  const inFlight = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (closing && left === 0) socket.end();
    });
  });
  return {
    server,
    port,
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((error) => (error ? reject(error) : resolve()));
        for (const [socket, count] of inFlight) if (count === 0) socket.end();
      }),
  };
}
