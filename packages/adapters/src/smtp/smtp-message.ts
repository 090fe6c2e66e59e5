import { HonorariaError, localeOf, singleLineText } from '@honoraria/core';
import type { ErrorIssue, Lang, LocalizedText, OutgoingNotification } from '@honoraria/core';
import { smtpMessageId } from './message-id';
import { renderNotificationHtml } from './smtp-html';
import type { SmtpAddress, SmtpMailMessage } from './smtp-options';

/** What {@link composeSmtpMessage} needs besides the notification: the notifier's settled options. */
export interface SmtpComposeSettings {
  readonly from: SmtpAddress;
  readonly replyTo?: SmtpAddress;
  /** The domain of each Message-ID. */
  readonly messageIdDomain: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly html?: boolean;
  readonly footer?: LocalizedText;
}

/** Headers the notifier sets itself; the `headers` option may not set them. */
const RESERVED_HEADERS = new Set([
  'from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'subject', 'date', 'message-id', 'in-reply-to', 'references',
  'content-language', 'content-type', 'content-transfer-encoding', 'mime-version', 'auto-submitted',
  'x-auto-response-suppress', 'x-honoraria-template',
]);
/** RFC 5322 field name: printable ASCII except the colon. */
const HEADER_NAME = /^[!-9;-~]+$/;
/** One address, no display name, no list: nothing nodemailer could read as a second recipient. */
const EMAIL = /^[^\s@<>()[\]\\,;:"\p{Cc}]+@[^\s@<>()[\]\\,;:"\p{Cc}]+$/u;

/**
 * A single-line header text: control characters (CR, LF…) become spaces, so nothing can start a
 * new header, and bidirectional controls (U+202A–U+202E, U+2066–U+2069…) are removed, so a name
 * or a subject cannot display reordered. The notifier applies it to every header it writes, even
 * though core's outbox already does, since a notification may come from elsewhere.
 */
export function headerText(text: string): string {
  return singleLineText(text);
}

/** Whether a string is one plain email address (`name@domain`), without a display name. */
export function isPlainEmail(email: string): boolean {
  return email.length <= 320 && EMAIL.test(email);
}

/** Reads `"Name <email>"`, `"email"` or an {@link SmtpAddress} into an {@link SmtpAddress}; `undefined` if it is not one address. */
export function toSmtpAddress(value: SmtpAddress | string): SmtpAddress | undefined {
  if (typeof value !== 'string') return isPlainEmail(value.email) ? value : undefined;
  const match = /^\s*(?:"?([^"<>]*?)"?\s*)?<([^<>]+)>\s*$/.exec(value);
  const email = (match?.[2] ?? value).trim();
  const name = match?.[1]?.trim();
  if (!isPlainEmail(email)) return undefined;
  return name ? { email, name } : { email };
}

/** Issues with the `headers` option: a malformed name, a line break in a value, or a header the notifier sets. */
export function checkExtraHeaders(headers: Readonly<Record<string, string>>): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      issues.push({
        path: ['headers', name],
        code: 'invalid_header_name',
        message: {
          fr: 'Ce nom d’en-tête n’est pas valide ou il est réservé au notificateur.',
          en: 'This header name is not valid or is reserved for the notifier.',
        },
      });
    } else if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      issues.push({
        path: ['headers', name],
        code: 'invalid_header_value',
        message: {
          fr: 'La valeur d’un en-tête doit être du texte sur une seule ligne.',
          en: 'A header value must be text on a single line.',
        },
      });
    }
  }
  return issues;
}

function nameIn(address: SmtpAddress, lang: Lang): { name: string; address: string } {
  const name = address.name === undefined ? '' : typeof address.name === 'string' ? address.name : address.name[lang];
  return { name: headerText(name), address: address.email };
}

/**
 * The plain-text body: the notification's text, then each link as its label and its address on
 * the next line, then the footer after the `-- ` signature line.
 */
export function notificationText(notification: OutgoingNotification, footer?: string): string {
  const blocks = [notification.text.replace(/\r\n?/g, '\n').trimEnd()];
  for (const link of notification.links) blocks.push(`${headerText(link.label)}\n${headerText(link.url)}`);
  if (footer !== undefined) blocks.push(`-- \n${footer}`);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Builds the message for one notification: the recipient's language in `Content-Language` and
 * in every text, the subject, the plain-text body with its links, a stable Message-ID from the
 * outbox entry id, and the HTML alternative when asked (escaped values only).
 *
 * @throws HonorariaError `validation_failed` when the recipient is not one plain email address or
 *   the id is empty; the error names the field, never the address.
 */
export function composeSmtpMessage(notification: OutgoingNotification, settings: SmtpComposeSettings): SmtpMailMessage {
  const issues: ErrorIssue[] = [];
  if (typeof notification.to?.email !== 'string' || !isPlainEmail(notification.to.email)) {
    issues.push({
      path: ['to', 'email'],
      code: 'invalid_email',
      message: { fr: 'L’adresse du destinataire n’est pas une adresse courriel valide.', en: 'The recipient’s address is not a valid email address.' },
    });
  }
  if (typeof notification.id !== 'string' || notification.id.trim() === '') {
    issues.push({
      path: ['id'],
      code: 'missing_id',
      message: { fr: 'La notification n’a pas d’identifiant.', en: 'The notification has no id.' },
    });
  }
  if (issues.length > 0) {
    throw new HonorariaError('validation_failed', {
      issues,
      details: typeof notification.id === 'string' ? { notificationId: notification.id } : {},
    });
  }
  const lang = notification.lang === 'en' ? 'en' : 'fr';
  const locale = localeOf(lang);
  const subject = headerText(notification.subject);
  const footer = settings.footer?.[lang];
  const message: SmtpMailMessage = {
    from: nameIn(settings.from, lang),
    to: { name: headerText(notification.to.name ?? ''), address: notification.to.email },
    ...(settings.replyTo === undefined ? {} : { replyTo: nameIn(settings.replyTo, lang) }),
    subject,
    messageId: smtpMessageId(notification.id, settings.messageIdDomain),
    text: notificationText(notification, footer),
    ...(settings.html === true
      ? { html: renderNotificationHtml({ locale, subject, text: notification.text, links: notification.links, ...(footer === undefined ? {} : { footer }) }) }
      : {}),
    headers: {
      ...settings.headers,
      'Content-Language': locale,
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      'X-Honoraria-Template': notification.template.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100),
    },
    xMailer: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  return message;
}
