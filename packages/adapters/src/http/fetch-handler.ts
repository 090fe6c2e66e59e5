// The web-standard HTTP API of the workflow service: `Request → Promise<Response>`, with no
// runtime-specific API, so it runs in Node (through `@honoraria/adapters/http/node`), Deno, Bun,
// and workers alike.
import { HonorariaError, translate, translateWith } from '@honoraria/core';
import type { Actor, Lang } from '@honoraria/core';
import { negotiateLang } from './accept-language';
import { encodeBinary } from './binary-json';
import { downloadResponse } from './download-response';
import { baseHeaders, errorResponse, publicError } from './error-response';
import { httpMessages } from './http-messages';
import type { OperationKind, SuccessBody } from './http-protocol';
import { DEFAULT_MAX_BODY_BYTES, IDEMPOTENCY_HEADER, operationPath } from './http-protocol';
import type { HttpRoute } from './http-routes';
import { allowedMethods, isPrintableName, matchRoute, normalizeBasePath } from './http-routes';
import { badRequest, parseJsonObject, readInput } from './read-request';

/** A web-standard request handler, as Deno, Bun, workers and service workers call it. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * What the handler needs of the workflow service: its operations (name → kind) and `execute`.
 * `createHonoraria(...)` returns one.
 */
export interface HttpService {
  readonly operations: Readonly<Record<string, OperationKind>>;
  execute(name: string, actor: unknown, input: unknown): Promise<unknown>;
}

/** Where an unexpected error happened, for {@link FetchHandlerOptions.onError}. */
export interface HttpErrorContext {
  readonly method: string;
  /** The URL path (no query string: it may hold personal data). */
  readonly path: string;
  /** The operation called, if the route named a known one. */
  readonly operation: string | null;
  /** The status the caller received. */
  readonly status: number;
}

/** Options of {@link createFetchHandler}. */
export interface FetchHandlerOptions {
  /**
   * Who is calling: the institution's own check of the request (session cookie, bearer token,
   * mutual TLS header set by a proxy…), returning the actor, or `null` to answer 401. Identity
   * never comes from the request body. It must not read the request body. A `HonorariaError` it
   * throws is answered as it is; any other error becomes `internal` (500).
   */
  readonly authenticate: (request: Request) => Actor | null | undefined | Promise<Actor | null | undefined>;
  /** The path the API is mounted at, such as `/api/honoraria`; the root by default. */
  readonly basePath?: string;
  /** The largest request body accepted, in bytes (413 beyond); 1 MiB by default. */
  readonly maxBodyBytes?: number;
  /**
   * Called with the original error whenever a response is a 5xx (an unexpected error becomes a
   * generic `internal` for the caller): log it on the server side. Exceptions it throws are ignored.
   */
  readonly onError?: (error: unknown, context: HttpErrorContext) => void;
}

const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,200}$/;

function methodNotAllowed(allow: readonly string[], lang: Lang): Response {
  return errorResponse(new HonorariaError('method_not_allowed', { details: { allow: allow.join(', ') } }), lang, { allow: allow.join(', ') });
}

function unknownOperation(name: string): HonorariaError {
  if (!isPrintableName(name)) return new HonorariaError('not_found');
  return new HonorariaError('not_found', {
    details: { operation: name },
    issues: [{ path: [], code: 'unknown_operation', message: translate(httpMessages, 'unknown_operation', { name }) }],
  });
}

function wrongRoute(name: string, kind: OperationKind, basePath: string): HonorariaError {
  const path = basePath + operationPath(kind, name);
  const kindName = translate(httpMessages, kind === 'command' ? 'kind_command' : 'kind_query');
  const message = translateWith(httpMessages, 'wrong_route', { name, kind: kindName.fr, path }, { name, kind: kindName.en, path });
  return new HonorariaError('not_found', { details: { operation: name, kind }, issues: [{ path: [], code: 'wrong_route', message }] });
}

/** Reads a query's input from the URL: `?input=<JSON object>`, or `{}` without parameters. */
function inputFromUrl(url: URL, maxBytes: number): Record<string, unknown> {
  let input: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams) {
    if (name !== 'input') throw badRequest('unknown_parameter', { name: name.replace(/[^\w.-]/g, '').slice(0, 60) }, [name.slice(0, 60)]);
    if (value.length > maxBytes) throw new HonorariaError('payload_too_large', { details: { limitBytes: maxBytes } });
    input = parseJsonObject(value, 'invalid_input_parameter');
  }
  return input;
}

