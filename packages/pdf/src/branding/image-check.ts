// Checks on logo bytes before they reach pdf-lib's PNG reader, which loops forever on a
// truncated file or on corrupt compressed data: the chunk layout is walked, and the pixel data
// is inflated with pako (which throws on corrupt data) and must have the size the header implies.

import pako from 'pako';

/** The largest logo accepted, in pixels per side: a header logo never needs more. */
export const MAX_LOGO_SIDE = 4000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Valid (colour type → bit depths) pairs of the PNG specification. */
const PNG_DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Samples per pixel of each PNG colour type. */
const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Bytes of filtered scanlines a PNG of this header decodes to (Adam7 passes when interlaced). */
function pixelDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  const passes = [
    [0, 0, 8, 8],
    [0, 4, 8, 8],
    [4, 0, 8, 4],
    [0, 2, 4, 4],
    [2, 0, 4, 2],
    [0, 1, 2, 2],
    [1, 0, 2, 1],
  ] as const;
  let size = 0;
  for (const [row, col, rowStep, colStep] of passes) {
    size += rows(Math.max(0, Math.ceil((width - col) / colStep)), Math.max(0, Math.ceil((height - row) / rowStep)));
  }
  return size;
}

/** Whether the concatenated IDAT data inflates to exactly the expected size. */
function pixelDataOk(chunks: readonly Uint8Array[], expected: number): boolean {
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  try {
    return pako.inflate(joined).length === expected;
  } catch {
    return false;
  }
}

/**
 * Whether bytes are a whole PNG: signature, a sane IHDR first, chunks inside the file, pixel
 * data that inflates to the size the header implies, IEND last.
 */
export function isWellFormedPng(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 25 + 12 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let first = true;
  let expected = 0;
  const data: Uint8Array[] = [];
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (at + 12 + length > bytes.length) return false;
    if (first) {
      if (type !== 'IHDR' || length !== 13) return false;
      const width = view.getUint32(at + 8);
      const height = view.getUint32(at + 12);
      const depth = bytes[at + 16]!;
      const colour = bytes[at + 17]!;
      if (width < 1 || height < 1 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE) return false;
      const interlace = bytes[at + 20]!;
      if (!(PNG_DEPTHS[colour] ?? []).includes(depth) || interlace > 1) return false;
      expected = pixelDataSize(width, height, depth * PNG_CHANNELS[colour]!, interlace === 1);
      first = false;
    }
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') return data.length > 0 && at + 12 === bytes.length && pixelDataOk(data, expected);
    at += 12 + length;
  }
  return false;
}

/** Whether bytes start like a JPEG and end with its end-of-image marker. */
export function isWellFormedJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
}
