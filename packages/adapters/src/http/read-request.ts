// Reads a request's input: content type, size limit, UTF-8, JSON, depth, and the binary envelope.
import { HonorariaError, translate } from '@honoraria/core';
import type { MessageParams } from '@honoraria/core';
import { decodeBinary, isJsonPathList } from './binary-json';
import { httpMessages } from './http-messages';
import { MAX_JSON_DEPTH } from './http-protocol';

type HttpIssue = keyof typeof httpMessages.fr;

/** A `bad_request` error with one issue of the HTTP adapter (at `path`, empty for the whole body). */
export function badRequest(code: HttpIssue, params?: MessageParams, path: readonly (string | number)[] = []): HonorariaError {
  return new HonorariaError('bad_request', { issues: [{ path, code, message: translate(httpMessages, code, params) }] });
}

/** What a `Content-Type` header says about a body: plain JSON, the binary envelope, or something else. */
export type BodyFormat = 'json' | 'envelope' | 'unsupported';

/**
 * Reads a `Content-Type` header: `application/json` (or any `+json` type) is plain JSON,
 * `application/vnd.honoraria+json` the binary envelope; a charset other than UTF-8, or any other
 * type, is unsupported.
 */
export function bodyFormatOf(contentType: string): BodyFormat {
  const [mediaType = '', ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  for (const param of params) {
    const [name, value = ''] = param.split('=').map((s) => s.trim());
    if (name === 'charset' && value.replace(/"/g, '') !== 'utf-8' && value.replace(/"/g, '') !== 'utf8') return 'unsupported';
  }
  if (mediaType === 'application/vnd.honoraria+json') return 'envelope';
  if (mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return 'json';
  return 'unsupported';
}

function tooLarge(maxBytes: number): HonorariaError {
  return new HonorariaError('payload_too_large', { details: { limitBytes: maxBytes } });
}

/** Reads a body's bytes, stopping (and cancelling the stream) as soon as it exceeds `maxBytes`. */
async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      throw badRequest('unreadable_body');
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Throws `bad_request` when a parsed JSON value nests deeper than {@link MAX_JSON_DEPTH}. */
export function checkDepth(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_JSON_DEPTH) throw badRequest('too_deep', { max: MAX_JSON_DEPTH });
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text into an object, or throws `bad_request` (never quoting the text). */
export function parseJsonObject(text: string, issue: HttpIssue = 'expected_object'): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('invalid_json');
  }
  checkDepth(value);
  if (!isJsonObject(value)) throw badRequest(issue);
  return value;
}

/** Unwraps the binary envelope `{ input, binary }`: the input with its base64 strings turned into bytes. */
function openEnvelope(envelope: Record<string, unknown>): Record<string, unknown> {
  const { input, binary, ...rest } = envelope;
  if (Object.keys(rest).length > 0 || !isJsonObject(input) || !isJsonPathList(binary)) throw badRequest('invalid_envelope');
  try {
    decodeBinary(input, binary);
  } catch {
    throw badRequest('invalid_binary');
  }
  return input;
}

/**
 * Reads an operation's input from a request body: `{}` when the body is empty; otherwise a JSON
 * object (`application/json`) or the binary envelope (`application/vnd.honoraria+json`). Throws
 * `unsupported_media_type` (415), `payload_too_large` (413) or `bad_request` (400).
 */
export async function readInput(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const contentType = request.headers.get('content-type');
  const format = contentType === null ? null : bodyFormatOf(contentType);
  if (format === 'unsupported') throw new HonorariaError('unsupported_media_type');
  const bytes = await readBytes(request, maxBytes);
  if (bytes.byteLength === 0) return {};
  if (format === null) throw new HonorariaError('unsupported_media_type');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('invalid_utf8');
  }
  const body = parseJsonObject(text);
  return format === 'envelope' ? openEnvelope(body) : body;
}
