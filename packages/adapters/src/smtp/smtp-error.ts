import { HonorariaError } from '@honoraria/core';
import type { LocalizedText } from '@honoraria/core';

/**
 * Why a notification could not be handed to the SMTP server, as `details.reason` of the
 * `notifier_failure` error:
 * - `unreachable`: no connection (server down, refused, DNS, dropped);
 * - `timeout`: the server did not answer in time;
 * - `auth`: the server refused the credentials;
 * - `tls`: the encrypted connection failed;
 * - `rejected`: the server answered with a 4xx or 5xx code (see `details.smtpCode` and `details.permanent`);
 * - `closed`: the notifier was closed;
 * - `unknown`: anything else.
 */
export type SmtpFailureReason = 'unreachable' | 'timeout' | 'auth' | 'tls' | 'rejected' | 'closed' | 'unknown';

/** The fields of a nodemailer error this adapter reads; none of them is ever copied as text. */
interface NodemailerLikeError {
  readonly code?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
  readonly command?: unknown;
  readonly permanent?: unknown;
  readonly originalCode?: unknown;
}

/** Node's certificate and TLS error codes, which nodemailer reports as `ESOCKET` with `originalCode`. */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|ALTNAME|HANDSHAKE/;

const BY_CODE: Readonly<Record<string, SmtpFailureReason>> = {
  ECONNECTION: 'unreachable',
  ESOCKET: 'unreachable',
  EDNS: 'unreachable',
  EPROXY: 'unreachable',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ENOTFOUND: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ETIMEDOUT: 'timeout',
  EAUTH: 'auth',
  ENOAUTH: 'auth',
  EOAUTH2: 'auth',
  ETLS: 'tls',
  EREQUIRETLS: 'tls',
};

function messageOf(reason: SmtpFailureReason, smtpCode: number | undefined, permanent: boolean): LocalizedText {
  switch (reason) {
    case 'unreachable':
      return { fr: 'Le serveur de courriel (SMTP) est injoignable.', en: 'The email (SMTP) server cannot be reached.' };
    case 'timeout':
      return { fr: 'Le serveur de courriel (SMTP) n’a pas répondu à temps.', en: 'The email (SMTP) server did not answer in time.' };
    case 'auth':
      return { fr: 'Le serveur de courriel (SMTP) a refusé l’authentification.', en: 'The email (SMTP) server refused the authentication.' };
    case 'tls':
      return { fr: 'La connexion chiffrée (TLS) au serveur de courriel a échoué.', en: 'The encrypted (TLS) connection to the email server failed.' };
    case 'rejected':
      return permanent
        ? { fr: `Le serveur de courriel a refusé le message (code ${smtpCode}).`, en: `The email server refused the message (code ${smtpCode}).` }
        : { fr: `Le serveur de courriel a refusé le message pour l’instant (code ${smtpCode}).`, en: `The email server refused the message for now (code ${smtpCode}).` };
    case 'closed':
      return { fr: 'Le notificateur de courriel est fermé.', en: 'The email notifier is closed.' };
    case 'unknown':
      return { fr: 'La notification n’a pas pu être envoyée par courriel.', en: 'The notification could not be sent by email.' };
  }
}

/**
 * Turns whatever a transport threw into a `notifier_failure` error the outbox dispatcher can act
 * on. Its message and details never hold an address, a name or the server's reply text (which
 * often repeats the address): only the reason, the SMTP code, the RFC 3463 enhanced status, the
 * SMTP command, nodemailer's and the system's error codes and whether the refusal is permanent (a 5xx reply other
 * than 503: sending the same message again will fail again). The original error is not attached.
 */
export function toNotifierFailure(error: unknown, notificationId: string | undefined): HonorariaError {
  const e: NodemailerLikeError = typeof error === 'object' && error !== null ? (error as NodemailerLikeError) : {};
  const errorCode = typeof e.code === 'string' && /^[A-Z][A-Z0-9_]{1,30}$/.test(e.code) ? e.code : undefined;
  const originalCode =
    typeof e.originalCode === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(e.originalCode) ? e.originalCode : undefined;
  const smtpCode =
    typeof e.responseCode === 'number' && Number.isInteger(e.responseCode) && e.responseCode >= 200 && e.responseCode <= 599
      ? e.responseCode
      : undefined;
  const byCode =
    originalCode !== undefined && TLS_CODE.test(originalCode) ? 'tls' : errorCode === undefined ? undefined : BY_CODE[errorCode];
  const reason: SmtpFailureReason =
    byCode === 'auth' || byCode === 'tls' ? byCode : smtpCode !== undefined && smtpCode >= 400 ? 'rejected' : (byCode ?? 'unknown');
  const permanent =
    reason === 'rejected' &&
    (typeof e.permanent === 'boolean' ? e.permanent : smtpCode !== undefined && smtpCode >= 500 && smtpCode !== 503);
  const enhanced = typeof e.response === 'string' ? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(e.response)?.[1] : undefined;
  const command = typeof e.command === 'string' && /^[A-Z][A-Z0-9 -]{1,30}$/.test(e.command) ? e.command : undefined;
  return new HonorariaError('notifier_failure', {
    message: messageOf(reason, smtpCode, permanent),
    details: {
      ...(notificationId === undefined ? {} : { notificationId }),
      reason,
      permanent,
      ...(smtpCode === undefined ? {} : { smtpCode }),
      ...(enhanced === undefined ? {} : { enhancedStatus: enhanced }),
      ...(command === undefined ? {} : { command }),
      ...(errorCode === undefined ? {} : { errorCode }),
      ...(originalCode === undefined ? {} : { originalCode }),
    },
  });
}

/** The error a closed notifier throws. */
export function closedNotifierFailure(notificationId: string | undefined): HonorariaError {
  return new HonorariaError('notifier_failure', {
    message: messageOf('closed', undefined, false),
    details: { ...(notificationId === undefined ? {} : { notificationId }), reason: 'closed', permanent: false },
  });
}
