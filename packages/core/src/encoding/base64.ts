// Strict base64 in plain TypeScript (browsers, Node, Deno, Bun and workers alike), table-driven:
// several times faster than btoa/atob on megabytes of document bytes. Shared by every package.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const VALUES = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
const PAD = 61; // "="
const ASCII = new TextDecoder();

/** Encodes bytes as base64 (with padding, no line breaks). */
export function encodeBase64(bytes: Uint8Array): string {
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
    out[n++] = rest === 2 ? (CODES[(v >>> 6) & 63] as number) : PAD;
    out[n] = PAD;
  }
  return ASCII.decode(out);
}

/**
 * Decodes canonical base64 (padded, no whitespace, zero bits after the last byte); throws a
 * `TypeError` on anything else.
 */
export function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new TypeError('Invalid base64 length');
  const pads = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pads);
  let n = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = VALUES[text.charCodeAt(i) & 0xff] as number;
    const b = VALUES[text.charCodeAt(i + 1) & 0xff] as number;
    const c = last && pads === 2 ? 0 : (VALUES[text.charCodeAt(i + 2) & 0xff] as number);
    const d = last && pads >= 1 ? 0 : (VALUES[text.charCodeAt(i + 3) & 0xff] as number);
    const wide = text.charCodeAt(i) | text.charCodeAt(i + 1) | text.charCodeAt(i + 2) | text.charCodeAt(i + 3);
    if ((a | b | c | d) < 0 || wide > 0x7f) throw new TypeError('Invalid base64 character');
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (last && ((pads === 2 && (v & 0xffff) !== 0) || (pads === 1 && (v & 0xff) !== 0))) throw new TypeError('Invalid base64 padding');
    out[n++] = v >>> 16;
    if (n < out.length) out[n++] = (v >>> 8) & 0xff;
    if (n < out.length) out[n++] = v & 0xff;
  }
  return out;
}
