import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTransport } from 'nodemailer';
import { isHonorariaError } from '@honoraria/core';
import { createSmtpNotifier } from '../../src/smtp/smtp-notifier';
import type { SmtpNotifier } from '../../src/smtp/smtp-notifier';
import { englishNotification, frenchNotification } from './notifications';
import { startSmtpTestServer } from './smtp-test-server';
import type { SmtpTestServer } from './smtp-test-server';

const from = { email: 'partenariat@cisss.example', name: { fr: 'Partenariat patient', en: 'Patient Partnership' } };

/** The header section of a raw message, before the first blank line. */
function rawHeaders(raw: string): string {
  return raw.slice(0, raw.indexOf('\r\n\r\n'));
}

describe('createSmtpNotifier: delivery to a real SMTP server', () => {
  let server: SmtpTestServer;
  let notifier: SmtpNotifier;

  beforeAll(async () => {
    server = await startSmtpTestServer();
    notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
  });
  afterAll(async () => {
    await notifier.close();
    await server.stop();
  });
  beforeEach(() => server.clear());

  it('delivers a French notification with its subject, language, body and link', async () => {
    const receipt = await notifier.send(frenchNotification());
    const [mail] = server.messages;
    expect(server.messages).toHaveLength(1);
    expect(mail?.envelope).toEqual({ from: 'partenariat@cisss.example', to: ['approbatrice@cisss.example'] });
    const parsed = mail!.parsed;
    expect(parsed.subject).toBe('Mandat à approuver : comité des usagers');
    expect(parsed.headers.get('content-language')).toBe('fr-CA');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('x-honoraria-template')).toBe('mandate.awaiting_approval');
    expect(parsed.from?.value).toEqual([{ address: 'partenariat@cisss.example', name: 'Partenariat patient' }]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'approbatrice@cisss.example', name: 'Hélène Tremblay' }] });
    expect(parsed.text).toBe(
      'Bonjour Hélène,\n\nUn mandat attend votre approbation.\nMerci de le vérifier d’ici vendredi.\n\n' +
        'Voir le mandat\nhttps://portail.cisss.example/mandats/mnd_0001\n',
    );
    expect(parsed.html).toBe(false);
    expect(parsed.messageId).toBe('<out_0001@cisss.example>');
    expect(receipt.providerId).toBe('<out_0001@cisss.example>');
    expect(rawHeaders(mail!.raw)).not.toMatch(/^X-Mailer:/im);
  });

  it('delivers an English notification in English, with every link in order', async () => {
    await notifier.send(englishNotification());
    const parsed = (await server.waitForMessages(1))[0]!.parsed;
    expect(parsed.subject).toBe('Your payment request was approved');
    expect(parsed.headers.get('content-language')).toBe('en-CA');
    expect(parsed.from?.value[0]?.name).toBe('Patient Partnership');
    expect(parsed.text).toBe(
      'Hello Sam,\n\nYour payment request for March was approved.\n\n' +
        'See the request\nhttps://portal.cisss.example/requests/prq_0007\n\n' +
        'My files\nhttps://portal.cisss.example/files?tab=all&sort=date\n',
    );
    expect(parsed.messageId).toBe('<out_0002@cisss.example>');
  });

  it('keeps accented and non-Latin text intact (UTF-8), with 7-bit encoded headers', async () => {
    const name = 'Zoé Nguyễn ᐃᓄᒃᑎᑐᑦ';
    const subject = 'ᐃᓄᒃᑎᑐᑦ — Zoé Nguyễn : « attestation reçue » 🎉';
    const text = 'Bonjour Zoé Nguyễn,\n\nᐃᓄᒃᑎᑐᑦ · Œuvre · naïve · 1 234,50 $ · 日本語 · العربية';
    await notifier.send(frenchNotification({ to: { email: 'zoe@example.org', name }, subject, text, links: [{ label: 'Télécharger l’attestation ᐃᓄᒃᑎᑐᑦ', url: 'https://portail.cisss.example/a/é?q=ᐃ' }] }));
    const mail = server.messages[0]!;
    expect(mail.parsed.subject).toBe(subject);
    expect(mail.parsed.to).toMatchObject({ value: [{ address: 'zoe@example.org', name }] });
    expect(mail.parsed.text).toBe(`${text}\n\nTélécharger l’attestation ᐃᓄᒃᑎᑐᑦ\nhttps://portail.cisss.example/a/é?q=ᐃ\n`);
    // Every header line is plain ASCII: non-ASCII words travel as RFC 2047 encoded words.
    expect(rawHeaders(mail.raw)).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(rawHeaders(mail.raw)).toMatch(/^Subject: =\?UTF-8\?/im);
  });

  it('gives each outbox entry one stable Message-ID, so a duplicate can be recognized', async () => {
    await notifier.send(frenchNotification({ id: 'out_dup' }));
    await notifier.send(frenchNotification({ id: 'out_dup' }));
    await notifier.send(frenchNotification({ id: 'out_other' }));
    expect(server.messages.map((m) => m.parsed.messageId)).toEqual([
      '<out_dup@cisss.example>',
      '<out_dup@cisss.example>',
      '<out_other@cisss.example>',
    ]);
    expect(server.duplicates()).toEqual(['<out_dup@cisss.example>']);
  });

  it('sends many notifications at once through the pool', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `out_bulk_${i}`);
    const receipts = await Promise.all(ids.map((id, i) => notifier.send(i % 2 ? englishNotification({ id }) : frenchNotification({ id }))));
    expect(receipts.map((r) => r.providerId)).toEqual(ids.map((id) => `<${id}@cisss.example>`));
    expect(new Set(server.messages.map((m) => m.parsed.messageId))).toEqual(new Set(ids.map((id) => `<${id}@cisss.example>`)));
    expect(server.duplicates()).toEqual([]);
  });
});

