// Every stream the engine writes is compressed here, in one place, for the whole document at
// once: with Node's zlib where the runtime has it (`process.getBuiltinModule`, no import that a
// browser bundle would trip on), with the platform's `CompressionStream` in browsers, and with
// pako (also pdf-lib's compressor) only where neither exists. Node and Chromium share one zlib,
// so a document has the same bytes in both.

import pako from 'pako';
import type { PDFContext, PDFRef } from 'pdf-lib';

/** Which compressor a runtime uses. */
export type DeflateEngine = 'zlib' | 'compression-stream' | 'pako';

interface NodeZlib {
  deflateSync(data: Uint8Array): Uint8Array;
}

function nodeZlib(): NodeZlib | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return runtime?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
}

/** The best compressor of this runtime. */
export function deflateEngine(): DeflateEngine {
  if (nodeZlib() !== undefined) return 'zlib';
  if (typeof CompressionStream === 'function') return 'compression-stream';
  return 'pako';
}

async function compressionStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Response(data).body!.pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Deflates (zlib format) each buffer with an engine. */
export async function deflateAll(buffers: readonly Uint8Array[], engine: DeflateEngine = deflateEngine()): Promise<Uint8Array[]> {
  switch (engine) {
    case 'zlib': {
      const zlib = nodeZlib()!;
      return buffers.map((data) => {
        const out = zlib.deflateSync(data);
        return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      });
    }
    case 'compression-stream':
      return Promise.all(buffers.map(compressionStream));
    case 'pako':
      return buffers.map((data) => pako.deflate(data));
  }
}

const ascii = new TextEncoder();
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

function latin1(contents: Uint8Array | string): Uint8Array {
  if (typeof contents !== 'string') return contents;
  // Content streams and CMaps are ASCII, where UTF-8 is Latin-1: the native encoder does it.
  if (!NON_ASCII.test(contents)) return ascii.encode(contents);
  const bytes = new Uint8Array(contents.length);
  for (let i = 0; i < contents.length; i++) bytes[i] = contents.charCodeAt(i);
  return bytes;
}

/** The FlateDecode streams of one document: registered at once, compressed together by {@link DeflateBatch.finish}. */
export class DeflateBatch {
  /** The document's objects. */
  readonly context: PDFContext;
  private readonly pending: { ref: PDFRef; bytes: Uint8Array; dict: Record<string, number | string> }[] = [];

  constructor(context: PDFContext) {
    this.context = context;
  }

  /** The reference of a stream of bytes or of a Latin-1 string, with extra dictionary entries; its object is written by `finish`. */
  stream(contents: Uint8Array | string, dict: Record<string, number | string> = {}): PDFRef {
    const ref = this.context.nextRef();
    this.pending.push({ ref, bytes: latin1(contents), dict });
    return ref;
  }

  /** Compresses every stream and writes it under its reference. */
  async finish(engine?: DeflateEngine): Promise<void> {
    const pending = this.pending.splice(0);
    const compressed = await deflateAll(pending.map((item) => item.bytes), engine);
    pending.forEach((item, i) => this.context.assign(item.ref, this.context.stream(compressed[i]!, { ...item.dict, Filter: 'FlateDecode' })));
  }
}
