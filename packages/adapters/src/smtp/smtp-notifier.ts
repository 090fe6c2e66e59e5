import { HonorariaError } from '@honoraria/core';
import type { ErrorIssue, Notifier, NotifierReceipt, OutgoingNotification } from '@honoraria/core';
import { createTransport } from 'nodemailer';
import type { SMTPPoolOptions } from 'nodemailer';
import { normalizeMessageIdDomain } from './message-id';
import { closedNotifierFailure, toNotifierFailure } from './smtp-error';
import { checkExtraHeaders, composeSmtpMessage, toSmtpAddress } from './smtp-message';
import type { SmtpComposeSettings } from './smtp-message';
import type { SmtpAddress, SmtpConnectionOptions, SmtpNotifierOptions, SmtpTransporter } from './smtp-options';

/** A {@link Notifier} that sends email over SMTP, with a way to check the settings and to release connections. */
export interface SmtpNotifier extends Notifier {
  /**
   * Sends one notification as an email in its recipient's language. The receipt's `providerId`
   * is the message's stable Message-ID, `<{outbox id}@{domain}>`.
   *
   * @throws HonorariaError `notifier_failure` when the server is down, refuses the credentials or
   *   the message (`details.reason`, `details.smtpCode`, `details.permanent`); the dispatcher retries.
   * @throws HonorariaError `validation_failed` when the recipient is not one plain email address.
   */
  send(notification: OutgoingNotification): Promise<NotifierReceipt>;
  /**
   * Connects and authenticates without sending, to check the settings at start-up.
   * Resolves without checking anything when a `transport` you passed has no `verify()`.
   *
   * @throws HonorariaError `notifier_failure`, as `send` does.
   */
  verify(): Promise<void>;
  /**
   * Stops sending and releases the pooled connections of the transport the notifier created (a
   * `transport` you passed stays open). Later calls to `send` throw `notifier_failure` (`closed`).
   */
  close(): Promise<void>;
}

function invalidOption(path: string, code: string, fr: string, en: string): ErrorIssue {
  return { path: [path], code, message: { fr, en } };
}

/**
 * The notifier's timeouts when `smtp` leaves them out, in milliseconds: nodemailer's own (2 min
 * to connect, 30 s for the greeting, 10 min of silence) would hold a dispatcher far too long.
 */
const DEFAULT_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 } as const;
/** The longest timeout accepted: 10 minutes, what RFC 5321 allows a server after DATA. */
const MAX_TIMEOUT = 600_000;

function timeoutIssues(smtp: SmtpConnectionOptions): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const name of Object.keys(DEFAULT_TIMEOUTS) as (keyof typeof DEFAULT_TIMEOUTS)[]) {
    const value = smtp[name];
    if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= MAX_TIMEOUT)) continue;
    issues.push({
      path: ['smtp', name],
      code: 'invalid_timeout',
      message: {
        fr: 'Un délai d’attente est un nombre entier de millisecondes, de 1 à 600 000 (10 minutes).',
        en: 'A timeout is a whole number of milliseconds, from 1 to 600,000 (10 minutes).',
      },
    });
  }
  return issues;
}

function toTransportConfig(smtp: SmtpConnectionOptions): SMTPPoolOptions & { pool: true } {
  const { tls, pool, auth, ...rest } = smtp;
  // The pooled and the single-connection transports take the same options; `pool` picks one.
  return {
    ...DEFAULT_TIMEOUTS,
    ...rest,
    ...(auth === undefined ? {} : { auth: { user: auth.user, pass: auth.pass } }),
    ...(tls === undefined ? {} : { tls: { ...tls, ca: typeof tls.ca === 'string' || tls.ca === undefined ? tls.ca : [...tls.ca] } }),
    pool: (pool ?? true) as true,
  };
}

