// Serves a query's document result as a file (for `<a href>` links in a portal with a cookie
// session): the bytes, their content type, and `Content-Disposition: attachment`.
import { decodeBase64 } from '@honoraria/core';
import { badRequest } from './read-request';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/json': '.json',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

const SAFE_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(?:\s*;\s*charset=[a-z0-9_-]{1,40})?$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bytes of a document-like result: `{ contentType, base64 }` or `{ contentType, bytes }`. */
function bytesOf(result: Record<string, unknown>): Uint8Array | null {
  if (result.bytes instanceof Uint8Array) return result.bytes;
  if (typeof result.base64 === 'string') {
    try {
      return decodeBase64(result.base64);
    } catch {
      return null;
    }
  }
  return null;
}

/** A download's file name: the result's `fileName`, or its document's kind and id with an extension. */
function fileNameOf(result: Record<string, unknown>, mediaType: string, operation: string): string {
  const document = isRecord(result.document) ? result.document : {};
  const given = typeof result.fileName === 'string' ? result.fileName : null;
  const fromDocument = [document.kind, document.id].filter((p) => typeof p === 'string').join('-');
  const base = given ?? (fromDocument === '' ? operation : fromDocument);
  const safe = base.normalize('NFKD').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '').slice(0, 120) || 'document';
  return given === null ? safe + (EXTENSIONS[mediaType] ?? '') : safe;
}

/**
 * The response of a download: the document's bytes with its content type (`application/octet-
 * stream` when it is not a plain media type), as an attachment, sandboxed and never sniffed.
 * Throws `bad_request` (`not_downloadable`) when the result holds no document.
 */
export function downloadResponse(result: unknown, operation: string): Response {
  const bytes = isRecord(result) ? bytesOf(result) : null;
  if (!isRecord(result) || bytes === null || typeof result.contentType !== 'string') throw badRequest('not_downloadable', { name: operation });
  const contentType = SAFE_TYPE.test(result.contentType) ? result.contentType : 'application/octet-stream';
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const headers = new Headers({
    'content-type': contentType,
    'content-length': String(bytes.byteLength),
    'content-disposition': `attachment; filename="${fileNameOf(result, mediaType, operation)}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
  });
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
