// How an institution brands its documents, and the checks on what it gives.

import type { ErrorIssue, LocalizedText } from '@honoraria/core';
import type { Rgb } from '../layout/theme';
import { isWellFormedJpeg, isWellFormedPng, MAX_LOGO_SIDE } from './image-check';

/** An institution's marks on every page. */
export interface Branding {
  /** The institution's name, at the top of every page and as the PDF author. */
  readonly institution: string | LocalizedText;
  /** A line under the name, such as a department or an address. */
  readonly tagline?: string | LocalizedText;
  /** A logo, PNG or JPEG bytes; shown at the top left, scaled into 140 × 34 points. */
  readonly logo?: Uint8Array;
  /** Accent colour for headings, rules and table headers, as `#rrggbb`; a deep blue by default. */
  readonly accentColor?: string;
}

/** The kind of image a logo is, or `undefined` when it is not a whole PNG or JPEG file. */
export function imageKindOf(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (isWellFormedPng(bytes)) return 'png';
  if (isWellFormedJpeg(bytes)) return 'jpeg';
  return undefined;
}

/** Reads `#rrggbb` (or `#rgb`) into a colour, or `undefined` when it is not one. */
export function parseHexColor(text: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (match === null) return undefined;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const channel = (i: number): number => Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: channel(0), g: channel(2), b: channel(4) };
}

function isText(value: unknown): value is string | LocalizedText {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as LocalizedText).fr === 'string' && typeof (value as LocalizedText).en === 'string';
}

/** The problems with a branding, each with its path (empty when it is valid). */
export function brandingIssues(branding: Branding): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (!isText(branding.institution)) {
    issues.push({
      path: ['branding', 'institution'],
      code: 'invalid_type',
      message: { fr: 'Le nom de l’établissement doit être un texte.', en: 'The institution name must be text.' },
    });
  }
  if (branding.tagline !== undefined && !isText(branding.tagline)) {
    issues.push({
      path: ['branding', 'tagline'],
      code: 'invalid_type',
      message: { fr: 'La ligne sous le nom doit être un texte.', en: 'The tagline must be text.' },
    });
  }
  if (branding.accentColor !== undefined && parseHexColor(branding.accentColor) === undefined) {
    issues.push({
      path: ['branding', 'accentColor'],
      code: 'invalid_color',
      message: { fr: 'La couleur doit s’écrire #rrggbb.', en: 'The colour must be written #rrggbb.' },
    });
  }
  if (branding.logo !== undefined && (!(branding.logo instanceof Uint8Array) || imageKindOf(branding.logo) === undefined)) {
    issues.push({
      path: ['branding', 'logo'],
      code: 'invalid_image',
      message: {
        fr: `Le logo doit être une image PNG ou JPEG complète, d’au plus ${MAX_LOGO_SIDE} pixels de côté.`,
        en: `The logo must be a whole PNG or JPEG image, at most ${MAX_LOGO_SIDE} pixels a side.`,
      },
    });
  }
  return issues;
}

/** A text in a page's language: `both` joins French and English when they differ. */
export function textIn(text: string | LocalizedText, lang: 'fr' | 'en' | 'both'): string {
  if (typeof text === 'string') return text;
  if (lang === 'both') return text.fr === text.en ? text.fr : `${text.fr} / ${text.en}`;
  return text[lang];
}
