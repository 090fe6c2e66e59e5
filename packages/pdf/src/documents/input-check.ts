// Checks what a document function is given before anything is drawn: the entities against core's
// schemas (defaults applied), the framework's shape, and the institution's branding extras. Every
// problem is one issue with its path; nothing is echoed back from the input.

import type { ErrorIssue, Framework, LocalizedText } from '@honoraria/core';
import { HonorariaError } from '@honoraria/core';
import type { DocumentOptions } from './document-options';
import { documentMessages } from './messages/document-messages';

type Parsed<T> = { success: true; data: T } | { success: false; issues: ErrorIssue[] };

/** Collects the problems of a document's input, then throws them all at once. */
export class InputCheck {
  private readonly issues: ErrorIssue[] = [];

  /** The parsed value of a `safeParseLocalized` result, or `undefined` after recording its issues. */
  take<T>(result: Parsed<T>): T | undefined {
    if (result.success) return result.data;
    this.issues.push(...result.issues);
    return undefined;
  }

  /** Records a problem. */
  fail(path: readonly (string | number)[], code: string, message: LocalizedText): void {
    this.issues.push({ path, code, message });
  }

  /** Throws `validation_failed` with every problem recorded, if any. */
  done(): void {
    if (this.issues.length > 0) throw new HonorariaError('validation_failed', { issues: this.issues });
  }
}

const isText = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as LocalizedText).fr === 'string' && typeof (value as LocalizedText).en === 'string');

/** Checks that a framework is one `defineFramework` returned (the parts documents read). */
export function checkFramework(check: InputCheck, framework: Framework | undefined): void {
  const ok =
    typeof framework === 'object' &&
    framework !== null &&
    isText(framework.organization?.name) &&
    typeof framework.timeZone === 'string' &&
    Array.isArray(framework.activityCategories) &&
    Array.isArray(framework.tax?.rules);
  if (!ok) {
    check.fail(['framework'], 'invalid_type', {
      fr: 'Un cadre validé par defineFramework est attendu.',
      en: 'A framework validated by defineFramework is expected.',
    });
  }
}

/** Checks the document-only options: names, and branding's contact, signatory and wording (the engine checks the rest). */
export function checkDocumentOptions(check: InputCheck, options: DocumentOptions): void {
  if (typeof options?.clock?.now !== 'function') check.fail(['clock'], 'invalid_type', { fr: 'Une horloge est requise.', en: 'A clock is required.' });
  const names = options.names;
  if (names !== undefined && (typeof names !== 'object' || names === null || Object.values(names).some((name) => typeof name !== 'string'))) {
    check.fail(['names'], 'invalid_type', { fr: 'Les noms sont des textes, par identifiant.', en: 'Names are texts, by id.' });
  }
  const branding = options.branding;
  if (branding === undefined) return;
  if (branding.contact !== undefined && !isText(branding.contact)) {
    check.fail(['branding', 'contact'], 'invalid_type', { fr: 'Les coordonnées doivent être un texte.', en: 'The contact line must be text.' });
  }
  const signatory = branding.signatory;
  if (signatory !== undefined && (typeof signatory?.name !== 'string' || signatory.name.trim() === '' || (signatory.title !== undefined && !isText(signatory.title)))) {
    check.fail(['branding', 'signatory'], 'invalid_type', {
      fr: 'Le signataire a un nom et, au besoin, un titre.',
      en: 'The signatory has a name and, if needed, a title.',
    });
  }
  for (const lang of ['fr', 'en'] as const) {
    const own = branding.wording?.[lang] as Readonly<Record<string, unknown>> | undefined;
    if (own === undefined) continue;
    for (const [key, value] of Object.entries(own)) {
      if (!Object.hasOwn(documentMessages.fr, key)) {
        check.fail(['branding', 'wording', lang, key], 'unknown_key', { fr: 'Cette clé de texte n’existe pas.', en: 'This text key does not exist.' });
      } else if (typeof value !== 'string' || value.trim() === '') {
        check.fail(['branding', 'wording', lang, key], 'invalid_type', { fr: 'Un texte non vide est attendu.', en: 'A non-empty text is expected.' });
      }
    }
  }
}
