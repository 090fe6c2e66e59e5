import { describe, expect, it } from 'vitest';
import { framework } from '../fixtures';
import { actors, createWorld } from '../fixtures';
import type { MemoryStorage } from '../../../src/storage/memory-storage';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { OutboxEntry } from '../../../src/workflow/outbox-entry';
import { applicationAt } from '../applications/application-helpers';
import { seedDelegation, seedMandate, seedPaymentRequest } from './seed-records';

function world() {
  const storage = createMemoryStorage();
  return { ...createWorld({ storage }), storage };
}

async function outbox(storage: MemoryStorage): Promise<OutboxEntry[]> {
  return (await storage.list<OutboxEntry>('outbox', { limit: 1000 })).items.map((r) => r.data);
}

/** Runs `runDue` a second time at the same instant and checks that nothing changed at all. */
async function expectSecondRunChangesNothing(w: ReturnType<typeof world>, at: Date): Promise<void> {
  const before = w.storage.snapshot();
  const again = await w.service.runDue(at);
  expect(again).toEqual({ at: at.toISOString(), fired: [], failures: [], skipped: 0 });
  expect(w.storage.snapshot()).toEqual(before);
}

describe('runDue: volunteer applications', () => {
  it('alerts the programme director once when the phone interview is overdue', async () => {
    const w = world();
    const r = await applicationAt(w, 'submitted');
    // Received 2 March, within 30 days: due on 1 April (all day, Toronto), overdue from 2 April 00:00 EDT.
    expect(await w.service.runDue(new Date('2026-04-02T03:59:59Z'))).toMatchObject({ fired: [] });
    const at = new Date('2026-04-02T04:00:00Z');
    const report = await w.service.runDue(at);
    expect(report).toEqual({ at: at.toISOString(), fired: [{ collection: 'applications', id: r.application.id, kind: 'phone_interview_overdue', notified: 1 }], failures: [], skipped: 0 });
    const alert = (await outbox(w.storage)).find((n) => n.template === 'deadlines.phone_interview_overdue');
    expect(alert).toMatchObject({ lang: 'fr', to: { email: 'direction@example.org' }, status: 'sent', subject: 'Entrevue téléphonique en retard : Alice Tremblay' });
    expect(alert?.text).toContain('reçue le 2 mars 2026');
    expect(alert?.text).toContain('au plus tard le 1er avril 2026');
    const stored = await w.storage.get<{ entity: { overdueAlertSentAt: string } }>('applications', r.application.id);
    expect(stored?.data.entity.overdueAlertSentAt).toBe(at.toISOString());
    expect(stored?.index.dueAt).toBeNull();
    expect((await w.storage.lastAudit(r.application.id))).toMatchObject({ action: 'application.overdue_alert', actor: { id: 'system' }, fromState: 'submitted', toState: 'submitted' });
    await expectSecondRunChangesNothing(w, at);
    expect(await w.service.runDue(new Date('2026-05-01T13:00:00Z'))).toMatchObject({ fired: [] });
    // Still overdue, and visible as such, until the interview is held.
    w.clock.set('2026-05-01T13:00:00Z');
    expect((await w.service.as(actors.director).getApplication({ id: r.application.id })).overdue).toBe(true);
  });

  it('runs no deadline while on hold, and alerts after a resume past the deadline', async () => {
    const w = world();
    const director = w.service.as(actors.director);
    const r = await applicationAt(w, 'submitted');
    await director.holdApplication({ id: r.application.id, reason: 'Absence' });
    expect(await w.service.runDue(new Date('2026-04-15T12:00:00Z'))).toMatchObject({ fired: [] });
    w.clock.set('2026-04-16T12:00:00Z');
    await director.resumeApplication({ id: r.application.id });
    expect((await w.service.runDue(new Date('2026-04-16T12:00:00Z'))).fired).toEqual([{ collection: 'applications', id: r.application.id, kind: 'phone_interview_overdue', notified: 1 }]);
  });

  it('does not alert once the phone interview is held', async () => {
    const w = world();
    await applicationAt(w, 'phone_interview_done');
    expect(await w.service.runDue(new Date('2026-06-01T12:00:00Z'))).toMatchObject({ fired: [], failures: [] });
  });
});

