// Names in every script through the real documents: Arabic (shaped, right to left), Hebrew,
// Chinese, Japanese, Korean and Devanagari print with the bundled Noto faces (HarfBuzz shaping)
// and extract back with pdftotext; a Latin document loads none of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isHonorariaError } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/index';
import { pdfFonts, pdfToText } from '../helpers/poppler';
import { KINDS, renderKind } from './all-documents';
import { clock } from './fixtures';

/** Partners' names in the scripts the bundled faces add. */
export const WORLD_NAMES = {
  arabic: 'فاطمة الزهراء',
  hebrew: 'דוד כהן',
  chinese: '王小明',
  japanese: '山田太郎',
  korean: '김민준',
  devanagari: 'अनन्या शर्मा',
} as const;

/** The embedded font each script's name is set in. */
const FACE_OF: Record<keyof typeof WORLD_NAMES, RegExp> = {
  arabic: /NotoSansArabic/,
  hebrew: /NotoSansHebrew/,
  chinese: /NotoSansSC/,
  japanese: /NotoSansSC/,
  korean: /NotoSansSC/, // one merged CJK face, named after its first source
  devanagari: /NotoSansDevanagari/,
};

describe.each(KINDS)('%s', (kind) => {
  it.each(Object.entries(WORLD_NAMES))('prints a %s name with its script face and extracts it in both languages', async (script, name) => {
    const doc = await renderKind(kind, 'both', name);
    const text = pdfToText(doc.bytes).normalize('NFC');
    expect(text).toContain(name);
    const fonts = pdfFonts(doc.bytes);
    expect(fonts.some((row) => FACE_OF[script as keyof typeof WORLD_NAMES].test(row))).toBe(true);
    for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});

/** The full DejaVu Sans of the dejavu-fonts-ttf package: it has Hebrew and Arabic, which the bundled cut leaves out. */
function fullDejaVu(): Uint8Array {
  const dir = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  return new Uint8Array(readFileSync(join(dir, 'ttf', 'DejaVuSans.ttf')));
}

describe('shaping, direction and fonts', () => {
  const render = (text: string, fonts?: { regular: Uint8Array }[]) =>
    renderDocument({ title: { fr: 'Essai', en: 'Test' }, body: () => [{ type: 'paragraph', text }] }, { lang: 'fr', clock: clock(), ...(fonts === undefined ? {} : { fonts }) });

  it('sets an Arabic name inside a French sentence right to left and extracts it in logical order', async () => {
    const doc = await render(`Partenaire : ${WORLD_NAMES.arabic} (dossier 42), inscrite en 2026.`);
    const text = pdfToText(doc.bytes);
    // Glyphs are drawn in visual order and map back to their letters: poppler puts the name back in
    // logical order (it files the parenthesis next to it with the right-to-left word).
    expect(text).toContain(WORLD_NAMES.arabic);
    expect(text).toMatch(/^Partenaire : .*dossier 42\), inscrite en 2026\.$/mu);
  });

  it('shapes Arabic with contextual forms: other glyphs than the isolated letters, the text kept in logical order', async () => {
    // Joined letters use initial, medial and final forms: glyph ids differ from the cmap's isolated ones.
    const { loadScriptFace } = await import('../../src/font/script-faces');
    const { loadShaper, shapeLine } = await import('../../src/font/shaper');
    const { loadTypefaces, typeface } = await import('../../src/font/typeface');
    const face = await loadScriptFace('arabic', 'regular');
    await Promise.all([loadShaper(), loadTypefaces()]);
    const line = shapeLine('فاطمة', [typeface('regular'), face]);
    const isolated = [...'فاطمة'].map((char) => face.font.glyphOf(char.codePointAt(0)!));
    const shaped = line.runs.flatMap((run) => run.glyphs.map((glyph) => glyph.glyph)).reverse();
    expect(line.runs[0]!.rtl).toBe(true);
    expect(shaped).not.toEqual(isolated);
    expect(line.runs.flatMap((run) => run.glyphs.map((glyph) => glyph.text)).reverse().join('')).toBe('فاطمة');
  });

  it('uses the institution’s own font (fonts option) before the bundled faces', async () => {
    const doc = await render(`Partenaire : ${WORLD_NAMES.hebrew}`, [{ regular: fullDejaVu() }]);
    expect(pdfToText(doc.bytes)).toContain(WORLD_NAMES.hebrew);
    const fonts = pdfFonts(doc.bytes);
    expect(fonts.some((row) => /NotoSansHebrew/.test(row))).toBe(false);
    expect(fonts.filter((row) => /\+DejaVuSans\s/.test(row))).toHaveLength(2); // the bundled cut and the institution's full face
  });

  it('refuses a font file that is not TrueType (fonts.0.regular)', async () => {
    const error = await render('x', [{ regular: new Uint8Array([1, 2, 3, 4]) }]).catch((e: unknown) => e);
    expect(isHonorariaError(error) && error.code === 'validation_failed').toBe(true);
    expect(isHonorariaError(error) ? error.issues.map((issue) => [issue.path.join('.'), issue.code]) : []).toEqual([['fonts.0.regular', 'invalid_font']]);
  });

  it('keeps a Latin-only document free of script faces', async () => {
    const doc = await render('Zoé Lefèvre-Gélinas');
    expect(pdfFonts(doc.bytes).every((row) => /DejaVuSans/.test(row))).toBe(true);
  });
});