function settle(options: SmtpNotifierOptions): SmtpComposeSettings {
  const issues: ErrorIssue[] = [];
  if ((options.smtp === undefined) === (options.transport === undefined)) {
    issues.push(
      invalidOption('smtp', 'transport_choice', 'Indiquez soit smtp, soit transport (l’un des deux).', 'Give either smtp or transport (one of the two).'),
    );
  }
  if (options.smtp !== undefined && (typeof options.smtp.host !== 'string' || options.smtp.host.trim() === '')) {
    issues.push(invalidOption('smtp', 'missing_host', 'Indiquez l’hôte du serveur SMTP.', 'Give the SMTP server’s host.'));
  }
  if (options.smtp !== undefined) issues.push(...timeoutIssues(options.smtp));
  const from = options.from === undefined ? undefined : toSmtpAddress(options.from);
  if (from === undefined) {
    issues.push(invalidOption('from', 'invalid_email', 'L’expéditeur doit être une adresse courriel valide.', 'The sender must be a valid email address.'));
  }
  const replyTo = options.replyTo === undefined ? undefined : toSmtpAddress(options.replyTo);
  if (options.replyTo !== undefined && replyTo === undefined) {
    issues.push(
      invalidOption('replyTo', 'invalid_email', 'L’adresse de réponse doit être une adresse courriel valide.', 'The reply-to address must be a valid email address.'),
    );
  }
  if (options.headers !== undefined) issues.push(...checkExtraHeaders(options.headers));
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
  const sender = from as SmtpAddress;
  const domain = options.messageIdDomain ?? sender.email.slice(sender.email.lastIndexOf('@') + 1);
  return {
    from: sender,
    ...(replyTo === undefined ? {} : { replyTo }),
    messageIdDomain: normalizeMessageIdDomain(domain),
    ...(options.headers === undefined ? {} : { headers: { ...options.headers } }),
    html: options.html === true,
    ...(options.footer === undefined ? {} : { footer: options.footer }),
  };
}

/**
 * Creates a notifier that sends each outbox notification as an email through an SMTP server,
 * with nodemailer (an optional peer dependency: install `nodemailer` to use this entry point).
 *
 * Each message is written in its recipient's language (`Content-Language: fr-CA` or `en-CA`),
 * with the notification's subject, a plain-text body listing its links, optionally an HTML
 * alternative built only from escaped values, and a stable `Message-ID` made from the outbox
 * entry id, so a receiving system can recognize a duplicate.
 *
 * @example
 * ```ts
 * import { createSmtpNotifier } from '@honoraria/adapters/smtp';
 *
 * const notifier = createSmtpNotifier({
 *   smtp: { host: 'smtp.cisss.example', port: 587, auth: { user: 'honoraria', pass: process.env.SMTP_PASS ?? '' } },
 *   from: { email: 'partenariat@cisss.example', name: { fr: 'Partenariat patient', en: 'Patient Partnership' } },
 * });
 * await notifier.verify();
 * // … createHonoraria({ …, notifier }); on shutdown:
 * await notifier.close();
 * ```
 *
 * @throws HonorariaError `validation_failed` when the options are not valid (both or neither of
 *   `smtp` and `transport`, a sender that is not an email address, a reserved or malformed header).
 */
export function createSmtpNotifier(options: SmtpNotifierOptions): SmtpNotifier {
  const settings = settle(options);
  const owned = options.transport === undefined;
  const transport: SmtpTransporter = options.transport ?? createTransport(toTransportConfig(options.smtp as SmtpConnectionOptions));
  let closed = false;
  return {
    async send(notification) {
      if (closed) throw closedNotifierFailure(notification?.id);
      const message = composeSmtpMessage(notification, settings);
      try {
        const info = await transport.sendMail(message);
        return { providerId: typeof info?.messageId === 'string' && info.messageId !== '' ? info.messageId : message.messageId };
      } catch (error) {
        throw toNotifierFailure(error, notification.id);
      }
    },
    async verify() {
      if (closed) throw closedNotifierFailure(undefined);
      try {
        await transport.verify?.();
      } catch (error) {
        throw toNotifierFailure(error, undefined);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (owned) transport.close?.();
    },
  };
}
