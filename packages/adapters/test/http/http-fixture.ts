// Shared helpers of the HTTP tests: a real node:http server on 127.0.0.1 (random free port),
// bearer-token authentication, and a small probe service that raises whatever a test asks for.
import type { Actor } from '@honoraria/core';
import { ERROR_CODES, HonorariaError } from '@honoraria/core';
import type { ErrorCode } from '@honoraria/core';
import { createFetchHandler } from '../../src/http/fetch-handler';
import type { FetchHandlerOptions, HttpErrorContext, HttpService } from '../../src/http/fetch-handler';
import { serveNode } from '../../src/http/node/node-bridge';
import type { NodeHttpServer } from '../../src/http/node/node-bridge';
import type { JsonPath } from '../../src/http/binary-json';
import type { HttpErrorBody } from '../../src/http/http-protocol';

/** Bearer tokens standing for actors, as an institution's session store would. */
export interface TokenAuth {
  /** A fresh token for an actor. */
  issue(actor: Actor): string;
  /** The `Authorization` header for an actor. */
  header(actor: Actor): { authorization: string };
  /** The `authenticate` callback: the actor of a known bearer token, `null` otherwise. */
  authenticate(request: Request): Actor | null;
}

/** Creates an in-memory token store. */
export function tokenAuth(): TokenAuth {
  const tokens = new Map<string, Actor>();
  let n = 0;
  const issue = (actor: Actor): string => {
    const token = `tok_${++n}_${actor.id}`;
    tokens.set(token, actor);
    return token;
  };
  return {
    issue,
    header: (actor) => ({ authorization: `Bearer ${issue(actor)}` }),
    authenticate(request) {
      const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
      return match?.[1] === undefined ? null : (tokens.get(match[1]) ?? null);
    },
  };
}

/** A running HTTP server, and the errors its `onError` hook received. */
export interface TestServer extends NodeHttpServer {
  readonly reported: { error: unknown; context: HttpErrorContext }[];
}

/** Serves a service through `createFetchHandler` on 127.0.0.1, port 0. */
export async function startServer(service: HttpService, options: Omit<FetchHandlerOptions, 'onError'>): Promise<TestServer> {
  const reported: TestServer['reported'] = [];
  const handler = createFetchHandler(service, { ...options, onError: (error, context) => reported.push({ error, context }) });
  const server = await serveNode(handler, { host: '127.0.0.1', port: 0 });
  return Object.assign(server, { reported });
}

/** A staff actor holding every role, for the probe service. */
export const probeActor: Actor = { id: 'u_probe', roles: ['admin'] };

/** An error deliberately carrying what must never reach a caller. */
export class LeakyError extends Error {
  constructor() {
    super('SIN 046 454 286, transit 12345 account 1234567 for Zoé Tremblay');
  }
}

/**
 * A service with a few probe operations, implementing the handler's `HttpService` contract:
 * - `fail` (command, `{ code }`): throws `HonorariaError(code)` with an issue and details;
 * - `crash` (command): throws an ordinary error holding personal data;
 * - `echo` (query): returns its input and the actor;
 * - `document` (query, `{ size }`): returns bytes `0, 1, 2…` of that size in a document-like object;
 * - `upload` (command, `{ file: Uint8Array }`): returns the length and sum of the bytes received;
 * - `remember` (command): returns its input (to see what reached the service);
 * - `nothing` (command): returns `undefined`;
 * - `bigint` (query): returns a value JSON cannot encode.
 */
export function probeService(): HttpService & { readonly calls: { name: string; actor: unknown; input: unknown }[] } {
  const calls: { name: string; actor: unknown; input: unknown }[] = [];
  const operations = { fail: 'command', crash: 'command', echo: 'query', document: 'query', upload: 'command', remember: 'command', nothing: 'command', bigint: 'query' } as const;
  return {
    operations,
    calls,
    async execute(name, actor, input) {
      calls.push({ name, actor, input });
      if (!Object.hasOwn(operations, name)) throw new HonorariaError('not_found', { details: { operation: name } });
      const data = (input ?? {}) as Record<string, unknown>;
      switch (name) {
        case 'fail': {
          const code = String(data.code) as ErrorCode;
          if (!Object.hasOwn(ERROR_CODES, code)) throw new HonorariaError('validation_failed');
          throw probeError(code);
        }
        case 'crash':
          throw new LeakyError();
        case 'echo':
          return { input: data, actor };
        case 'document': {
          const size = Number(data.size ?? 0);
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i++) bytes[i] = i & 0xff;
          return { fileName: 'mandat.pdf', contentType: 'application/pdf', bytes, parts: [new Uint8Array([1, 2]), 'text'] };
        }
        case 'upload': {
          const file = data.file;
          if (!(file instanceof Uint8Array)) throw new HonorariaError('validation_failed', { issues: [{ path: ['file'], code: 'not_bytes', message: { fr: 'Octets attendus.', en: 'Bytes expected.' } }] });
          return { length: file.length, sum: file.reduce((a, b) => a + b, 0) };
        }
        case 'remember':
          return data;
        case 'nothing':
          return undefined;
        default:
          return { big: 10n };
      }
    },
  };
}

/** The error `fail` throws for a code: with an issue and details, so tests compare everything. */
export function probeError(code: ErrorCode): HonorariaError {
  return new HonorariaError(code, {
    issues: [{ path: ['entries', 2, 'minutes'], code: 'too_big', message: { fr: 'Trop grand.', en: 'Too big.' } }],
    details: { subjectId: 'pr_0001', version: 3, retry: false, assignee: null },
  });
}

/** A parsed response body of the handler. */
export interface WireBody {
  readonly result?: unknown;
  readonly binary?: readonly JsonPath[];
  readonly error?: HttpErrorBody;
}

/** Sends a raw request and returns the status, headers and parsed JSON body. */
export async function send(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: WireBody | null }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as WireBody) };
}

/** A JSON POST init. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
