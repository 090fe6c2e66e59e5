// @honoraria/adapters/smtp: the SMTP notifier, on nodemailer (an optional peer dependency).
export { createSmtpNotifier } from './smtp-notifier';
export type { SmtpNotifier } from './smtp-notifier';
export type { SmtpAddress, SmtpConnectionOptions, SmtpMailMessage, SmtpNotifierOptions, SmtpTransporter } from './smtp-options';
export { composeSmtpMessage } from './smtp-message';
export type { SmtpComposeSettings } from './smtp-message';
export { smtpMessageId } from './message-id';
export type { SmtpFailureReason } from './smtp-error';
