import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/encoding/base64';

describe('base64', () => {
  it('encodes like the standard and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });

  it('encodes the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(decodeBase64(encoded))).toBe(plain);
    }
  });

  it('rejects anything but canonical base64', () => {
    for (const bad of ['Zg=', 'Zg', 'Z===', '====', 'Zm9v\n', 'Zm 9v', 'Zm9v====', 'Zh==', 'Zm9=', 'Zm-_', 'Zm9vé===', 'Zg==Zg==', '\u0100m9v']) {
      expect(() => decodeBase64(bad), bad).toThrow(TypeError);
    }
  });

  it('decodes only what the standard decoder accepts as canonical', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09+/=x'.split('')), maxLength: 12 }), (text) => {
        let ours: Uint8Array | null;
        try {
          ours = decodeBase64(text);
        } catch {
          ours = null;
        }
        const canonical = Buffer.from(text, 'base64').toString('base64') === text;
        expect(ours !== null).toBe(canonical);
        if (ours !== null) expect(Buffer.from(ours).toString('base64')).toBe(text);
      }),
    );
  });
});