/** Adds the `Idempotency-Key` header to a command's input (it must agree with the body's field). */
function withIdempotencyKey(request: Request, input: Record<string, unknown>): Record<string, unknown> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return input;
  if (!IDEMPOTENCY_KEY.test(key)) throw badRequest('invalid_idempotency_key', undefined, ['idempotencyKey']);
  if (Object.hasOwn(input, 'idempotencyKey') && input.idempotencyKey !== key) throw badRequest('idempotency_key_mismatch', undefined, ['idempotencyKey']);
  return { ...input, idempotencyKey: key };
}

function jsonResponse(body: SuccessBody | Readonly<Record<string, unknown>>): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: baseHeaders() });
}

/**
 * Creates the HTTP API of a workflow service, as a web-standard `Request → Promise<Response>`
 * handler. Routes (under `basePath`):
 * - `POST /commands/{name}`: runs a command; the JSON body is its input;
 * - `POST /queries/{name}` (JSON body) or `GET /queries/{name}?input=<JSON>`: runs a query;
 * - `GET /downloads/{name}?input=<JSON>`: runs a query whose result is a document
 *   (`{ contentType, base64 }` or `{ contentType, bytes }`, such as `getDocument`) and answers
 *   its bytes as a file;
 * - `GET /operations`: every operation's name and kind.
 *
 * Every call is authenticated with `authenticate` (401 when it returns `null`) and authorized by
 * the service itself. Success is `200 { result }`; failure is `{ error: { code, message: { fr,
 * en }, issues, details, lang, text } }` with the status of the code (`statusOf`).
 */
export function createFetchHandler(service: HttpService, options: FetchHandlerOptions): FetchHandler {
  const basePath = normalizeBasePath(options.basePath);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new TypeError('maxBodyBytes must be a non-negative integer');
  const kinds = service.operations;

  function report(error: unknown, request: Request, url: URL | null, route: HttpRoute | null, status: number): void {
    if (options.onError === undefined) return;
    const operation = route !== null && route.type !== 'operations' && Object.hasOwn(kinds, route.name) ? route.name : null;
    try {
      options.onError(error, { method: request.method, path: url?.pathname ?? '', operation, status });
    } catch {
      // A failing logger must not change the response.
    }
  }

  async function run(request: Request, url: URL, route: HttpRoute): Promise<Response> {
    const actor = await options.authenticate(request);
    if (actor == null) throw new HonorariaError('unauthenticated');
    if (route.type === 'operations') return jsonResponse({ result: { ...kinds } });
    let input = request.method === 'GET' ? inputFromUrl(url, maxBytes) : await readInput(request, maxBytes);
    if (route.kind === 'command') input = withIdempotencyKey(request, input);
    const result = await service.execute(route.name, actor, input);
    if (route.type === 'download') return downloadResponse(result, route.name);
    const encoded = encodeBinary(result);
    return jsonResponse(encoded.binary.length > 0 ? { result: encoded.value, binary: encoded.binary } : { result: encoded.value });
  }

  return async function handle(request: Request): Promise<Response> {
    const lang = negotiateLang(request.headers.get('accept-language'));
    let url: URL | null = null;
    let route: HttpRoute | null = null;
    try {
      url = new URL(request.url);
      route = matchRoute(url.pathname, basePath);
      if (route === null) return errorResponse(new HonorariaError('not_found'), lang);
      const allow = allowedMethods(route);
      if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: [...allow, 'OPTIONS'].join(', '), 'cache-control': 'no-store' } });
      if (!allow.includes(request.method)) return methodNotAllowed([...allow, 'OPTIONS'], lang);
      if (route.type !== 'operations') {
        if (!Object.hasOwn(kinds, route.name)) return errorResponse(unknownOperation(route.name), lang);
        const kind = kinds[route.name];
        if (kind !== route.kind && kind !== undefined) return errorResponse(wrongRoute(route.name, kind, basePath), lang);
      }
      return await run(request, url, route);
    } catch (error) {
      const shown = publicError(error);
      const response = errorResponse(shown, lang);
      if (response.status >= 500) report(error, request, url, route, response.status);
      return response;
    }
  };
}
