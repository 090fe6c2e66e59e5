// Starts the whole portal in this process: the database, the in-process SMTP server, the
// workflow service with the SMTP notifier, the runDue ticker and the HTTP server on 127.0.0.1.
import { toNodeListener } from '@honoraria/adapters/http/node';
import { createSmtpNotifier } from '@honoraria/adapters/smtp';
import { createHonoraria, staticDirectory } from '@honoraria/core';
import { createPdfRenderer } from '@honoraria/pdf';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createAuthStore } from './auth';
import { createPeopleDirectory } from './directory';
import { portalFramework } from './framework';
import type { MailBox } from './mail-box';
import { startMailBox } from './mail-box';
import { STAFF } from './people';
import { openPortalDatabase } from './portal-database';
import type { PortalDatabase } from './portal-database';
import { isSeeded, seedPortal } from './seed';
import type { MovableClock } from './server';
import { createPortalHandler, PEER_HEADER } from './server';

/** Options of {@link startPortal}. */
export interface StartPortalOptions {
  readonly dataDir: string;
  readonly reset?: boolean;
  readonly snapshot?: string | undefined;
  /** PostgreSQL instead of the embedded database. */
  readonly databaseUrl?: string | undefined;
  /** The HTTP port (0: a free one). */
  readonly port?: number;
  /** The SMTP port of the in-process mail box (0: a free one). */
  readonly smtpPort?: number;
  /** Where forms.js and portal.css are. */
  readonly assetsDir: string;
  /** Demonstration tools (picker, /mail, the clock); on unless `false`. */
  readonly demo?: boolean;
  /** The runDue ticker's period in milliseconds (10 s by default; 0 turns it off). */
  readonly tickMs?: number;
  /** The public URL, when behind a proxy; `http://127.0.0.1:{port}` by default. */
  readonly publicUrl?: string;
}

/** The running portal. */
export interface RunningPortal {
  readonly url: string;
  readonly database: PortalDatabase;
  readonly mailBox: MailBox;
  /** Whether this run seeded the database. */
  readonly seeded: boolean;
  close(): Promise<void>;
}

/** A clock `offset` minutes ahead of the system's, which the demonstration moves forward. */
export function createMovableClock(): MovableClock {
  let offsetMs = 0;
  return { now: () => new Date(Date.now() + offsetMs), advance: (minutes) => void (offsetMs += minutes * 60_000) };
}

/** Starts the portal. */
export async function startPortal(options: StartPortalOptions): Promise<RunningPortal> {
  const database = await openPortalDatabase(options);
  const mailBox = await startMailBox({ port: options.smtpPort ?? 0 });
  const notifier = createSmtpNotifier({
    smtp: { host: '127.0.0.1', port: mailBox.port, ignoreTLS: true, pool: false },
    from: { email: 'partenariat@unite.example', name: { fr: 'Partenariat patient', en: 'Patient Partnership' } },
    html: true,
  });
  const clock = createMovableClock();
  const directory = staticDirectory(STAFF);
  // The URL is known once listening: the service reads it for links in emails.
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const url = (options.publicUrl ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '');
  const service = createHonoraria({
    framework: portalFramework(),
    storage: database.storage,
    clock,
    notifier,
    documents: createPdfRenderer({ directory }),
    directory,
    portalUrl: url,
  });
  const seeded = !(await isSeeded(service));
  if (seeded) await seedPortal(service, clock.now());
  const demo = options.demo ?? true;
  const handler = createPortalHandler({
    service, auth: createAuthStore(database.driver), people: createPeopleDirectory(service), mailer: notifier,
    mailBox: demo ? mailBox : null, clock, assetsDir: options.assetsDir, demo, portalUrl: url, secureCookies: url.startsWith('https:'),
  });
  const listener = toNodeListener(handler);
  server.on('request', (req, res) => {
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? 'unknown';
    listener(req, res);
  });
  const tickMs = options.tickMs ?? 10_000;
  const ticker = tickMs > 0 ? setInterval(() => void service.runDue().catch((e: unknown) => console.error('runDue:', e)), tickMs) : undefined;
  ticker?.unref();
  return {
    url, database, mailBox, seeded,
    async close() {
      if (ticker !== undefined) clearInterval(ticker);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await notifier.close();
      await mailBox.close();
      await database.driver.close();
    },
  };
}
