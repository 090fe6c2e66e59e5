import { describe, expect, it } from 'vitest';
import type { JsonValue, StoredRecord } from '../../../src/ports/storage-adapter';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { OutboxEntry } from '../../../src/workflow/outbox-entry';
import { actors, createWorld } from '../fixtures';
import { applicationAt, eligibleForm } from './application-helpers';

async function outbox(world: ReturnType<typeof createWorld>): Promise<OutboxEntry[]> {
  return (await world.storage.list<OutboxEntry>('outbox', { limit: 1000 })).items.map((r) => r.data);
}

describe('volunteer application flow (CISSS de l’Outaouais)', () => {
  it('receives an application, evaluates its eligibility and tells the applicant when the phone interview is due', async () => {
    const world = createWorld();
    const r = await world.service.as(actors.applicant('alice')).submitApplication(eligibleForm);
    expect(r.version).toBe(1);
    expect(r.application).toMatchObject({
      status: 'submitted',
      applicantUserId: 'applicant_alice',
      receivedOn: '2026-03-02',
      applicant: { name: 'Alice Tremblay', email: 'alice@example.org', lang: 'fr' },
      eligibility: { overall: 'eligible', criteria: [{ code: 'care_last_24_months', status: 'met' }, { code: 'wants_to_contribute', status: 'met' }] },
      overdueAlertSentAt: null,
    });
    const record = await world.storage.get('applications', r.application.id);
    // Due 30 days later at the same wall-clock time (9:00 in Montréal, daylight time by then).
    expect(record?.index).toMatchObject({ status: 'submitted', parentId: 'applicant_alice', dueAt: '2026-04-02T04:00:00.000Z', sortKey: '2026-03-02T14:00:00.000Z' });
    const [received, ...others] = await outbox(world);
    expect(others).toEqual([]);
    expect(received).toMatchObject({ template: 'application.received', lang: 'fr', to: { email: 'alice@example.org' }, subjectRef: { type: 'application', id: r.application.id } });
    expect(received?.text).toContain('2 mars 2026');
    expect(received?.text).toContain('1er avril 2026');
    expect(received?.links[0]?.url).toBe(`https://portail.example.org/applications/${r.application.id}`);
    expect(world.notifier.sent.map((n) => n.template)).toEqual(['application.received']);
  });

  it('writes the received notification in the applicant’s language', async () => {
    const world = createWorld();
    await world.service.as(actors.applicant('bob')).submitApplication({ ...eligibleForm, applicant: { name: 'Bob Smith', email: 'bob@example.org', lang: 'en' } });
    const [n] = await outbox(world);
    expect(n).toMatchObject({ lang: 'en', subject: 'Application received: Partner users' });
    expect(n?.text).toContain('April 1, 2026');
  });

  it('walks an application to an active volunteer with a partner file, refusing acceptance until the checklist is complete', async () => {
    const storage = createMemoryStorage();
    const world = createWorld({ storage });
    const director = world.service.as(actors.director);
    let r = await applicationAt(world, 'joint_interview_scheduled');
    const id = r.application.id;
    expect(r.application.reviewerUserId).toBe('u_director');
    expect(r.application.interviews.map((i) => [i.kind, i.outcome])).toEqual([
      ['phone', 'favourable'],
      ['joint', 'pending'],
    ]);

    r = await director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 1 }, notes: 'Une seule pièce d’identité.', expectedVersion: r.version });
    expect(r.application.status).toBe('joint_interview_done');
    const refused = await director.acceptApplication({ id: id, expectedVersion: r.version }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_transition', details: { reason: 'documents_incomplete' } });
    expect((refused as Error).message).toContain('Pièce d’identité avec photo (1 sur 2)');

    r = await director.recordJointInterview({ id: id, documents: { photo_id: 2 }, expectedVersion: r.version });
    expect(r.application.documentsVerified).toEqual({ resume: 1, photo_id: 2 });
    r = await director.acceptApplication({ id: id, expectedVersion: r.version });
    expect(r.application.status).toBe('accepted');
    r = await director.registerVolunteer({ id: id, volunteerServiceRef: 'BEN-2026-014', expectedVersion: r.version });
    expect(r.application).toMatchObject({ status: 'volunteer_registration', volunteerServiceRef: 'BEN-2026-014' });
    r = await director.scheduleOrientation({ id: id, at: '2026-04-07T22:00:00Z', expectedVersion: r.version });
    expect(r.application).toMatchObject({ status: 'orientation_scheduled', orientationAt: '2026-04-07T22:00:00Z' });
    const orientation = (await outbox(world)).find((n) => n.template === 'application.orientation_scheduled');
    expect(orientation?.text).toContain('7 avril 2026 à 18 h 00');

    r = await director.completeOrientation({ id: id, expectedVersion: r.version });
    expect(r.application.status).toBe('active');
    const partnerId = r.application.partnerId as string;
    const partner = (await storage.get('partners', partnerId)) as StoredRecord<{ entity: Record<string, JsonValue> }> | null;
    expect(partner?.data.entity).toMatchObject({ name: 'Alice Tremblay', email: 'alice@example.org', status: 'active', roles: ['patient'], volunteer: { applicationId: id, userId: 'applicant_alice' } });
    expect(partner?.index).toMatchObject({ partnerId, status: 'active' });
    expect((await storage.get('applications', id))?.index).toMatchObject({ status: 'active', partnerId, dueAt: null });

    const events = storage.snapshot().audit;
    expect(events.filter((e) => e.subjectId === id).map((e) => e.action)).toEqual([
      'application.submit',
      'application.schedule_phone_interview',
      'application.record_phone_interview',
      'application.schedule_joint_interview',
      'application.record_joint_interview',
      'application.record_joint_interview',
      'application.accept',
      'application.register_volunteer',
      'application.schedule_orientation',
      'application.complete_orientation',
    ]);
    expect(events.filter((e) => e.subjectId === partnerId).map((e) => [e.action, e.toState])).toEqual([['partner.register', 'active']]);
    expect(await world.service.as(actors.admin).verifyAuditLog({})).toMatchObject({ valid: true, problems: [] });
  });

  it('issues one parking pass per activity, idempotently', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'active');
    const partnerId = r.application.partnerId as string;
    const director = world.service.as(actors.director);
    const first = await director.issueParkingPass({ partnerId, activityId: 'act_comite_1', validOn: '2026-04-14' });
    expect(first).toMatchObject({ issued: true, version: 1, parkingPass: { partnerId, activityId: 'act_comite_1', site: 'Hôpital de Gatineau', validOn: '2026-04-14', issuedByUserId: 'u_director' } });
    const again = await director.issueParkingPass({ partnerId, activityId: 'act_comite_1', validOn: '2026-04-14' });
    expect(again).toEqual({ ...first, issued: false });
    const other = await director.issueParkingPass({ partnerId, activityId: 'act_comite_2', validOn: '2026-05-12' });
    expect(other.parkingPass.id).not.toBe(first.parkingPass.id);
    const mine = await world.service.as(actors.partner(partnerId)).listParkingPasses({ partnerId });
    expect(mine.items.map((p) => p.parkingPass.activityId)).toEqual(['act_comite_1', 'act_comite_2']);
    const audit = (await world.storage.listAudit({ limit: 1000 })).items.filter((e) => e.subjectType === 'parking_pass');
    expect(audit).toHaveLength(2);
  });

  it('issues a single pass when two calls for one activity race', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'active');
    const partnerId = r.application.partnerId as string;
    const director = world.service.as(actors.director);
    const results = await Promise.all([1, 2, 3].map(() => director.issueParkingPass({ partnerId, activityId: 'act_1', validOn: '2026-04-14' })));
    expect(new Set(results.map((x) => x.parkingPass.id)).size).toBe(1);
    expect(results.filter((x) => x.issued)).toHaveLength(1);
    expect((await world.storage.list('parking_passes')).items).toHaveLength(1);
  });
});
