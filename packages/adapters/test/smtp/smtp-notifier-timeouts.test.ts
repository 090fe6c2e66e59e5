// Bounded waits: a server that accepts the connection but never greets, and one that stalls
// after DATA, make `send` fail with notifier_failure (timeout) after the configured time,
// never hang; the timeouts themselves are checked when the notifier is created.
import { isHonorariaError } from '@honoraria/core';
import type { HonorariaError } from '@honoraria/core';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpNotifier } from '../../src/smtp/smtp-notifier';
import type { SmtpNotifier } from '../../src/smtp/smtp-notifier';
import { frenchNotification } from './notifications';
import { startSmtpTestServer } from './smtp-test-server';
import type { SmtpTestServer } from './smtp-test-server';

const from = { email: 'partenariat@cisss.example', name: 'Partenariat patient' };

async function sendFailure(notifier: SmtpNotifier): Promise<{ error: HonorariaError; ms: number }> {
  const started = performance.now();
  const error = await notifier.send(frenchNotification()).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isHonorariaError(error)) throw new Error(`expected a HonorariaError, got ${String(error)}`);
  return { error, ms: performance.now() - started };
}

describe('createSmtpNotifier: a server that never sends its greeting', () => {
  let silent: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // A real TCP server that accepts and then says nothing, as a hung SMTP daemon does.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  for (const pool of [false, true]) {
    it(`fails with notifier_failure (timeout) after greetingTimeout, and the connection is dropped (pool: ${pool})`, async () => {
      const notifier = createSmtpNotifier({ smtp: { host: '127.0.0.1', port, ignoreTLS: true, pool, greetingTimeout: 300, socketTimeout: 5_000 }, from });
      try {
        const { error, ms } = await sendFailure(notifier);
        expect(error.code).toBe('notifier_failure');
        expect(error.details).toMatchObject({ reason: 'timeout', errorCode: 'ETIMEDOUT' });
        expect(ms).toBeGreaterThanOrEqual(250);
        expect(ms).toBeLessThan(4_000); // the greeting timeout fired, not the 5 s socket timeout
        for (let i = 0; i < 50 && sockets.size > 0; i++) await new Promise((r) => setTimeout(r, 20));
        expect(sockets.size).toBe(0);
      } finally {
        await notifier.close();
      }
    });
  }

  it('verify() is bounded the same way', async () => {
    const notifier = createSmtpNotifier({ smtp: { host: '127.0.0.1', port, ignoreTLS: true, greetingTimeout: 300 }, from });
    try {
      await expect(notifier.verify()).rejects.toMatchObject({ code: 'notifier_failure', details: { reason: 'timeout' } });
    } finally {
      await notifier.close();
    }
  });
});

describe('createSmtpNotifier: a server that stalls after DATA', () => {
  let server: SmtpTestServer;
  beforeAll(async () => {
    server = await startSmtpTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  for (const pool of [false, true]) {
    it(`fails with notifier_failure (timeout) after socketTimeout, then sends once the server answers again (pool: ${pool})`, async () => {
      server.clear();
      server.stallAfterData = true;
      const notifier = createSmtpNotifier({ smtp: server.connectionOptions({ pool, socketTimeout: 400 }), from });
      try {
        const { error, ms } = await sendFailure(notifier);
        expect(error.code).toBe('notifier_failure');
        expect(error.details).toMatchObject({ reason: 'timeout', errorCode: 'ETIMEDOUT', permanent: false });
        expect(ms).toBeGreaterThanOrEqual(350);
        expect(ms).toBeLessThan(4_000);
        expect(server.messages).toHaveLength(0);
        server.stallAfterData = false;
        await notifier.send(frenchNotification({ id: 'out_after_stall' }));
        expect(server.messages.map((m) => m.parsed.messageId)).toEqual(['<out_after_stall@cisss.example>']);
      } finally {
        server.stallAfterData = false;
        await notifier.close();
      }
    });
  }
});

describe('createSmtpNotifier: timeout options', () => {
  for (const [name, value] of [
    ['connectionTimeout', 0],
    ['greetingTimeout', -1],
    ['socketTimeout', 1.5],
    ['socketTimeout', 3_600_000],
    ['greetingTimeout', Number.NaN],
  ] as const) {
    it(`refuses ${name}: ${value} with validation_failed`, () => {
      let error: unknown;
      try {
        createSmtpNotifier({ smtp: { host: '127.0.0.1', port: 2525, [name]: value }, from });
      } catch (e) {
        error = e;
      }
      expect(isHonorariaError(error, 'validation_failed') && error.issues.map((i) => i.path)).toContainEqual(['smtp', name]);
    });
  }
});
