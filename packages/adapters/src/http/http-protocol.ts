// The wire format shared by the fetch handler and the REST client.
import type { HonorariaErrorJSON, Lang } from '@honoraria/core';
import type { JsonPath } from './binary-json';

/** The kind of an operation: a command changes state, a query reads. */
export type OperationKind = 'command' | 'query';

/** The content type of every JSON response. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The content type of a request body that carries bytes: `{ input, binary }`, where `binary`
 * lists the paths of `input` holding base64 strings to turn back into `Uint8Array`s. Plain
 * `application/json` bodies are the input itself.
 */
export const ENVELOPE_CONTENT_TYPE = 'application/vnd.honoraria+json';

/** The header carrying a command's idempotency key (the body field `idempotencyKey` works too). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The default body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The deepest nesting a request body may have. */
export const MAX_JSON_DEPTH = 64;

/** The body of a successful response: the operation's result, and where it holds bytes (base64). */
export interface SuccessBody {
  /** The result; absent when the operation returns nothing. */
  readonly result?: unknown;
  /** Paths into `result` of base64 strings that stand for `Uint8Array`s; absent when none. */
  readonly binary?: readonly JsonPath[];
}

/** The error of an error response: the `HonorariaError`'s JSON, plus its text in the caller's language. */
export interface HttpErrorBody extends HonorariaErrorJSON {
  /** The language of `text`, negotiated from `Accept-Language` (French by default). */
  readonly lang: Lang;
  /** The message and each issue, in `lang`, one per line. */
  readonly text: string;
}

/** The body of an error response. */
export interface ErrorBody {
  readonly error: HttpErrorBody;
}

/** The path of an operation's route, relative to the base path: `/commands/{name}` or `/queries/{name}`. */
export function operationPath(kind: OperationKind, name: string): string {
  return `/${kind === 'command' ? 'commands' : 'queries'}/${encodeURIComponent(name)}`;
}
