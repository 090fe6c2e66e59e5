// Decides, per document, whether DejaVu Sans sets all its text; if not, loads the faces it needs
// (the institution's fonts, the bundled script faces) and the shaper, and builds the text context.

import type { ErrorIssue } from '@honoraria/core';
import { loadScriptFace, scriptsIn } from './script-faces';
import { loadShaper } from './shaper';
import { TextContext } from './text-context';
import { readTrueTypeFont } from './true-type-font';
import type { Typeface } from './typeface';
import { typeface, typefaceOf } from './typeface';

/**
 * An institution's own TrueType font (`.ttf`, glyf outlines), for characters DejaVu Sans lacks:
 * tried before the bundled script faces, so it can also replace them (a full CJK font, another
 * Arabic design). Keep one instance per font: each is parsed once.
 */
export interface FontFiles {
  /** The regular face. */
  readonly regular: Uint8Array;
  /** The bold face; the regular one sets bold text when absent. */
  readonly bold?: Uint8Array;
}

const parsed = new WeakMap<Uint8Array, Typeface>();

function faceOf(bytes: Uint8Array): Typeface {
  let face = parsed.get(bytes);
  if (face === undefined) {
    face = typefaceOf(readTrueTypeFont(bytes));
    parsed.set(bytes, face);
  }
  return face;
}

/** Problems with the `fonts` option, one issue per unreadable file. */
export function fontIssues(fonts: unknown): ErrorIssue[] {
  if (fonts === undefined) return [];
  const issue = (path: (string | number)[]): ErrorIssue => ({
    path,
    code: 'invalid_font',
    message: { fr: 'Ce fichier n’est pas une police TrueType lisible.', en: 'This file is not a readable TrueType font.' },
  });
  if (!Array.isArray(fonts)) return [{ path: ['fonts'], code: 'invalid_type', message: { fr: 'Les polices sont une liste.', en: 'The fonts are a list.' } }];
  const issues: ErrorIssue[] = [];
  fonts.forEach((files: Partial<FontFiles> | undefined, index) => {
    for (const key of ['regular', 'bold'] as const) {
      const bytes = files?.[key];
      if (bytes === undefined && key === 'bold') continue;
      try {
        if (!(bytes instanceof Uint8Array)) throw new Error('not bytes');
        faceOf(bytes);
      } catch {
        issues.push(issue(['fonts', index, key]));
      }
    }
  });
  return issues;
}

// Everything outside these ranges may be missing from the packed DejaVu faces.
const MAYBE_MISSING = /[^\t\n\r\u0020-\u04ff\u1400-\u167f\u1e00-\u1eff\u2000-\u215f]/gu;

/**
 * The text context of a document whose text (every string of `probe`) DejaVu Sans does not
 * cover, with the faces and shaper loaded; `undefined` for the usual document that it covers.
 */
export async function textContextFor(probe: string, fonts: readonly FontFiles[] = []): Promise<TextContext | undefined> {
  const dejavu = typeface('regular').font;
  let missing = false;
  // Only the characters outside the ranges DejaVu surely covers are looked up (arrows, symbols…).
  for (const [char] of probe.matchAll(MAYBE_MISSING)) {
    if (dejavu.glyphOf(char.codePointAt(0)!) === 0) {
      missing = true;
      break;
    }
  }
  if (!missing) return undefined;
  const scripts = scriptsIn(probe);
  const [regular, bold] = await Promise.all([
    Promise.all(scripts.map((name) => loadScriptFace(name, 'regular'))),
    Promise.all(scripts.map((name) => loadScriptFace(name, 'bold'))),
    loadShaper(),
  ]);
  const own = fonts.map((files) => ({ regular: faceOf(files.regular), bold: faceOf(files.bold ?? files.regular) }));
  return new TextContext({ regular: [...own.map((f) => f.regular), ...regular], bold: [...own.map((f) => f.bold), ...bold] });
}
