import type { LocalizedText } from '@honoraria/core';

/**
 * An email address with an optional display name. The name may differ by language, such as
 * `{ fr: 'Partenariat patient', en: 'Patient Partnership' }`: each message uses the name in its
 * recipient's language.
 */
export interface SmtpAddress {
  readonly email: string;
  readonly name?: string | LocalizedText;
}

/** Where and how to reach the SMTP server, when the notifier creates its own nodemailer transport. */
export interface SmtpConnectionOptions {
  /** The server's host name or IP address. */
  readonly host: string;
  /** The port: 587 (submission, STARTTLS) by default when `secure` is false, 465 when it is true. */
  readonly port?: number;
  /** `true` for TLS from the first byte (port 465); `false` (default) upgrades with STARTTLS when the server offers it. */
  readonly secure?: boolean;
  /** Refuse to send unless the connection is upgraded with STARTTLS. */
  readonly requireTLS?: boolean;
  /** Never upgrade with STARTTLS, even when offered (only for a server on a trusted local network). */
  readonly ignoreTLS?: boolean;
  /** Credentials for SMTP AUTH (PLAIN or LOGIN, whichever the server offers). */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** TLS settings, such as a private certificate authority. */
  readonly tls?: {
    /** Reject a certificate that does not chain to a trusted authority; `true` by default. Never turn it off in production. */
    readonly rejectUnauthorized?: boolean;
    /** Extra trusted certificate authorities, in PEM. */
    readonly ca?: string | readonly string[];
    /** The name to check the certificate against, when it differs from `host`. */
    readonly servername?: string;
    /** The lowest TLS version to accept. */
    readonly minVersion?: 'TLSv1.2' | 'TLSv1.3';
  };
  /** Keep connections open and reuse them (default `true`); `close()` releases them. */
  readonly pool?: boolean;
  /** The most connections the pool opens at once (default 5). */
  readonly maxConnections?: number;
  /** How many messages one pooled connection sends before it is replaced (default 100). */
  readonly maxMessages?: number;
  /** Milliseconds to wait for the TCP (and TLS) connection to open (default 10,000; 1 to 600,000). */
  readonly connectionTimeout?: number;
  /** Milliseconds to wait for the server's `220` greeting once connected (default 10,000; 1 to 600,000). */
  readonly greetingTimeout?: number;
  /**
   * Milliseconds of silence after which a connection is dropped, at any step, including the
   * wait for the server's answer after DATA (default 60,000; 1 to 600,000). A send that times
   * out fails with `notifier_failure`, reason `timeout`, and the outbox retries it later.
   */
  readonly socketTimeout?: number;
  /** The host name this client announces in EHLO; the machine's name by default. */
  readonly name?: string;
}

/**
 * The message the notifier hands to its transport: the fields of a nodemailer message it uses.
 * Every value is already checked and encoded-safe; nodemailer does the MIME encoding.
 */
export interface SmtpMailMessage {
  readonly from: { readonly name: string; readonly address: string };
  readonly to: { readonly name: string; readonly address: string };
  readonly replyTo?: { readonly name: string; readonly address: string };
  readonly subject: string;
  /** The stable Message-ID, with its angle brackets: `<out_0001@example.org>`. */
  readonly messageId: string;
  /** The plain-text body, links listed at the end. */
  readonly text: string;
  /** The HTML alternative, built only from escaped values; absent unless `html` is on. */
  readonly html?: string;
  /** Extra headers: `Content-Language`, `Auto-Submitted`… and the `headers` option's own. */
  readonly headers: Readonly<Record<string, string>>;
  /** Leave out nodemailer's `X-Mailer` header. */
  readonly xMailer: false;
  /** Never read content from files or URLs: every part is a string built here. */
  readonly disableFileAccess: true;
  readonly disableUrlAccess: true;
}

/** What the notifier needs from a transport: nodemailer's `createTransport()` result fits. */
export interface SmtpTransporter {
  /** Hands one message over; resolves once the server accepted it. */
  sendMail(message: SmtpMailMessage): Promise<{ readonly messageId?: string }>;
  /** Connects and authenticates without sending, to check the settings. */
  verify?(): Promise<unknown>;
  /** Releases pooled connections. */
  close?(): void;
}

/** Options of {@link createSmtpNotifier}: either `smtp` (the notifier owns the transport) or `transport` (you do). */
export interface SmtpNotifierOptions {
  /** The server to connect to; the notifier creates a nodemailer transport and `close()` closes it. */
  readonly smtp?: SmtpConnectionOptions;
  /**
   * A transport you created, such as `nodemailer.createTransport({ … })`, for settings this
   * adapter does not list (OAuth2, a proxy, DKIM, another nodemailer transport). You own it:
   * `close()` leaves it open.
   */
  readonly transport?: SmtpTransporter;
  /** The sender, such as `{ email: 'partenariat@cisss.example', name: { fr: 'Partenariat patient', en: 'Patient Partnership' } }`. */
  readonly from: SmtpAddress | string;
  /** Where replies go, when not to `from`. */
  readonly replyTo?: SmtpAddress | string;
  /** Extra headers on every message, such as `{ 'X-Institution': 'CISSS-07' }`. The headers the notifier sets itself are refused here. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The domain of each Message-ID (`<{outbox id}@{domain}>`); the sender's domain by default. */
  readonly messageIdDomain?: string;
  /** Add an HTML alternative built only from escaped values (default `false`: plain text only). */
  readonly html?: boolean;
  /** A closing line in both languages, such as "This message was sent automatically; please do not reply." */
  readonly footer?: LocalizedText;
}