describe('runDue: mandates', () => {
  it('expires an offer the partner did not answer in time', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'sent_to_partner', startDate: '2026-04-01', endDate: '2026-06-30', sentAt: '2026-03-02T14:00:00.000Z', offerExpiresAt: '2026-04-01T14:00:00.000Z' });
    expect((await w.service.runDue(new Date('2026-04-01T13:59:59Z'))).fired).toEqual([]);
    const at = new Date('2026-04-01T14:00:00Z');
    expect((await w.service.runDue(at)).fired).toEqual([{ collection: 'mandates', id: 'mnd_1', kind: 'offer_expiry', notified: 0 }]);
    const m = await w.storage.get<{ entity: { status: string } }>('mandates', 'mnd_1');
    expect(m?.data.entity.status).toBe('offer_expired');
    expect(m?.index).toMatchObject({ status: 'offer_expired', dueAt: null });
    expect(await w.storage.lastAudit('mnd_1')).toMatchObject({ action: 'mandate.expire_offer', fromState: 'sent_to_partner', toState: 'offer_expired', actor: { id: 'system', roles: ['system'] } });
    await expectSecondRunChangesNothing(w, at);
  });

  it('activates an accepted mandate on its start date (midnight, organization’s time zone), then expires it after its end date', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'accepted', startDate: '2026-04-01', endDate: '2026-04-30', sentAt: '2026-03-02T14:00:00.000Z', acceptedAt: '2026-03-05T14:00:00.000Z' });
    expect((await w.storage.get('mandates', 'mnd_1'))?.index.dueAt).toBe('2026-04-01T04:00:00.000Z');
    expect((await w.service.runDue(new Date('2026-04-01T03:59:59Z'))).fired).toEqual([]);
    const start = new Date('2026-04-01T04:00:00Z');
    expect((await w.service.runDue(start)).fired).toEqual([{ collection: 'mandates', id: 'mnd_1', kind: 'activation', notified: 0 }]);
    expect((await w.storage.get('mandates', 'mnd_1'))?.index).toMatchObject({ status: 'active', dueAt: '2026-05-01T04:00:00.000Z' });
    await expectSecondRunChangesNothing(w, start);
    const end = new Date('2026-05-01T04:00:00Z');
    expect((await w.service.runDue(end)).fired).toEqual([{ collection: 'mandates', id: 'mnd_1', kind: 'end_of_term', notified: 0 }]);
    expect((await w.storage.get('mandates', 'mnd_1'))?.index).toMatchObject({ status: 'expired', dueAt: null });
    await expectSecondRunChangesNothing(w, end);
  });

  it('fires every passed deadline of a record in one run', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'accepted', startDate: '2026-04-01', endDate: '2026-04-30', sentAt: '2026-03-02T14:00:00.000Z', acceptedAt: '2026-03-05T14:00:00.000Z' });
    const report = await w.service.runDue(new Date('2026-06-01T12:00:00Z'));
    expect(report.fired.map((f) => f.kind)).toEqual(['activation', 'end_of_term']);
    expect((await w.storage.listAudit({ subjectId: 'mnd_1' })).items.map((e) => e.action)).toEqual(['mandate.activate', 'mandate.expire']);
  });

  it('keeps a mandate with activity active after its end date and tells its initiator once', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'active', startDate: '2026-03-01', endDate: '2026-04-30', sentAt: '2026-02-20T14:00:00.000Z', acceptedAt: '2026-02-21T14:00:00.000Z' });
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'draft', reviewStartedAt: '2026-04-20T14:00:00.000Z' });
    const end = new Date('2026-05-01T04:00:00Z');
    expect((await w.service.runDue(end)).fired).toEqual([{ collection: 'mandates', id: 'mnd_1', kind: 'end_of_term_with_activity', notified: 1 }]);
    expect((await w.storage.get('mandates', 'mnd_1'))?.index).toMatchObject({ status: 'active', dueAt: null });
    const notice = (await outbox(w.storage)).find((n) => n.template === 'deadlines.mandate_term_ended');
    expect(notice).toMatchObject({ to: { email: 'lea.gagnon@example.org' }, lang: 'fr', subject: 'Mandat arrivé à échéance : Comité mnd_1' });
    await expectSecondRunChangesNothing(w, end);
    // A later writer re-arms the index (as mandateIndex does): no second notice.
    const record = await w.storage.get('mandates', 'mnd_1');
    await w.storage.transaction((tx) => tx.put({ collection: 'mandates', id: 'mnd_1', data: record!.data, index: { ...record!.index, dueAt: '2026-05-01T04:00:00.000Z' }, expectedVersion: record!.version }));
    expect((await w.service.runDue(new Date('2026-05-02T12:00:00Z'))).fired).toEqual([]);
    expect((await outbox(w.storage)).filter((n) => n.template === 'deadlines.mandate_term_ended')).toHaveLength(1);
    expect((await w.storage.get('mandates', 'mnd_1'))?.index.dueAt).toBeNull();
  });

  it('lets a mandate expire when its only request was withdrawn', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'active', startDate: '2026-03-01', endDate: '2026-04-30', sentAt: '2026-02-20T14:00:00.000Z', acceptedAt: '2026-02-21T14:00:00.000Z' });
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'withdrawn', reviewStartedAt: '2026-04-20T14:00:00.000Z' });
    expect((await w.service.runDue(new Date('2026-05-01T04:00:00Z'))).fired.map((f) => f.kind)).toEqual(['end_of_term']);
  });
});

