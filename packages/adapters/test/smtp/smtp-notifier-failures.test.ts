import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HonorariaError, isHonorariaError } from '@honoraria/core';
import type { OutgoingNotification } from '@honoraria/core';
import { createSmtpNotifier } from '../../src/smtp/smtp-notifier';
import type { SmtpNotifier } from '../../src/smtp/smtp-notifier';
import { frenchNotification } from './notifications';
import { startSmtpTestServer } from './smtp-test-server';
import type { SmtpTestServer } from './smtp-test-server';

const from = { email: 'partenariat@cisss.example', name: 'Partenariat patient' };

/** Sends and returns the error it throws (fails the test if it does not throw a HonorariaError). */
async function failure(notifier: SmtpNotifier, notification: OutgoingNotification): Promise<HonorariaError> {
  const error = await notifier.send(notification).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HonorariaError)) throw new Error(`expected a HonorariaError, got ${String(error)}`);
  return error;
}

/** Everything a caller could log about an error: messages, issues, details. */
function everythingLoggable(error: HonorariaError): string {
  // The stack's first line is the message; the rest are file paths, which may hold an `@`.
  const stackHead = String(error.stack).split('\n')[0];
  return [error.message, error.describe('fr'), error.describe('en'), JSON.stringify(error.toJSON()), stackHead].join('\n');
}

/** Asserts that no personal data of the notification appears in what a caller could log. */
function expectNoPersonalData(error: HonorariaError, n: OutgoingNotification, extra: readonly string[] = []): void {
  const logged = everythingLoggable(error);
  for (const secret of [n.to.email, n.to.name ?? '', n.subject, 'Hélène', 'approbatrice', ...extra].filter((s) => s !== '')) {
    expect(logged).not.toContain(secret);
  }
  expect(logged).not.toMatch(/@/);
}

describe('createSmtpNotifier: when the SMTP server is down', () => {
  let server: SmtpTestServer;
  beforeEach(async () => {
    server = await startSmtpTestServer();
  });
  afterEach(() => server.stop());

  for (const pool of [true, false]) {
    it(`throws notifier_failure without personal data, then delivers once the server is back on the same port (pool: ${pool})`, async () => {
      const notifier = createSmtpNotifier({ smtp: server.connectionOptions({ pool }), from });
      try {
        await notifier.send(frenchNotification({ id: 'out_before' }));
        const port = server.port;
        await server.stop();

        const n = frenchNotification({ id: 'out_during' });
        const error = await failure(notifier, n);
        expect(error.code).toBe('notifier_failure');
        expect(error.details).toMatchObject({ notificationId: 'out_during', reason: 'unreachable', permanent: false });
        expect(error.messages).toEqual({
          fr: 'Le serveur de courriel (SMTP) est injoignable.',
          en: 'The email (SMTP) server cannot be reached.',
        });
        expect(error.cause).toBeUndefined();
        expectNoPersonalData(error, n);

        await server.start();
        expect(server.port).toBe(port);
        const receipt = await notifier.send(n);
        expect(receipt.providerId).toBe('<out_during@cisss.example>');
        expect(server.messages.map((m) => m.parsed.messageId)).toEqual(['<out_before@cisss.example>', '<out_during@cisss.example>']);
        expect(server.duplicates()).toEqual([]);
      } finally {
        await notifier.close();
      }
    });
  }

  it('reports a server that never answered as unreachable', async () => {
    const port = server.port;
    await server.stop();
    const notifier = createSmtpNotifier({ smtp: { host: '127.0.0.1', port, ignoreTLS: true, connectionTimeout: 1_000 }, from });
    try {
      const error = await failure(notifier, frenchNotification());
      expect(error.details).toMatchObject({ reason: 'unreachable', errorCode: expect.stringMatching(/^E[A-Z]+$/) });
      await expect(notifier.verify()).rejects.toMatchObject({ code: 'notifier_failure', details: { reason: 'unreachable' } });
    } finally {
      await notifier.close();
    }
  });
});

