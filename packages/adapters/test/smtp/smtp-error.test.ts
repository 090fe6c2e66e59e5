import { describe, expect, it } from 'vitest';
import { toNotifierFailure } from '../../src/smtp/smtp-error';

// Error objects shaped as nodemailer 10 builds them (see its errors.d.ts); the real ones are
// exercised against the in-process server in smtp-notifier-failures.test.ts.
describe('toNotifierFailure', () => {
  it.each([
    [{ code: 'ECONNECTION', command: 'CONN' }, { reason: 'unreachable', permanent: false, command: 'CONN', errorCode: 'ECONNECTION' }],
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' }, { reason: 'unreachable', originalCode: 'ECONNREFUSED' }],
    [{ code: 'EDNS', originalCode: 'ENOTFOUND' }, { reason: 'unreachable' }],
    [{ code: 'ETIMEDOUT', command: 'CONN' }, { reason: 'timeout', permanent: false }],
    [{ code: 'EAUTH', responseCode: 535, permanent: true, response: '535 5.7.8 Authentication failed', command: 'AUTH PLAIN' }, { reason: 'auth', permanent: false, smtpCode: 535, enhancedStatus: '5.7.8' }],
    [{ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, { reason: 'tls' }],
    [{ code: 'ETLS' }, { reason: 'tls' }],
    [{ code: 'EENVELOPE', responseCode: 552, response: '552 5.2.2 Mailbox full', command: 'RCPT TO' }, { reason: 'rejected', permanent: true, smtpCode: 552 }],
    [{ code: 'EMESSAGE', responseCode: 554, permanent: false, command: 'DATA' }, { reason: 'rejected', permanent: false, smtpCode: 554 }],
    [{ code: 'EPROTOCOL', responseCode: 503, response: '503 5.5.1 Bad sequence' }, { reason: 'rejected', permanent: false, smtpCode: 503 }],
    [{ code: 'ECONNECTION', responseCode: 421, response: '421 4.3.2 Service shutting down' }, { reason: 'rejected', permanent: false, smtpCode: 421 }],
    [new TypeError('boom'), { reason: 'unknown', permanent: false }],
    ['a string', { reason: 'unknown', permanent: false }],
    [undefined, { reason: 'unknown', permanent: false }],
  ])('maps %o', (error, details) => {
    const failure = toNotifierFailure(error, 'out_1');
    expect(failure.code).toBe('notifier_failure');
    expect(failure.details).toMatchObject({ notificationId: 'out_1', ...details });
    expect(failure.cause).toBeUndefined();
  });

  it('never copies the server reply, the message or odd fields into the error', () => {
    const failure = toNotifierFailure(
      {
        code: 'EENVELOPE',
        message: "Can't send mail - all recipients were rejected: 550 5.1.1 <zoe@example.org>: unknown",
        response: '550 5.1.1 <zoe@example.org>: Recipient address rejected (Zoé Nguyễn)',
        responseCode: 550,
        command: 'RCPT TO:<zoe@example.org>',
        recipient: 'zoe@example.org',
        rejected: ['zoe@example.org'],
        originalCode: 'zoe@example.org',
      },
      'out_1',
    );
    const everything = `${failure.message}\n${JSON.stringify(failure.toJSON())}`;
    expect(everything).not.toMatch(/zoe|Zoé|@/);
    expect(failure.details).toEqual({ notificationId: 'out_1', reason: 'rejected', permanent: true, smtpCode: 550, enhancedStatus: '5.1.1', errorCode: 'EENVELOPE' });
  });
});
