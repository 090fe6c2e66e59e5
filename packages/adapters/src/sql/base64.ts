// Base64 in plain TypeScript (browsers and Node alike), for moving blobs through SQL as text:
// PostgreSQL's encode()/decode() are fast, and drivers' bytea parameter encoders often are not.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const ASCII = new TextDecoder();

/** Encodes bytes as base64 (with padding, no line breaks). */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let n = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[n++] = CODES[v >>> 18] as number;
    out[n++] = CODES[(v >>> 12) & 63] as number;
    out[n++] = CODES[(v >>> 6) & 63] as number;
    out[n++] = CODES[v & 63] as number;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const v = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    out[n++] = CODES[v >>> 18] as number;
    out[n++] = CODES[(v >>> 12) & 63] as number;
    out[n++] = rest === 2 ? (CODES[(v >>> 6) & 63] as number) : 61;
    out[n] = 61;
  }
  return ASCII.decode(out);
}

/** Decodes base64, skipping line breaks (PostgreSQL's encode() inserts them every 76 characters). */
export function fromBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break; // "=": padding
    const v = c < 128 ? (VALUES[c] as number) : -1;
    if (v < 0) {
      if (c === 10 || c === 13) continue;
      throw new TypeError(`Invalid base64 character at ${i}`);
    }
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >>> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}