describe('runDue: payment requests under review', () => {
  const started = '2026-03-02T14:00:00.000Z';

  it('reminds the approver after reminderAfterDays, then escalates to the person the policy names', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_1', stage: 'active', startDate: '2026-03-01', endDate: '2026-12-31', sentAt: '2026-02-20T14:00:00.000Z', acceptedAt: '2026-02-21T14:00:00.000Z' });
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'under_review', reviewStartedAt: started });
    // Review started 2 March; within 5 days: due on 7 March, reminded from 8 March 00:00 EST.
    expect((await w.storage.get('payment_requests', 'prq_1'))?.index.dueAt).toBe('2026-03-08T05:00:00.000Z');
    expect((await w.service.runDue(new Date('2026-03-08T04:59:59Z'))).fired).toEqual([]);
    const remind = new Date('2026-03-08T05:00:00Z');
    expect((await w.service.runDue(remind)).fired).toEqual([{ collection: 'payment_requests', id: 'prq_1', kind: 'review_reminder', notified: 1 }]);
    const reminder = (await outbox(w.storage)).find((n) => n.template === 'deadlines.review_reminder');
    expect(reminder).toMatchObject({ lang: 'en', to: { email: 'marc.roy@example.org' }, subject: 'Reminder: a payment request is waiting for your decision' });
    expect(reminder?.text).toContain('since March 2, 2026');
    expect((await w.storage.get('payment_requests', 'prq_1'))?.index.dueAt).toBe('2026-03-13T04:00:00.000Z'); // within 10 days: 12 March, then 13 March 00:00 EDT
    await expectSecondRunChangesNothing(w, remind);
    const escalate = new Date('2026-03-13T04:00:00Z');
    expect((await w.service.runDue(escalate)).fired).toEqual([{ collection: 'payment_requests', id: 'prq_1', kind: 'review_escalation', notified: 1 }]);
    const escalation = (await outbox(w.storage)).find((n) => n.template === 'deadlines.review_escalation');
    expect(escalation).toMatchObject({ lang: 'fr', to: { email: 'direction@example.org' } });
    expect(escalation?.text).toContain('selon la politique d’approbation');
    const stored = await w.storage.get<{ entity: { remindedAt: string; escalatedAt: string; status: string } }>('payment_requests', 'prq_1');
    expect(stored?.data.entity).toMatchObject({ status: 'under_review', remindedAt: remind.toISOString(), escalatedAt: escalate.toISOString() });
    expect(stored?.index).toMatchObject({ status: 'under_review', assigneeId: 'u_approver', dueAt: null });
    expect((await w.storage.listAudit({ subjectId: 'prq_1' })).items.map((e) => [e.action, e.data])).toEqual([
      ['payment_request.remind', { to: ['u_approver'] }],
      ['payment_request.escalate', { to: ['u_director'], via: 'policy' }],
    ]);
    await expectSecondRunChangesNothing(w, escalate);
  });

  it('escalates to the approver’s active delegate instead', async () => {
    const w = world();
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'under_review', reviewStartedAt: started });
    await seedDelegation(w.storage, { id: 'dlg_1', fromUserId: 'u_approver', toUserId: 'u_delegate', from: '2026-03-09', to: '2026-03-20', subjects: ['payment_request'] });
    await seedDelegation(w.storage, { id: 'dlg_2', fromUserId: 'u_approver', toUserId: 'u_admin', from: '2026-03-09', to: '2026-03-20', subjects: ['mandate'] });
    const report = await w.service.runDue(new Date('2026-03-13T04:00:00Z'));
    expect(report.fired.map((f) => f.kind)).toEqual(['review_reminder', 'review_escalation']);
    const escalation = (await outbox(w.storage)).find((n) => n.template === 'deadlines.review_escalation');
    expect(escalation).toMatchObject({ to: { email: 'nadia.cote@example.org' } });
    expect(escalation?.text).toContain('Vous êtes la personne déléguée');
    expect((await w.storage.lastAudit('prq_1'))?.data).toEqual({ to: ['u_delegate'], via: 'delegate' });
  });

  it('alerts the administration once when an approved request is not paid by the payment deadline', async () => {
    const w = world();
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'approved', reviewStartedAt: started, approvedAt: '2026-03-03T14:00:00.000Z' });
    // Approved 3 March, paid within 30 days: due on 2 April (all day), overdue from 3 April 00:00 EDT.
    expect((await w.service.runDue(new Date('2026-04-03T03:59:59Z'))).fired).toEqual([]);
    const at = new Date('2026-04-03T04:00:00Z');
    expect((await w.service.runDue(at)).fired).toEqual([{ collection: 'payment_requests', id: 'prq_1', kind: 'payment_overdue', notified: 1 }]);
    expect((await outbox(w.storage)).find((n) => n.template === 'deadlines.payment_overdue')).toMatchObject({ to: { email: 'admin@example.org' } });
    expect((await w.storage.get('payment_requests', 'prq_1'))?.index.dueAt).toBeNull();
    await expectSecondRunChangesNothing(w, at);
  });
});

