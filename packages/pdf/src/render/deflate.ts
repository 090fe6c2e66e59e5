// Every stream the engine writes is compressed here, in one place, with pako (also pdf-lib's
// compressor, so bundles carry a single copy).

import pako from 'pako';
import type { PDFContext, PDFRawStream } from 'pdf-lib';

/** A FlateDecode stream of bytes or of a Latin-1 string, with extra dictionary entries. */
export function flateStream(context: PDFContext, contents: Uint8Array | string, dict: Record<string, number | string> = {}): PDFRawStream {
  let bytes: Uint8Array;
  if (typeof contents === 'string') {
    bytes = new Uint8Array(contents.length);
    for (let i = 0; i < contents.length; i++) bytes[i] = contents.charCodeAt(i);
  } else bytes = contents;
  return context.stream(pako.deflate(bytes), { ...dict, Filter: 'FlateDecode' });
}
