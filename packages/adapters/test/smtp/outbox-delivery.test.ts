// The workflow's outbox delivering through the SMTP notifier to a real SMTP server: messages
// arrive in each recipient's language with the right subject and links; while the server is down
// the outbox keeps everything, and once it is back every notification arrives exactly once.
import { createHonoraria, createMemoryStorage, fixedClock, sequentialIds, staticDirectory } from '@honoraria/core';
import type { Honoraria, OutboxEntry } from '@honoraria/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, ensureTestProject, framework, mandateTerms, staff, textRenderer } from '../../../core/test/workflow/fixtures';
import type { SmtpNotifier } from '../../src/smtp/smtp-notifier';
import { createSmtpNotifier } from '../../src/smtp/smtp-notifier';
import type { SmtpTestServer } from './smtp-test-server';
import { startSmtpTestServer } from './smtp-test-server';

let server: SmtpTestServer;
let notifier: SmtpNotifier;

beforeAll(async () => {
  server = await startSmtpTestServer();
  notifier = createSmtpNotifier({ smtp: { ...server.connectionOptions(), pool: false }, from: { email: 'portail@unite.example', name: { fr: 'Portail des partenaires', en: 'Partner portal' } } });
});

afterAll(async () => {
  await notifier.close();
  await server.stop();
});

function service(): { service: Honoraria; storage: ReturnType<typeof createMemoryStorage>; clock: ReturnType<typeof fixedClock> } {
  const storage = createMemoryStorage();
  const clock = fixedClock('2026-03-02T14:00:00Z');
  const honoraria = createHonoraria({
    framework,
    storage,
    clock,
    ids: sequentialIds(),
    notifier,
    autoDispatch: 'inline', // these tests read the mailbox right after each command
    documents: textRenderer,
    directory: staticDirectory(staff),
    portalUrl: 'https://portail.example.org',
  });
  return { service: honoraria, storage, clock };
}

/** Registers a partner and drives a mandate to `sent_to_partner`: three notifications on the way. */
async function toSentMandate(s: Honoraria, lang: 'fr' | 'en') {
  const partner = await s.as(actors.secretariat).registerPartner({
    name: lang === 'fr' ? 'Zoé Nguyễn' : 'Sam Ittukallak ᓴᒻ',
    email: lang === 'fr' ? 'zoe@example.org' : 'sam@example.org',
    lang,
    roles: ['patient'],
    paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
  });
  const lead = s.as(actors.lead);
  await ensureTestProject(s.storage);
  const drafted = await lead.createMandate(mandateTerms(partner.partner.id) as Parameters<typeof lead.createMandate>[0]);
  await lead.submitMandate({ id: drafted.mandate.id });
  await s.as(actors.approver).approveMandate({ id: drafted.mandate.id });
  await lead.sendMandate({ id: drafted.mandate.id });
  return { partnerId: partner.partner.id, mandateId: drafted.mandate.id };
}

describe('outbox → SMTP notifier → a real SMTP server', () => {
  it('delivers each notification in its recipient’s language, with the right subject and links', async () => {
    server.clear();
    const { service: s } = service();
    const fr = await toSentMandate(s, 'fr');
    const en = await toSentMandate(s, 'en');
    const mails = await server.waitForMessages(6);
    const toPartner = (email: string) => mails.find((m) => m.envelope.to.includes(email) && /mandat|mandate/i.test(m.parsed.subject ?? ''))!;

    const french = toPartner('zoe@example.org');
    expect(french.parsed.headers.get('content-language')).toBe('fr-CA');
    expect(french.parsed.subject).toContain('Comité des usagers');
    expect(french.parsed.text).toContain('Zoé Nguyễn');
    expect(french.parsed.text).toContain(`https://portail.example.org/mandates/${fr.mandateId}`);
    expect(french.parsed.text).toMatch(/entente globale/i);

    const english = toPartner('sam@example.org');
    expect(english.parsed.headers.get('content-language')).toBe('en-CA');
    expect(english.parsed.text).toContain('Sam Ittukallak ᓴᒻ');
    expect(english.parsed.text).toContain(`https://portail.example.org/mandates/${en.mandateId}`);
    expect(english.parsed.text).toMatch(/master agreement/i);

    // The approver (English in the directory) was asked in English; the lead (French) was told in French.
    const approverMail = mails.find((m) => m.envelope.to.includes('marc.roy@example.org'))!;
    expect(approverMail.parsed.headers.get('content-language')).toBe('en-CA');
    expect(server.duplicates()).toEqual([]);
  });

  it('keeps everything in the outbox while the server is down, then delivers each once when it is back', async () => {
    server.clear();
    const { service: s, storage, clock } = service();
    await server.stop();
    // Commands succeed while mail is down: their notifications wait in the outbox.
    await toSentMandate(s, 'fr');
    const pending = (await storage.list<OutboxEntry>('outbox', { limit: 100 })).items;
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.every((r) => r.data.status === 'pending' && r.data.attempts >= 1 && r.data.lastErrorCode === 'notifier_failure')).toBe(true);
    expect(server.messages).toHaveLength(0);

    // Still down a minute later: retried with backoff, nothing lost.
    clock.advance(60_000);
    await s.dispatch();
    expect((await storage.list<OutboxEntry>('outbox', { where: { status: 'pending' }, limit: 100 })).items).toHaveLength(pending.length);

    await server.start();
    clock.advance(10 * 60_000);
    const report = await s.dispatch();
    expect(report).toMatchObject({ sent: pending.length, dead: 0 });
    await server.waitForMessages(pending.length);
    // A second dispatch (and a later one) sends nothing again.
    clock.advance(60 * 60_000);
    expect(await s.dispatch()).toMatchObject({ sent: 0, retried: 0 });
    expect(server.messages).toHaveLength(pending.length);
    expect(server.duplicates()).toEqual([]);
    const sent = (await storage.list<OutboxEntry>('outbox', { limit: 100 })).items.map((r) => r.data);
    expect(sent.every((e) => e.status === 'sent' && e.providerId !== null)).toBe(true);
  });
});

