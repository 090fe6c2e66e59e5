import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../src/font/subset-true-type';
import { readTrueTypeFont } from '../../src/font/true-type-font';
import { loadTypefaces, typeface } from '../../src/font/typeface';

let font: ReturnType<typeof typeface>['font'];
beforeAll(async () => {
  await loadTypefaces();
  font = typeface('regular').font;
});

/** The checksum rule of the whole file: head.checkSumAdjustment makes the sum 0xB1B0AFBA. */
function fileChecksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('subsetTrueType', () => {
  it('keeps composite glyphs whole: their components are appended and renumbered', () => {
    const composite = [...'ễÁǺŻ'].map((c) => font.glyphOf(c.codePointAt(0)!)).find((g) => font.componentsOf(g).length > 0);
    expect(composite).toBeDefined();
    const subset = subsetTrueType(font, { glyphs: [0, composite!] });
    const parsed = readTrueTypeFont(subset.bytes);
    expect(parsed.glyphCount).toBe(subset.glyphs.length);
    expect(subset.glyphs.length).toBeGreaterThan(2);
    const components = parsed.componentsOf(1);
    expect(components.length).toBe(font.componentsOf(composite!).length);
    for (const component of components) {
      expect(component).toBeGreaterThan(1);
      expect(subset.glyphs[component]).toBe(font.componentsOf(composite!)[components.indexOf(component)]);
    }
  });

  it('writes a valid file for any glyph selection: parseable, same advances, correct checksums', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: font.glyphCount - 1 }), { maxLength: 60 }), (picked) => {
        const subset = subsetTrueType(font, { glyphs: [0, ...picked] });
        const parsed = readTrueTypeFont(subset.bytes);
        expect(parsed.glyphCount).toBe(subset.glyphs.length);
        subset.glyphs.forEach((original, id) => {
          expect(parsed.advanceOf(id)).toBe(font.advanceOf(original));
          expect(parsed.outlineOf(id).length > 0).toBe(font.outlineOf(original).length > 0);
        });
        expect(fileChecksum(subset.bytes)).toBe(0xb1b0afba);
      }),
      { numRuns: 40 },
    );
  });

  it('writes a cmap when asked, and refuses a subset that does not start with .notdef', () => {
    const a = font.glyphOf(0x41);
    const subset = subsetTrueType(font, { glyphs: [0, a], cmap: new Map([[0x41, 1]]) });
    expect(readTrueTypeFont(subset.bytes).glyphOf(0x41)).toBe(1);
    expect(() => subsetTrueType(font, { glyphs: [a] })).toThrow(/notdef/);
  });
});
