import { HonorariaError } from '../errors/honoraria-error';
import type { ErrorIssue } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';

/** The problems storage input can have, each with its message in French and English. */
const ISSUES = {
  required: { fr: 'Valeur requise.', en: 'A value is required.' },
  not_string: { fr: 'Une chaîne de caractères est attendue.', en: 'A string is expected.' },
  empty: { fr: 'La valeur ne peut pas être vide.', en: 'The value cannot be empty.' },
  too_long: { fr: 'La valeur est trop longue.', en: 'The value is too long.' },
  nul_character: {
    fr: 'Le caractère U+0000 n’est pas permis (PostgreSQL ne peut pas le stocker).',
    en: 'The U+0000 character is not allowed (PostgreSQL cannot store it).',
  },
  lone_surrogate: {
    fr: 'Texte Unicode mal formé : demi-paire de substitution isolée.',
    en: 'Malformed Unicode text: lone surrogate.',
  },
  not_json: {
    fr: 'Valeur non représentable en JSON (fonction, date, classe, undefined…).',
    en: 'Value cannot be represented as JSON (function, date, class instance, undefined…).',
  },
  not_finite: { fr: 'Le nombre doit être fini.', en: 'The number must be finite.' },
  too_deep: { fr: 'Le document est imbriqué trop profondément.', en: 'The document is nested too deeply.' },
  not_integer: { fr: 'Un entier est attendu.', en: 'An integer is expected.' },
  out_of_range: { fr: 'La valeur est hors limites.', en: 'The value is out of range.' },
  invalid_instant: {
    fr: 'Un instant ISO 8601 en UTC est attendu, par exemple 2026-03-01T17:00:00.000Z.',
    en: 'An ISO 8601 instant in UTC is expected, such as 2026-03-01T17:00:00.000Z.',
  },
  invalid_cursor: { fr: 'Curseur de pagination invalide.', en: 'Invalid pagination cursor.' },
  unknown_field: { fr: 'Champ inconnu.', en: 'Unknown field.' },
  too_many: { fr: 'Trop de valeurs.', en: 'Too many values.' },
  invalid_choice: { fr: 'Valeur non permise.', en: 'Value not allowed.' },
  not_bytes: { fr: 'Un Uint8Array est attendu.', en: 'A Uint8Array is expected.' },
  too_big: { fr: 'Le contenu est trop volumineux.', en: 'The content is too large.' },
  invalid_content_type: { fr: 'Type de contenu invalide.', en: 'Invalid content type.' },
  sequence_gap: {
    fr: 'Numéro de séquence d’audit non consécutif : il doit suivre le dernier événement du sujet.',
    en: 'Audit sequence number out of order: it must follow the subject’s last event.',
  },
} as const satisfies Record<string, LocalizedText>;

/** The code of a storage input problem. */
export type StorageIssueCode = keyof typeof ISSUES;

/** A path into a storage input, such as `['data', 'entries', 3]`. */
export type StoragePath = readonly (string | number)[];

/** The `validation_failed` error for one problem of a storage input. Nothing is written. */
export function invalidStorageInput(path: StoragePath, code: StorageIssueCode): HonorariaError {
  const issue: ErrorIssue = { path: [...path], code, message: ISSUES[code] };
  return new HonorariaError('validation_failed', { issues: [issue], details: { path: path.join('.') } });
}

/** Why a storage write conflicts, as `details.reason` of the error. */
export type ConflictReason =
  | 'version_mismatch'
  | 'record_exists'
  | 'record_missing'
  | 'audit_sequence_taken'
  | 'audit_id_taken'
  | 'blob_exists'
  | 'idempotency_key_taken'
  | 'concurrent_transaction'
  | 'unique_key_taken';

/**
 * The `conflict` error of a storage write: what changed in the meantime. Details carry ids and
 * versions only, never data.
 */
export function storageConflict(
  reason: ConflictReason,
  details: Readonly<Record<string, string | number | boolean | null>> = {},
  cause?: unknown,
): HonorariaError {
  return new HonorariaError('conflict', { details: { reason, ...details }, cause });
}

/** The error of a call on a transaction that has already committed or rolled back. */
export function transactionEnded(): HonorariaError {
  return new HonorariaError('internal', {
    message: {
      fr: 'Cette transaction est terminée : utilisez-la seulement pendant l’exécution de sa fonction.',
      en: 'This transaction has ended: use it only while its function runs.',
    },
    details: { reason: 'transaction_ended' },
  });
}

/** The error of a call on a storage adapter after `close()`. */
export function storageClosed(): HonorariaError {
  return new HonorariaError('storage_failure', {
    message: { fr: 'Le stockage est fermé.', en: 'The storage is closed.' },
    details: { reason: 'closed' },
  });
}
