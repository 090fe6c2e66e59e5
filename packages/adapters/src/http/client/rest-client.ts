// The REST client: the same `HonorariaClient` interface as `service.as(actor)`, over HTTP.
import { HonorariaError, OPERATION_KINDS } from '@honoraria/core';
import type { HonorariaClient, Lang } from '@honoraria/core';
import { DEFAULT_LANG } from '@honoraria/core';
import { decodeBinary, encodeBinary, isJsonPathList } from '../binary-json';
import type { OperationKind } from '../http-protocol';
import { ENVELOPE_CONTENT_TYPE, operationPath } from '../http-protocol';
import { badResponse, errorFromBody } from './error-from-response';

/** Headers as `new Headers(…)` takes them: a record, a list of pairs, or a `Headers`. */
export type HeadersInput = ConstructorParameters<typeof Headers>[0];

/** Headers to send with every call, or a function giving them afresh for each call (a new token). */
export type RestHeaders = HeadersInput | (() => HeadersInput | Promise<HeadersInput>);

/** Options of {@link createRestClient}. */
export interface RestClientOptions {
  /** Where the fetch handler is mounted, such as `https://portal.example.org/api/honoraria`. */
  readonly baseUrl: string | URL;
  /** The `fetch` to use; the global one by default. */
  readonly fetch?: typeof globalThis.fetch;
  /** Headers for every call (authorization…); a function is called before each call. */
  readonly headers?: RestHeaders;
  /** The language of errors' `message` (both languages are always in `messages`); French by default. Also sent as `Accept-Language`. */
  readonly lang?: Lang;
  /** The `credentials` mode of each request (`include` for a cookie session on another origin). */
  readonly credentials?: RequestInit['credentials'];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Creates a client for any set of operations (name → kind): one async method per operation,
 * posting its input to `{baseUrl}/commands/{name}` or `{baseUrl}/queries/{name}`. Use
 * {@link createRestClient} for Honoraria's own operations.
 */
export function createRestClientFor<C>(kinds: Readonly<Record<string, OperationKind>>, options: RestClientOptions): C {
  const base = String(options.baseUrl).replace(/\/+$/, '');
  const lang = options.lang ?? DEFAULT_LANG;

  async function call(name: string, kind: OperationKind, input: unknown): Promise<unknown> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    headers.set('accept', 'application/json');
    if (!headers.has('accept-language')) headers.set('accept-language', lang);
    const encoded = encodeBinary(input ?? {});
    let body: string;
    if (encoded.binary.length > 0) {
      headers.set('content-type', ENVELOPE_CONTENT_TYPE);
      body = JSON.stringify({ input: encoded.value, binary: encoded.binary });
    } else {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(encoded.value);
    }
    let response: Response;
    try {
      response = await doFetch(base + operationPath(kind, name), { method: 'POST', headers, body, credentials: options.credentials });
    } catch (cause) {
      throw new HonorariaError('network_failure', { cause, lang });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await response.text());
    } catch (cause) {
      throw badResponse(response.status, cause);
    }
    if (!response.ok) throw errorFromBody(parsed, response.status, lang);
    if (!isObject(parsed)) throw badResponse(response.status);
    const binary = parsed.binary ?? [];
    if (!isJsonPathList(binary)) throw badResponse(response.status);
    try {
      return decodeBinary(parsed.result, binary);
    } catch (cause) {
      throw badResponse(response.status, cause);
    }
  }

  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, kind] of Object.entries(kinds)) client[name] = (input) => call(name, kind, input);
  return client as C;
}

/**
 * Creates the REST client of a Honoraria server (`createFetchHandler`): it implements the same
 * `HonorariaClient` interface as `service.as(actor)`, one async method per operation, and throws
 * the same `HonorariaError`s (code, messages, issues, details), so a form cannot tell them apart.
 * The server, not the client, decides who is calling: pass the session's credentials in
 * `headers` (a function for a fresh token per call) or with cookies.
 *
 * Network failures throw `network_failure`; a response that is not Honoraria's format,
 * `bad_response`.
 */
export function createRestClient(options: RestClientOptions): HonorariaClient {
  return createRestClientFor<HonorariaClient>(OPERATION_KINDS, options);
}