describe('runDue: robustness', () => {
  it('clears a stale dueAt without touching the data or the audit log', async () => {
    const w = world();
    const r = await applicationAt(w, 'phone_interview_done');
    const record = await w.storage.get('applications', r.application.id);
    await w.storage.transaction((tx) => tx.put({ collection: 'applications', id: r.application.id, data: record!.data, index: { ...record!.index, dueAt: '2026-03-05T00:00:00.000Z' }, expectedVersion: record!.version }));
    const audit = w.storage.snapshot().audit.length;
    const at = new Date('2026-03-06T00:00:00Z');
    expect(await w.service.runDue(at)).toMatchObject({ fired: [], failures: [] });
    const after = await w.storage.get('applications', r.application.id);
    expect(after?.data).toEqual(record?.data);
    expect(after?.index.dueAt).toBeNull();
    expect(w.storage.snapshot().audit).toHaveLength(audit);
    await expectSecondRunChangesNothing(w, at);
  });

  it('reports a record it cannot handle and fires the others', async () => {
    const w = world();
    await seedMandate(w.storage, framework, { id: 'mnd_bad', stage: 'sent_to_partner', startDate: '2026-04-01', endDate: '2026-06-30', sentAt: '2026-03-02T14:00:00.000Z', offerExpiresAt: '2026-04-01T14:00:00.000Z' });
    await seedMandate(w.storage, framework, { id: 'mnd_ok', stage: 'sent_to_partner', startDate: '2026-04-01', endDate: '2026-06-30', sentAt: '2026-03-02T14:00:00.000Z', offerExpiresAt: '2026-04-01T14:00:00.000Z' });
    const bad = await w.storage.get<{ machine: Record<string, unknown> }>('mandates', 'mnd_bad');
    await w.storage.transaction((tx) =>
      tx.put({ collection: 'mandates', id: 'mnd_bad', data: { ...bad!.data, machine: { ...bad!.data.machine, version: 99 } }, index: bad!.index, expectedVersion: bad!.version }),
    );
    const at = new Date('2026-04-02T00:00:00Z');
    const report = await w.service.runDue(at);
    expect(report.fired.map((f) => f.id)).toEqual(['mnd_ok']);
    expect(report.failures).toEqual([{ collection: 'mandates', id: 'mnd_bad', code: 'validation_failed', message: expect.objectContaining({ fr: expect.any(String), en: expect.any(String) }) }]);
    // It stays due, and fails the same way, writing nothing.
    const before = w.storage.snapshot();
    expect((await w.service.runDue(at)).failures).toHaveLength(1);
    expect(w.storage.snapshot()).toEqual(before);
  });

  it('fires each deadline once when two runs race', async () => {
    const w = world();
    for (const name of ['a', 'b', 'c']) await applicationAt(w, 'submitted', actors.applicant(name));
    await seedPaymentRequest(w.storage, framework, { id: 'prq_1', mandateId: 'mnd_1', stage: 'under_review', reviewStartedAt: started() });
    const at = new Date('2026-04-02T14:00:00Z');
    const [one, two] = await Promise.all([w.service.runDue(at), w.service.runDue(at)]);
    const fired = [...one.fired, ...two.fired].map((f) => `${f.id}:${f.kind}`).sort();
    expect(fired).toEqual([...new Set(fired)]);
    expect(fired).toHaveLength(3 + 2);
    expect(one.failures.concat(two.failures)).toEqual([]);
    expect((await outbox(w.storage)).filter((n) => n.template.startsWith('deadlines.'))).toHaveLength(5);
    await expectSecondRunChangesNothing(w, at);
  });
});

function started(): string {
  return '2026-03-02T14:00:00.000Z';
}