describe('createSmtpNotifier: refusals, authentication and closing', () => {
  let server: SmtpTestServer;
  beforeAll(async () => {
    server = await startSmtpTestServer({ auth: { user: 'honoraria', pass: 's3cret-Passw0rd' } });
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.clear();
    server.refuse = undefined;
  });

  it('authenticates with the credentials it is given', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    try {
      await notifier.verify();
      await notifier.send(frenchNotification());
      expect(server.messages.map((m) => m.user)).toEqual(['honoraria']);
    } finally {
      await notifier.close();
    }
  });

  it('throws notifier_failure (auth) on wrong credentials, without the password or the user name', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions({ auth: { user: 'honoraria', pass: 'wrong-Passw0rd' } }), from });
    try {
      const n = frenchNotification();
      const error = await failure(notifier, n);
      expect(error.details).toMatchObject({ reason: 'auth', permanent: false, smtpCode: 535, errorCode: 'EAUTH' });
      expect(error.messages.en).toBe('The email (SMTP) server refused the authentication.');
      expectNoPersonalData(error, n, ['wrong-Passw0rd', 'honoraria']);
      await expect(notifier.verify()).rejects.toMatchObject({ code: 'notifier_failure', details: { reason: 'auth' } });
      expect(server.messages).toHaveLength(0);
    } finally {
      await notifier.close();
    }
  });

  it('throws a permanent notifier_failure with the SMTP code when the server refuses the recipient for good', async () => {
    server.refuse = (rcpt) => ({ code: 550, message: `5.1.1 <${rcpt}>: Recipient address rejected: User unknown` });
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    try {
      const n = frenchNotification();
      const error = await failure(notifier, n);
      expect(error.code).toBe('notifier_failure');
      expect(error.details).toEqual({
        notificationId: 'out_0001',
        reason: 'rejected',
        permanent: true,
        smtpCode: 550,
        enhancedStatus: '5.1.1',
        command: 'RCPT TO',
        errorCode: 'EENVELOPE',
      });
      expect(error.messages).toEqual({
        fr: 'Le serveur de courriel a refusé le message (code 550).',
        en: 'The email server refused the message (code 550).',
      });
      expectNoPersonalData(error, n);
    } finally {
      await notifier.close();
    }
  });

  it('throws a temporary notifier_failure when the server defers the message', async () => {
    server.refuse = () => ({ code: 451, message: '4.7.1 Greylisted, try again later' });
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    try {
      const error = await failure(notifier, frenchNotification());
      expect(error.details).toMatchObject({ reason: 'rejected', permanent: false, smtpCode: 451, enhancedStatus: '4.7.1' });
      expect(error.messages.fr).toBe('Le serveur de courriel a refusé le message pour l’instant (code 451).');
      server.refuse = undefined;
      await notifier.send(frenchNotification());
      expect(server.messages).toHaveLength(1);
    } finally {
      await notifier.close();
    }
  });

  it('releases its pooled connections on close(), then refuses to send', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    await notifier.send(frenchNotification());
    expect(server.openConnections).toBe(1);
    await notifier.close();
    await notifier.close();
    await expect.poll(() => server.openConnections, { timeout: 3_000 }).toBe(0);
    const error = await failure(notifier, frenchNotification({ id: 'out_late' }));
    expect(error.details).toEqual({ notificationId: 'out_late', reason: 'closed', permanent: false });
    await expect(notifier.verify()).rejects.toMatchObject({ code: 'notifier_failure' });
    expect(server.messages).toHaveLength(1);
  });
});

describe('createSmtpNotifier: STARTTLS', () => {
  it('upgrades the connection and honours the tls options', async () => {
    const server = await startSmtpTestServer({ starttls: true });
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions({ requireTLS: true }), from });
    const strict = createSmtpNotifier({ smtp: server.connectionOptions({ requireTLS: true, tls: { rejectUnauthorized: true } }), from });
    try {
      await notifier.send(frenchNotification());
      expect(server.messages.map((m) => m.secure)).toEqual([true]);
      // smtp-server's built-in certificate is self-signed (and expired): a strict client refuses it.
      const error = await failure(strict, frenchNotification({ id: 'out_strict' }));
      expect(error.details).toMatchObject({ reason: 'tls', permanent: false, originalCode: expect.stringMatching(/CERT/) });
      expect(error.messages.en).toBe('The encrypted (TLS) connection to the email server failed.');
      expect(server.messages).toHaveLength(1);
    } finally {
      await notifier.close();
      await strict.close();
      await server.stop();
    }
  });
});

describe('createSmtpNotifier: invalid options', () => {
  const smtp = { host: '127.0.0.1', port: 2525 };
  const cases: readonly [string, () => unknown, readonly (string | number)[]][] = [
    ['neither smtp nor transport', () => createSmtpNotifier({ from }), ['smtp']],
    ['both smtp and transport', () => createSmtpNotifier({ smtp, transport: { sendMail: async () => ({}) }, from }), ['smtp']],
    ['a sender that is not an address', () => createSmtpNotifier({ smtp, from: 'Honoraria' }), ['from']],
    ['a reply-to list', () => createSmtpNotifier({ smtp, from, replyTo: 'a@cisss.example, b@cisss.example' }), ['replyTo']],
    ['a reserved header', () => createSmtpNotifier({ smtp, from, headers: { 'Message-ID': '<x@y>' } }), ['headers', 'Message-ID']],
    ['a header value on two lines', () => createSmtpNotifier({ smtp, from, headers: { 'X-Note': 'a\r\nBcc: x@evil.example' } }), ['headers', 'X-Note']],
    ['a Message-ID domain that is not a host name', () => createSmtpNotifier({ smtp, from, messageIdDomain: 'not a domain' }), ['messageIdDomain']],
  ];
  for (const [what, create, path] of cases) {
    it(`refuses ${what} with validation_failed`, () => {
      let error: unknown;
      try {
        create();
      } catch (e) {
        error = e;
      }
      expect(isHonorariaError(error, 'validation_failed')).toBe(true);
      expect((error as HonorariaError).issues.map((i) => i.path)).toContainEqual(path);
    });
  }
});
