import { decodeBase64, encodeBase64 } from '@honoraria/core';

// Blobs move through SQL as base64 text: PostgreSQL's encode()/decode() are fast, and drivers'
// bytea parameter encoders often are not.

/** Encodes bytes as base64 for PostgreSQL's `decode(…, 'base64')`. */
export const toBase64: (bytes: Uint8Array) => string = encodeBase64;

/** Decodes the base64 PostgreSQL's `encode(…, 'base64')` returns: it breaks lines every 76 characters. */
export function fromBase64(text: string): Uint8Array {
  return decodeBase64(text.includes('\n') ? text.replace(/\r?\n/g, '') : text);
}
