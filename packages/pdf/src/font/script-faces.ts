// The faces for scripts DejaVu Sans does not carry, bundled as compressed Noto subsets and
// imported only by a document that shows one of them: Arabic, Hebrew, Devanagari (regular and
// bold, with their shaping tables) and one CJK face (everyday Chinese, Japanese and Korean name
// characters, regular only). Each is decoded and parsed once per process.

import pako from 'pako';
import { decodeBase64 } from './base64';
import { readTrueTypeFont } from './true-type-font';
import type { FaceStyle, Typeface } from './typeface';
import { typefaceOf } from './typeface';

/** A bundled script face. */
interface ScriptFace {
  /** Characters that ask for this face. */
  readonly test: RegExp;
  /** The compressed font of a style (bold falls back to regular when the script has no bold). */
  readonly load: (style: FaceStyle) => Promise<string>;
}

/** The bundled script faces, in the order they are tried after DejaVu Sans. */
const SCRIPT_FACES: Readonly<Record<string, ScriptFace>> = {
  arabic: {
    test: /\p{Script=Arabic}/u,
    load: (style) => (style === 'bold' ? import('./data/noto-sans-arabic-bold').then((m) => m.NOTO_SANS_ARABIC_BOLD) : import('./data/noto-sans-arabic').then((m) => m.NOTO_SANS_ARABIC)),
  },
  hebrew: {
    test: /\p{Script=Hebrew}/u,
    load: (style) => (style === 'bold' ? import('./data/noto-sans-hebrew-bold').then((m) => m.NOTO_SANS_HEBREW_BOLD) : import('./data/noto-sans-hebrew').then((m) => m.NOTO_SANS_HEBREW)),
  },
  devanagari: {
    test: /\p{Script=Devanagari}/u,
    load: (style) => (style === 'bold' ? import('./data/noto-sans-devanagari-bold').then((m) => m.NOTO_SANS_DEVANAGARI_BOLD) : import('./data/noto-sans-devanagari').then((m) => m.NOTO_SANS_DEVANAGARI)),
  },
  cjk: {
    test: /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u,
    load: () => import('./data/noto-sans-cjk').then((m) => m.NOTO_SANS_CJK),
  },
};

/** The names of the bundled script faces. */
export type ScriptName = 'arabic' | 'hebrew' | 'devanagari' | 'cjk';

/** Any character of a bundled script, to skip the per-script tests for Latin text. */
const ANY_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** The bundled scripts a text needs, in fallback order. */
export function scriptsIn(text: string): ScriptName[] {
  if (!ANY_SCRIPT.test(text)) return [];
  return (Object.keys(SCRIPT_FACES) as ScriptName[]).filter((name) => SCRIPT_FACES[name]!.test.test(text));
}

const cache = new Map<string, Promise<Typeface>>();

/** The face of a bundled script in a style, imported, decompressed and parsed on first use. */
export function loadScriptFace(name: ScriptName, style: FaceStyle): Promise<Typeface> {
  const key = `${name}/${style}`;
  let face = cache.get(key);
  if (face === undefined) {
    face = SCRIPT_FACES[name]!.load(style).then((base64) => typefaceOf(readTrueTypeFont(pako.inflate(decodeBase64(base64)))));
    face.catch(() => cache.delete(key)); // a failed chunk load may be retried
    cache.set(key, face);
  }
  return face;
}
