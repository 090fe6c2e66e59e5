// The compressors: Node's zlib here, CompressionStream in browsers (also present in Node, so it is
// exercised here too), pako as the fallback; each one's output inflates back to the input.
import pako from 'pako';
import { describe, expect, it } from 'vitest';
import { deflateAll, deflateEngine } from '../../src/render/deflate';

const inputs = [new Uint8Array(0), new TextEncoder().encode('BT /F1 9.5 Tf 0 0 Td <0001000200030004> Tj ET\n'.repeat(400)), Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)];

describe('deflate', () => {
  it('uses Node’s zlib in Node', () => {
    expect(deflateEngine()).toBe('zlib');
  });

  it.each(['zlib', 'compression-stream', 'pako'] as const)('%s output inflates back to the input', async (engine) => {
    const out = await deflateAll(inputs, engine);
    expect(out.map((bytes) => Buffer.from(pako.inflate(bytes)))).toEqual(inputs.map((bytes) => Buffer.from(bytes)));
    expect(out[1]!.length).toBeLessThan(inputs[1]!.length / 20);
  });
});
