// A real SMTP server in the test process (the `smtp-server` package), which keeps every message it
// accepts, parsed with `mailparser`. It can stop and start again on the same port, to play an
// outage; the messages it received survive the restart, so a test can count duplicates.
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SmtpConnectionOptions } from '../../src/smtp/smtp-options';

/** A refusal the server answers with, such as `{ code: 550, message: '5.1.1 No such user' }`. */
export interface SmtpRefusal {
  readonly code: number;
  readonly message: string;
}

/** Options of {@link startSmtpTestServer}. */
export interface SmtpTestServerOptions {
  /** The port to listen on; a free one by default. */
  readonly port?: number;
  /** Require SMTP AUTH with these credentials (PLAIN or LOGIN, over plain TCP). */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Offer STARTTLS with smtp-server's built-in self-signed certificate (off by default). */
  readonly starttls?: boolean;
}

/** One message the server accepted. */
export interface ReceivedEmail {
  /** The SMTP envelope: MAIL FROM and the RCPT TO addresses. */
  readonly envelope: { readonly from: string; readonly to: readonly string[] };
  /** The authenticated user, when the client logged in. */
  readonly user: string | undefined;
  /** Whether the session was upgraded to TLS. */
  readonly secure: boolean;
  /** The message source, as received. */
  readonly raw: string;
  /** The message, parsed by mailparser. */
  readonly parsed: ParsedMail;
}

/** A running (or stopped) in-process SMTP server. */
export interface SmtpTestServer {
  readonly host: '127.0.0.1';
  /** The port, the same after every restart. */
  readonly port: number;
  /** Whether it accepts connections now. */
  readonly running: boolean;
  /** How many client sessions are open now (a pooled client keeps its connections open). */
  readonly openConnections: number;
  /** Every message accepted since the start or the last `clear()`, in order. */
  readonly messages: readonly ReceivedEmail[];
  /**
   * How many of the next messages to receive, then drop the connection instead of answering
   * `250` after DATA (the reply is lost: the client cannot know the message arrived).
   */
  dropRepliesAfterData: number;
  /** Set to refuse some recipients at RCPT TO (or `undefined` to accept all again). */
  refuse: ((recipient: string) => SmtpRefusal | undefined) | undefined;
  /** Set to read each message to its end, then never answer (a server stalled after DATA). */
  stallAfterData: boolean;
  /** `smtp` options for `createSmtpNotifier` that reach this server (with its credentials, if any). */
  connectionOptions(overrides?: Partial<SmtpConnectionOptions>): SmtpConnectionOptions;
  /** Stops listening and ends open sessions with `421`, as a server going down does. */
  stop(): Promise<void>;
  /** Starts again on the same port, keeping the messages received so far. */
  start(): Promise<void>;
  /** Waits until at least `count` messages have arrived (rejects after `timeoutMs`, 5 s by default). */
  waitForMessages(count: number, timeoutMs?: number): Promise<readonly ReceivedEmail[]>;
  /** The Message-IDs received more than once. */
  duplicates(): string[];
  /** Forgets the messages received so far. */
  clear(): void;
}

/** Starts a real SMTP server on 127.0.0.1. Call `stop()` in `afterAll`. */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const messages: ReceivedEmail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer | undefined;
  let port = options.port ?? 0;

  function create(): SMTPServer {
    return new SMTPServer({
      logger: false,
      closeTimeout: 1_000,
      disabledCommands: options.starttls === true ? [] : ['STARTTLS'],
      authOptional: options.auth === undefined,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        const ok = options.auth !== undefined && auth.username === options.auth.user && auth.password === options.auth.pass;
        if (ok) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
      onRcptTo(address, _session, callback) {
        const refusal = handle.refuse?.(address.address);
        if (refusal === undefined) callback();
        else callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      },
      onData(stream, session, callback) {
        if (handle.stallAfterData) {
          stream.resume(); // read it all, answer nothing
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw, { skipTextToHtml: true, skipTextLinks: true }).then(
            (parsed) => {
              const from = session.envelope.mailFrom;
              messages.push({
                envelope: { from: from === false ? '' : from.address, to: session.envelope.rcptTo.map((r) => r.address) },
                user: typeof session.user === 'string' ? session.user : undefined,
                secure: session.secure,
                raw,
                parsed,
              });
              for (const wake of [...waiters]) wake();
              if (handle.dropRepliesAfterData > 0) {
                handle.dropRepliesAfterData -= 1;
                const connection = [...(server?.connections ?? [])].find((c) => c.id === session.id) as unknown as { _socket?: { destroy(): void } } | undefined;
                connection?._socket?.destroy();
                return;
              }
              callback();
            },
            (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
          );
        });
      },
    });
  }

  async function start(): Promise<void> {
    if (server !== undefined) return;
    const next = create();
    await new Promise<void>((resolve, reject) => {
      next.server.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        next.server.off('error', reject);
        resolve();
      });
    });
    const address = next.server.address();
    if (address !== null && typeof address === 'object') port = address.port;
    server = next;
  }

  async function stop(): Promise<void> {
    const current = server;
    if (current === undefined) return;
    server = undefined;
    await new Promise<void>((resolve) => {
      current.close(() => resolve());
      for (const connection of [...current.connections]) {
        connection.send(421, 'Server shutting down');
        connection.close();
      }
    });
  }

  const handle: SmtpTestServer = {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    get running() {
      return server !== undefined;
    },
    get openConnections() {
      return server?.connections.size ?? 0;
    },
    messages,
    dropRepliesAfterData: 0,
    refuse: undefined,
    stallAfterData: false,
    connectionOptions(overrides = {}) {
      return {
        host: '127.0.0.1',
        port,
        secure: false,
        ...(options.starttls === true ? { tls: { rejectUnauthorized: false } } : { ignoreTLS: true }),
        ...(options.auth === undefined ? {} : { auth: { user: options.auth.user, pass: options.auth.pass } }),
        connectionTimeout: 2_000,
        greetingTimeout: 2_000,
        socketTimeout: 5_000,
        ...overrides,
      };
    },
    stop,
    start,
    waitForMessages(count, timeoutMs = 5_000) {
      if (messages.length >= count) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`Expected ${count} messages, got ${messages.length} after ${timeoutMs} ms`));
        }, timeoutMs);
        const wake = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(messages);
        };
        waiters.add(wake);
      });
    },
    duplicates() {
      const seen = new Map<string, number>();
      for (const m of messages) {
        const id = m.parsed.messageId ?? '';
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    },
    clear() {
      messages.length = 0;
    },
  };
  await start();
  return handle;
}
