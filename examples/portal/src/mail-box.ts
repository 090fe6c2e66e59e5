// The portal's mail: a real SMTP server (`smtp-server`) on loopback inside the process, which
// keeps every message it accepts, parsed with `mailparser`, for the mail viewer at /mail.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the mail box received. */
export interface StoredMail {
  readonly id: number;
  readonly receivedAt: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  /** The HTML alternative, as sent (shown only in a sandboxed frame). */
  readonly html: string | null;
  /** The http(s) links of the plain-text body, in order. */
  readonly links: readonly string[];
}

/** The running mail box. */
export interface MailBox {
  readonly port: number;
  /** Every message, newest first; only those to `recipient` when given. */
  list(recipient?: string): readonly StoredMail[];
  get(id: number): StoredMail | undefined;
  close(): Promise<void>;
}

/** The http(s) URLs of a text. */
export function linksOf(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0]);
}

/** Starts the SMTP server on 127.0.0.1 (a free port unless `port` is given). */
export async function startMailBox(options: { readonly port?: number; readonly keep?: number } = {}): Promise<MailBox> {
  const mails: StoredMail[] = [];
  const keep = options.keep ?? 500;
  let next = 1;
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    closeTimeout: 500,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? '';
          mails.unshift({
            id: next++,
            receivedAt: new Date().toISOString(),
            from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            html: typeof parsed.html === 'string' ? parsed.html : null,
            links: linksOf(text),
          });
          if (mails.length > keep) mails.length = keep;
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  return {
    port,
    list: (recipient) => (recipient === undefined ? mails : mails.filter((m) => m.to.includes(recipient.toLowerCase()))),
    get: (id) => mails.find((m) => m.id === id),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