describe('no email lost, none sent twice (real SMTP server, fake clock)', () => {
  const HOUR = 3_600_000;

  it('a server down for 6 hours loses nothing: retried with backoff, then each delivered once', async () => {
    server.clear();
    const { service: s, storage, clock } = service();
    await server.stop();
    await toSentMandate(s, 'fr');
    const queued = (await storage.list<OutboxEntry>('outbox', { limit: 100 })).items.length;
    let attempts = 0;
    for (let elapsed = 0; elapsed < 6 * HOUR; elapsed += 15 * 60_000) {
      clock.advance(15 * 60_000);
      const report = await s.dispatch();
      expect(report.dead).toBe(0);
      attempts += report.retried;
    }
    expect(attempts).toBeGreaterThan(queued); // retried, not given up
    await server.start();
    // Attempts are at most an hour apart, ± 20 % jitter: every entry is due within 1.2 hours.
    clock.advance(2 * HOUR);
    expect(await s.dispatch()).toMatchObject({ sent: queued, dead: 0 });
    await server.waitForMessages(queued);
    expect(server.duplicates()).toEqual([]);
    expect(await s.as(actors.admin).listDeadLetters({})).toEqual({ items: [], nextCursor: null });
  });

  it('a recipient refused for good becomes a dead letter the administration lists and sends again, once', async () => {
    server.clear();
    const { service: s, clock } = service();
    server.refuse = (to) => (to === 'marc.roy@example.org' ? { code: 550, message: 'No such mailbox' } : undefined);
    try {
      await toSentMandate(s, 'en');
    } finally {
      server.refuse = undefined;
    }
    const admin = s.as(actors.admin);
    const dead = await admin.listDeadLetters({});
    expect(dead.items.length).toBeGreaterThanOrEqual(1);
    const [letter] = dead.items;
    expect(letter?.notification).toMatchObject({ status: 'dead', lastErrorCode: 'notifier_failure', to: { email: 'marc.roy@example.org' } });
    expect(JSON.stringify(letter)).not.toContain('"text"');
    await expect(s.as(actors.approver).listDeadLetters({})).rejects.toMatchObject({ code: 'forbidden' });
    const before = server.messages.length;
    const resent = await admin.resendNotification({ id: letter?.notification.id ?? '', expectedVersion: letter?.version ?? 0 });
    expect(resent.notification.status).toBe('pending');
    clock.advance(60_000);
    await s.dispatch();
    await server.waitForMessages(before + 1);
    // Sent now: sending it again is refused; a stale version is a conflict.
    await expect(admin.resendNotification({ id: resent.notification.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(admin.resendNotification({ id: resent.notification.id, expectedVersion: resent.version - 1 })).rejects.toMatchObject({ code: 'conflict' });
    expect(server.messages.filter((m) => m.envelope.to.includes('marc.roy@example.org'))).toHaveLength(1);
    expect((await admin.listDeadLetters({})).items.map((i) => i.notification.id)).not.toContain(resent.notification.id);
    const audit = (await s.storage.listAudit({ subjectId: resent.notification.id })).items;
    expect(audit.map((e) => [e.action, e.actor.id])).toEqual([['notification.resend', actors.admin.id]]);
  });

  it('a reply lost after DATA: the retry carries the same Message-ID, so the receiver recognises the copy', async () => {
    server.clear();
    const { service: s, storage, clock } = service();
    server.dropRepliesAfterData = 1;
    const partner = await s.as(actors.secretariat).registerPartner({ name: 'Zoé Tremblay', email: 'zoe@example.org', lang: 'fr', roles: ['patient'] });
    const lead = s.as(actors.lead);
    await ensureTestProject(storage);
    const { mandate, version } = await lead.createMandate(mandateTerms(partner.partner.id) as Parameters<typeof lead.createMandate>[0]);
    await lead.submitMandate({ id: mandate.id, expectedVersion: version });
    const [entry] = (await storage.list<OutboxEntry>('outbox', { limit: 100 })).items.map((r) => r.data);
    expect(entry).toMatchObject({ status: 'pending', attempts: 1 });
    clock.advance(5 * 60_000);
    expect(await s.dispatch()).toMatchObject({ sent: 1 });
    await server.waitForMessages(2);
    const ids = server.messages.map((m) => m.parsed.messageId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toContain(entry?.id ?? '?');
  });
});
