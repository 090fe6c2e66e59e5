import type { LocalizedText } from '../i18n/lang';

/**
 * Every stable error code Honoraria raises at its public edge, with its default message in
 * French and English and the HTTP status the fetch handler maps it to. Codes never change
 * meaning once published; new situations get new codes.
 */
export const ERROR_CODES = {
  validation_failed: {
    status: 422,
    fr: 'Les données fournies ne sont pas valides.',
    en: 'The data provided is not valid.',
  },
  invalid_framework: {
    status: 422,
    fr: 'La configuration du cadre n’est pas valide.',
    en: 'The framework configuration is not valid.',
  },
  not_found: { status: 404, fr: 'Élément introuvable.', en: 'Not found.' },
  unauthenticated: { status: 401, fr: 'Authentification requise.', en: 'Authentication required.' },
  forbidden: {
    status: 403,
    fr: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
    en: 'You are not allowed to perform this action.',
  },
  conflict: {
    status: 409,
    fr: 'L’élément a été modifié entre-temps. Rechargez-le et réessayez.',
    en: 'The item was changed in the meantime. Reload it and try again.',
  },
  invalid_transition: {
    status: 409,
    fr: 'Cette action n’est pas possible dans l’état actuel.',
    en: 'This action is not possible in the current state.',
  },
  idempotency_mismatch: {
    status: 422,
    fr: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
    en: 'This idempotency key was already used for a different request.',
  },
  rule_violation: {
    status: 422,
    fr: 'Cette action enfreint une règle du cadre.',
    en: 'This action breaks a rule of the framework.',
  },
  storage_failure: {
    status: 503,
    fr: 'Le stockage est indisponible. Réessayez plus tard.',
    en: 'Storage is unavailable. Try again later.',
  },
  notifier_failure: {
    status: 502,
    fr: 'La notification n’a pas pu être envoyée.',
    en: 'The notification could not be sent.',
  },
  document_failure: {
    status: 500,
    fr: 'Le document n’a pas pu être produit.',
    en: 'The document could not be produced.',
  },
  payload_too_large: {
    status: 413,
    fr: 'La requête est trop volumineuse.',
    en: 'The request is too large.',
  },
  unsupported_media_type: {
    status: 415,
    fr: 'Le type de contenu doit être application/json.',
    en: 'The content type must be application/json.',
  },
  // --- HTTP (fetch handler and REST client) ---
  bad_request: {
    status: 400,
    fr: 'La requête est mal formée.',
    en: 'The request is malformed.',
  },
  method_not_allowed: {
    status: 405,
    fr: 'Cette méthode HTTP n’est pas permise ici.',
    en: 'This HTTP method is not allowed here.',
  },
  network_failure: {
    status: 503,
    fr: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    en: 'The server could not be reached. Check your connection and try again.',
  },
  bad_response: {
    status: 502,
    fr: 'Le serveur a renvoyé une réponse inattendue.',
    en: 'The server sent an unexpected response.',
  },
  internal: {
    status: 500,
    fr: 'Une erreur interne est survenue.',
    en: 'An internal error occurred.',
  },
} as const satisfies Record<string, LocalizedText & { status: number }>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The HTTP status an error code maps to. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}
