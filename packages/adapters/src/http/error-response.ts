// Turns any error into a JSON error response: a typed code, messages in French and English, and
// never a stack trace, a cause, or anything the error did not choose to show.
import { HonorariaError, isHonorariaError, statusOf } from '@honoraria/core';
import type { Lang } from '@honoraria/core';
import type { ErrorBody } from './http-protocol';
import { JSON_CONTENT_TYPE } from './http-protocol';

/** Headers every response of the handler carries: JSON, never cached, never sniffed. */
export function baseHeaders(): Headers {
  return new Headers({
    'content-type': JSON_CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

/**
 * The error a caller may see: a `HonorariaError` as it is (it carries no personal data by
 * design), anything else as a generic `internal` error.
 */
export function publicError(error: unknown): HonorariaError {
  return isHonorariaError(error) ? error : new HonorariaError('internal');
}

/** The JSON body of an error response, with the text in the caller's language. */
export function errorBody(error: HonorariaError, lang: Lang): ErrorBody {
  return { error: { ...error.toJSON(), lang, text: error.describe(lang) } };
}

/**
 * An error response: the status of the error's code (`statusOf`), the body `{ error }`, and
 * `Content-Language`. `extra` adds headers such as `Allow`.
 */
export function errorResponse(error: HonorariaError, lang: Lang, extra?: Readonly<Record<string, string>>): Response {
  const headers = baseHeaders();
  headers.set('content-language', lang);
  headers.set('vary', 'Accept-Language');
  for (const [name, value] of Object.entries(extra ?? {})) headers.set(name, value);
  return new Response(JSON.stringify(errorBody(error, lang)), { status: statusOf(error.code), headers });
}
