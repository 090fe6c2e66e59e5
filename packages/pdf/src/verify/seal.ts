// The seal: a separate content stream on one page that prints the body SHA-256 with the
// regular face, whose first sixteen glyph codes are always the hexadecimal digits.

import { num } from '../render/content-writer';

/** The characters given glyph codes 1 to 16 in the regular face of every document. */
export const SEAL_ALPHABET = '0123456789abcdef';

/** The content stream that prints a hash at a place. */
export function sealContent(sha256: string, x: number, y: number, size: number): string {
  let codes = '';
  for (const char of sha256) codes += (SEAL_ALPHABET.indexOf(char) + 1).toString(16).toUpperCase().padStart(4, '0');
  return `BT /F1 ${num(size)} Tf 0.1 0.1 0.1 rg ${num(x)} ${num(y)} Td <${codes}> Tj ET`;
}

const SEAL_PATTERN = /^BT \/F1 [\d.]+ Tf [\d. ]+ rg -?[\d.]+ -?[\d.]+ Td <([0-9A-F]{256})> Tj ET$/;

/** The hash a seal stream prints, or `undefined` when the stream is not a seal this engine wrote. */
export function readSeal(content: string): string | undefined {
  const match = SEAL_PATTERN.exec(content.trim());
  if (match === null) return undefined;
  let hash = '';
  for (let i = 0; i < 256; i += 4) {
    const code = parseInt(match[1]!.slice(i, i + 4), 16);
    if (code < 1 || code > 16) return undefined;
    hash += SEAL_ALPHABET[code - 1];
  }
  return hash;
}
