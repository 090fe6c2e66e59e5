// Turns an error response of the fetch handler back into the HonorariaError it came from.
import { ERROR_CODES, HonorariaError } from '@honoraria/core';
import type { ErrorCode, ErrorIssue, Lang, LocalizedText } from '@honoraria/core';

type Details = Record<string, string | number | boolean | null>;

function isText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const { fr, en } = value as Record<string, unknown>;
  return typeof fr === 'string' && typeof en === 'string';
}

function isIssue(value: unknown): value is ErrorIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { path, code, message } = value as Record<string, unknown>;
  return Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number') && typeof code === 'string' && isText(message);
}

function isDetails(value: unknown): value is Details {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/** A `bad_response` error: the server answered something that is not Honoraria's format. */
export function badResponse(status: number, cause?: unknown): HonorariaError {
  return new HonorariaError('bad_response', { details: { status }, cause });
}

/**
 * Rebuilds the `HonorariaError` of an error response body (`{ error: { code, message, issues,
 * details } }`): same code, messages, issues and details as on the server. A body that is not
 * in that format gives `bad_response` with the HTTP status in its details; a code this version
 * does not know keeps its messages under `bad_response`, with the code in `details.code`.
 */
export function errorFromBody(body: unknown, status: number, lang: Lang): HonorariaError {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return badResponse(status);
  const { code, message, issues = [], details = {} } = error as Record<string, unknown>;
  if (typeof code !== 'string' || !isText(message) || !Array.isArray(issues) || !issues.every(isIssue) || !isDetails(details)) return badResponse(status);
  if (!isErrorCode(code)) return new HonorariaError('bad_response', { message, issues, details: { ...details, status, code: code.slice(0, 100) }, lang });
  return new HonorariaError(code, { message, issues, details, lang });
}
