import { describe, expect, it } from 'vitest';
import { composeSmtpMessage, headerText, isPlainEmail, notificationText, toSmtpAddress } from '../../src/smtp/smtp-message';
import { englishNotification, frenchNotification } from './notifications';

const settings = {
  from: { email: 'partenariat@cisss.example', name: { fr: 'Partenariat patient', en: 'Patient Partnership' } },
  messageIdDomain: 'cisss.example',
};

describe('composeSmtpMessage', () => {
  it('builds the message in the recipient’s language, plain text only by default', () => {
    expect(composeSmtpMessage(frenchNotification(), settings)).toEqual({
      from: { name: 'Partenariat patient', address: 'partenariat@cisss.example' },
      to: { name: 'Hélène Tremblay', address: 'approbatrice@cisss.example' },
      subject: 'Mandat à approuver : comité des usagers',
      messageId: '<out_0001@cisss.example>',
      text:
        'Bonjour Hélène,\n\nUn mandat attend votre approbation.\nMerci de le vérifier d’ici vendredi.\n\n' +
        'Voir le mandat\nhttps://portail.cisss.example/mandats/mnd_0001\n',
      headers: {
        'Content-Language': 'fr-CA',
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
        'X-Honoraria-Template': 'mandate.awaiting_approval',
      },
      xMailer: false,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  });

  it('uses the English names and footer for an English notification, and adds HTML when asked', () => {
    const message = composeSmtpMessage(englishNotification(), {
      ...settings,
      replyTo: { email: 'aide@cisss.example', name: { fr: 'Aide', en: 'Help' } },
      html: true,
      footer: { fr: 'Envoi automatique.', en: 'Sent automatically.' },
      headers: { 'X-Institution': 'CISSS-07' },
    });
    expect(message.from.name).toBe('Patient Partnership');
    expect(message.replyTo).toEqual({ name: 'Help', address: 'aide@cisss.example' });
    expect(message.headers['Content-Language']).toBe('en-CA');
    expect(message.headers['X-Institution']).toBe('CISSS-07');
    expect(message.text.endsWith('-- \nSent automatically.\n')).toBe(true);
    expect(message.html).toContain('<html lang="en-CA">');
    expect(message.html).toContain('<small>Sent automatically.</small>');
  });

  it('keeps the template header to safe characters', () => {
    const message = composeSmtpMessage(frenchNotification({ template: 'a b\r\nBcc: x' }), settings);
    expect(message.headers['X-Honoraria-Template']).toBe('a_b__Bcc__x');
  });

  it('names the bad fields, never their values', () => {
    expect(() => composeSmtpMessage(frenchNotification({ id: ' ', to: { email: 'x' } }), settings)).toThrow(
      expect.objectContaining({ code: 'validation_failed', issues: [expect.objectContaining({ path: ['to', 'email'] }), expect.objectContaining({ path: ['id'] })] }),
    );
  });
});

describe('notificationText', () => {
  it('lists a notification without links as its text alone', () => {
    expect(notificationText(frenchNotification({ text: 'Bonjour.\r\nÀ bientôt.\n\n', links: [] }))).toBe('Bonjour.\nÀ bientôt.\n');
  });
});

describe('addresses and header text', () => {
  it('reads one address, with or without a display name', () => {
    expect(toSmtpAddress('no-reply@cisss.example')).toEqual({ email: 'no-reply@cisss.example' });
    expect(toSmtpAddress('Honoraria <no-reply@cisss.example>')).toEqual({ email: 'no-reply@cisss.example', name: 'Honoraria' });
    expect(toSmtpAddress('"CISSS de l’Outaouais" <no-reply@cisss.example>')).toEqual({ email: 'no-reply@cisss.example', name: 'CISSS de l’Outaouais' });
    expect(toSmtpAddress('a@cisss.example, b@cisss.example')).toBeUndefined();
    expect(toSmtpAddress({ email: 'bad' })).toBeUndefined();
  });

  it('accepts plain addresses only', () => {
    for (const ok of ['zoe@example.org', 'zoé.nguyễn@exemple.québec', 'a+tag@sub.cisss.example']) expect(isPlainEmail(ok), ok).toBe(true);
    for (const bad of ['', 'zoe', 'zoe@', '@example.org', 'a@b@c', 'a b@c.d', 'a@b.c, d@e.f', '<a@b.c>', 'a@b.c\r\nBcc: x@y.z']) {
      expect(isPlainEmail(bad), bad).toBe(false);
    }
  });

  it('puts header text on one line', () => {
    expect(headerText('  Bonjour\r\n\tBcc: x@y.z\u2028fin ')).toBe('Bonjour Bcc: x@y.z fin');
  });
});