describe('createSmtpNotifier: options', () => {
  let server: SmtpTestServer;

  beforeAll(async () => {
    server = await startSmtpTestServer();
  });
  afterAll(() => server.stop());
  beforeEach(() => server.clear());

  it('adds an HTML alternative built only from escaped values when asked', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from, html: true });
    try {
      await notifier.send(
        frenchNotification({
          subject: 'Avis <b>important</b>',
          text: 'Bonjour <script>alert("x")</script> & bienvenue,\nligne 2\n\nDeuxième paragraphe',
          links: [
            { label: 'Voir "le" <mandat>', url: 'https://portail.cisss.example/m?a=1&b=2' },
            { label: '"><img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
          ],
        }),
      );
      const parsed = server.messages[0]!.parsed;
      const html = parsed.html as string;
      expect(html).toContain('<html lang="fr-CA">');
      expect(html).toContain('<title>Avis &lt;b&gt;important&lt;/b&gt;</title>');
      expect(html).toContain('<p>Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bienvenue,<br>\nligne 2</p>');
      expect(html).toContain('<p>Deuxième paragraphe</p>');
      expect(html).toContain('<li><a href="https://portail.cisss.example/m?a=1&amp;b=2">Voir &quot;le&quot; &lt;mandat&gt;</a></li>');
      expect(html).toContain('<li>&quot;&gt;&lt;img src=x onerror=alert(1)&gt; — javascript:alert(1)</li>');
      expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
      // The plain-text part is still there, with the text as written.
      expect(parsed.text).toContain('Bonjour <script>alert("x")</script> & bienvenue,');
    } finally {
      await notifier.close();
    }
  });

  it('adds the footer, the reply-to address and the extra headers', async () => {
    const notifier = createSmtpNotifier({
      smtp: server.connectionOptions(),
      from: 'Honoraria <no-reply@cisss.example>',
      replyTo: { email: 'partenariat@cisss.example', name: { fr: 'Équipe du partenariat', en: 'Partnership team' } },
      headers: { 'X-Institution': 'CISSS-07' },
      messageIdDomain: 'honoraria.cisss.example',
      footer: { fr: 'Message envoyé automatiquement.', en: 'This message was sent automatically.' },
    });
    try {
      await notifier.send(englishNotification());
      const parsed = server.messages[0]!.parsed;
      expect(parsed.from?.value).toEqual([{ address: 'no-reply@cisss.example', name: 'Honoraria' }]);
      expect(parsed.replyTo?.value).toEqual([{ address: 'partenariat@cisss.example', name: 'Partnership team' }]);
      expect(parsed.headers.get('x-institution')).toBe('CISSS-07');
      expect(parsed.messageId).toBe('<out_0002@honoraria.cisss.example>');
      expect(parsed.text?.endsWith('\n\n-- \nThis message was sent automatically.\n')).toBe(true);
    } finally {
      await notifier.close();
    }
  });

  it('sends through a transport you created, and leaves it open on close()', async () => {
    const { host, port } = server.connectionOptions();
    const transporter = createTransport({ host, port, ignoreTLS: true });
    let closes = 0;
    const notifier = createSmtpNotifier({
      transport: { sendMail: (m) => transporter.sendMail(m), verify: () => transporter.verify(), close: () => closes++ },
      from,
    });
    await notifier.verify();
    const receipt = await notifier.send(frenchNotification({ id: 'out_own' }));
    await notifier.close();
    expect(closes).toBe(0);
    expect(receipt.providerId).toBe('<out_own@cisss.example>');
    expect(server.messages.map((m) => m.parsed.messageId)).toEqual(['<out_own@cisss.example>']);
    transporter.close();
  });

  it('cannot inject headers or recipients through the subject or the names', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    try {
      await notifier.send(
        frenchNotification({
          subject: 'Bonjour\r\nBcc: intrus@evil.example',
          to: { email: 'approbatrice@cisss.example', name: 'Hélène\r\nCc: intrus@evil.example' },
        }),
      );
      const mail = server.messages[0]!;
      expect(mail.envelope.to).toEqual(['approbatrice@cisss.example']);
      expect(mail.parsed.subject).toBe('Bonjour Bcc: intrus@evil.example');
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      expect(mail.parsed.headers.has('cc')).toBe(false);
    } finally {
      await notifier.close();
    }
  });

  it('strips bidirectional controls from the subject and the display names', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from: { email: 'portail@cisss.example', name: 'Portail \u2066\u202Eevil\u202C\u2069' } });
    try {
      server.clear();
      await notifier.send(frenchNotification({ subject: 'Reçu \u202Egnp.exe\u202C', to: { email: 'approbatrice@cisss.example', name: 'Hélène \u202Bx\u202C\u200F' } }));
      const mail = (await server.waitForMessages(1))[0]!;
      expect(mail.parsed.subject).toBe('Reçu gnp.exe');
      expect(mail.parsed.from?.value[0]?.name).toBe('Portail evil');
      expect(mail.parsed.to === undefined || Array.isArray(mail.parsed.to) ? undefined : mail.parsed.to.value[0]?.name).toBe('Hélène x');
      expect(mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'))).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200f]/u);
    } finally {
      await notifier.close();
    }
  });

  it('refuses a recipient that is not one plain address, before sending anything', async () => {
    const notifier = createSmtpNotifier({ smtp: server.connectionOptions(), from });
    try {
      for (const email of ['approbatrice@cisss.example, intrus@evil.example', 'Hélène <h@cisss.example>', 'pas-une-adresse', '']) {
        const error = await notifier.send(frenchNotification({ to: { email } })).catch((e: unknown) => e);
        expect(isHonorariaError(error, 'validation_failed')).toBe(true);
        if (!isHonorariaError(error)) continue;
        expect(error.issues.map((i) => i.path)).toEqual([['to', 'email']]);
        if (email !== '') expect(JSON.stringify(error.toJSON())).not.toContain(email);
      }
      expect(server.messages).toHaveLength(0);
    } finally {
      await notifier.close();
    }
  });
});
