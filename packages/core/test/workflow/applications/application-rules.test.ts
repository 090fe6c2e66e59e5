import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../../src/framework/define-framework';
import type { FrameworkInput } from '../../../src/framework/framework-config';
import { fixedClock } from '../../../src/ports/clock';
import { sequentialIds } from '../../../src/ports/id-generator';
import { staticDirectory } from '../../../src/ports/user-directory';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { createHonoraria } from '../../../src/workflow/create-honoraria';
import { actors, createWorld, frameworkInput, staff } from '../fixtures';
import { applicationAt, eligibleForm } from './application-helpers';

function serviceWith(programme: Partial<NonNullable<FrameworkInput['volunteerProgramme']>> | null) {
  const { volunteerProgramme, ...rest } = frameworkInput;
  const framework = defineFramework(programme === null ? rest : { ...rest, volunteerProgramme: { ...volunteerProgramme!, ...programme } });
  const storage = createMemoryStorage();
  return { storage, service: createHonoraria({ framework, storage, clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds(), directory: staticDirectory(staff) }) };
}

describe('volunteer programme rules', () => {
  it('refuses impossible transitions with invalid_transition and writes nothing', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'submitted');
    const director = world.service.as(actors.director);
    const id = r.application.id;
    const audit = () => world.storage.listAudit({ limit: 1000 }).then((p) => p.items.length);
    const before = await audit();
    await expect(director.acceptApplication({ id: id })).rejects.toMatchObject({ code: 'invalid_transition', details: { from: 'submitted', event: 'ACCEPT' } });
    await expect(director.recordJointInterview({ id: id, documents: { resume: 1 } })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(director.completeOrientation({ id: id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(director.resumeApplication({ id: id })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect(await audit()).toBe(before);
    expect((await world.storage.list('partners')).items).toEqual([]);
    const declined = await director.declineApplication({ id: id, reason: 'Ne répond pas aux critères' });
    expect(declined.application).toMatchObject({ status: 'declined', decisionReason: 'Ne répond pas aux critères' });
    await expect(world.service.as(actors.applicant('alice')).withdrawApplication({ id: id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' })).rejects.toMatchObject({ code: 'invalid_transition' });
  });

  it('puts an application on hold without a deadline and resumes it where it was', async () => {
    const world = createWorld();
    const director = world.service.as(actors.director);
    let r = await applicationAt(world, 'phone_interview_scheduled');
    const id = r.application.id;
    r = await director.holdApplication({ id: id, reason: 'Hospitalisation', expectedVersion: r.version });
    expect(r.application.status).toBe('on_hold');
    expect((await world.storage.get('applications', id))?.index.dueAt).toBeNull();
    r = await director.resumeApplication({ id: id, expectedVersion: r.version });
    expect(r.application.status).toBe('phone_interview_scheduled');
    expect((await world.storage.get('applications', id))?.index.dueAt).toBe('2026-04-02T04:00:00.000Z');
  });

  it('answers a stale expectedVersion with conflict', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'phone_interview_scheduled');
    await expect(world.service.as(actors.director).recordPhoneInterview({ id: r.application.id, outcome: 'favourable', expectedVersion: 1 })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('returns the first result for a retried submission and refuses the key with another form', async () => {
    const world = createWorld();
    const alice = world.service.as(actors.applicant('alice'));
    const first = await alice.submitApplication({ ...eligibleForm, idempotencyKey: 'form-1' });
    const again = await alice.submitApplication({ ...eligibleForm, idempotencyKey: 'form-1' });
    expect(again).toEqual(first);
    expect((await world.storage.list('applications')).items).toHaveLength(1);
    expect((await world.storage.listAudit()).items).toHaveLength(1);
    expect((await world.storage.list('outbox')).items).toHaveLength(1);
    await expect(alice.submitApplication({ ...eligibleForm, commitment: 'ongoing_committee', idempotencyKey: 'form-1' })).rejects.toMatchObject({ code: 'idempotency_mismatch' });
    // The same key from another applicant is theirs alone.
    await world.service.as(actors.applicant('zoe')).submitApplication({ ...eligibleForm, idempotencyKey: 'form-1' });
    expect((await world.storage.list('applications')).items).toHaveLength(2);
  });

  it('validates the form and the checklist with typed errors in French and English', async () => {
    const world = createWorld();
    const alice = world.service.as(actors.applicant('alice'));
    const bad = await alice.submitApplication({ applicant: { name: '', email: 'not-an-email' }, answers: {} }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'validation_failed' });
    const paths = (bad as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['applicant.name', 'applicant.email']));
    const { service } = serviceWith({ commitments: ['ongoing_committee'] });
    await expect(service.as(actors.applicant('alice')).submitApplication(eligibleForm)).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['commitment'], code: 'commitment_not_offered' }],
    });
    const r = await applicationAt(world, 'joint_interview_scheduled');
    const wrong = await world.service
      .as(actors.director)
      .recordJointInterview({ id: r.application.id, documents: { passport: 1 }, assessments: { wants_to_contribute: { met: true } } })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'validation_failed' });
    const issues = (wrong as { issues: { path: string[]; message: { fr: string; en: string } }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual([['documents', 'passport'], ['assessments', 'wants_to_contribute']]);
    expect(issues[0]?.message.en).toBe('This document is not on the programme’s list.');
  });

  it('refuses to accept an applicant who does not meet a required criterion', async () => {
    const world = createWorld();
    const alice = actors.applicant('alice');
    const r0 = await world.service.as(alice).submitApplication({ ...eligibleForm, answers: { care_last_24_months: '2022-01-10', wants_to_contribute: true } });
    expect(r0.application.eligibility.overall).toBe('ineligible');
    const director = world.service.as(actors.director);
    const id = r0.application.id;
    await director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' });
    await director.recordPhoneInterview({ id: id, outcome: 'favourable' });
    await director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z' });
    await director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 2 } });
    const refused = await director.acceptApplication({ id: id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'rule_violation', details: { reason: 'ineligible' }, issues: [{ path: ['criteria', 'care_last_24_months'], code: 'criterion_unmet' }] });
  });

  it('records criteria assessed at the interview and uses them at acceptance', async () => {
    const { service, storage } = serviceWith({
      criteria: [...frameworkInput.volunteerProgramme!.criteria, { code: 'constructive_in_groups', label: { fr: 'Constructif en groupe', en: 'Constructive in groups' }, type: 'interview_assessed' }],
    });
    const director = service.as(actors.director);
    const r = await service.as(actors.applicant('alice')).submitApplication(eligibleForm);
    expect(r.application.eligibility.overall).toBe('needs_review');
    const id = r.application.id;
    await director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' });
    await director.recordPhoneInterview({ id: id, outcome: 'favourable' });
    await director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z' });
    const done = await director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 2 }, assessments: { constructive_in_groups: { met: false, note: 'Difficultés en groupe' } } });
    expect(done.application.assessments['constructive_in_groups']).toMatchObject({ met: false, byUserId: 'u_director', note: 'Difficultés en groupe' });
    expect(done.application.eligibility.overall).toBe('ineligible');
    await expect(director.acceptApplication({ id: id })).rejects.toMatchObject({ code: 'rule_violation' });
    await director.recordJointInterview({ id: id, assessments: { constructive_in_groups: { met: true } } });
    await expect(director.acceptApplication({ id: id })).resolves.toMatchObject({ application: { status: 'accepted', eligibility: { overall: 'eligible' } } });
    expect((await storage.get('applications', id))?.index.status).toBe('accepted');
  });

  it('refuses acceptance while a document the framework requires is missing — its own list, not a fixed one', async () => {
    const { service } = serviceWith({
      requiredDocuments: [...frameworkInput.volunteerProgramme!.requiredDocuments!, { code: 'references', label: { fr: 'Références', en: 'References' }, count: 1 }],
    });
    const director = service.as(actors.director);
    const r = await service.as(actors.applicant('alice')).submitApplication(eligibleForm);
    const id = r.application.id;
    await director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' });
    await director.recordPhoneInterview({ id: id, outcome: 'favourable' });
    await director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z' });
    await director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 2 } });
    const refused = await director.acceptApplication({ id: id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_transition', details: { reason: 'documents_incomplete', missing: 'references' } });
    expect((refused as { messages: { en: string } }).messages.en).toBe('Documents to verify before acceptance: References.');
    await director.recordJointInterview({ id: id, documents: { references: 1 } });
    await expect(director.acceptApplication({ id: id })).resolves.toMatchObject({ application: { status: 'accepted' } });
  });

  it('a programme requiring other documents than a résumé and photo IDs: the checklist is the framework’s', async () => {
    const { service, storage } = serviceWith({ requiredDocuments: [{ code: 'police_check', label: { fr: 'Vérification des antécédents', en: 'Police check' }, count: 1 }] });
    const director = service.as(actors.director);
    const r = await service.as(actors.applicant('alice')).submitApplication(eligibleForm);
    const id = r.application.id;
    const stored = await storage.get<{ machine: { context: { documents: Record<string, boolean> } } }>('applications', id);
    expect(stored?.data.machine.context.documents).toEqual({ police_check: false });
    await director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' });
    await director.recordPhoneInterview({ id: id, outcome: 'favourable' });
    await director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z' });
    // No résumé, no photo ID asked: the interview alone does not complete the checklist.
    await director.recordJointInterview({ id: id, documents: {} });
    const refused = await director.acceptApplication({ id: id }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'invalid_transition', details: { reason: 'documents_incomplete', missing: 'police_check' } });
    expect((refused as { messages: { fr: string } }).messages.fr).toBe('Documents à vérifier avant l’acceptation : Vérification des antécédents.');
    await expect(director.recordJointInterview({ id: id, documents: { resume: 1 } })).rejects.toMatchObject({ code: 'validation_failed' });
    await director.recordJointInterview({ id: id, documents: { police_check: 1 } });
    await expect(director.acceptApplication({ id: id })).resolves.toMatchObject({ application: { status: 'accepted' } });
  });

  it('opens the partner file with the email given at orientation when the form had none', async () => {
    const world = createWorld();
    const director = world.service.as(actors.director);
    const r0 = await world.service.as(actors.applicant('paul')).submitApplication({ applicant: { name: 'Paul Côté', phone: '819-555-0101' }, answers: eligibleForm.answers });
    expect((await world.storage.list('outbox')).items).toEqual([]);
    const id = r0.application.id;
    for (const step of [
      () => director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z' }),
      () => director.recordPhoneInterview({ id: id, outcome: 'favourable' }),
      () => director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z' }),
      () => director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 2 } }),
      () => director.acceptApplication({ id: id }),
      () => director.registerVolunteer({ id: id }),
      () => director.scheduleOrientation({ id: id, at: '2026-04-07T22:00:00Z' }),
    ]) {
      await step();
    }
    await expect(director.completeOrientation({ id: id })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['email'], code: 'email_required' }] });
    expect((await world.storage.list('partners')).items).toEqual([]);
    const done = await director.completeOrientation({ id: id, email: 'paul.cote@example.org', partnerRoles: ['caregiver'] });
    const partner = await world.storage.get<{ entity: { email: string; roles: string[]; phone: string } }>('partners', done.application.partnerId as string);
    expect(partner?.data.entity).toMatchObject({ email: 'paul.cote@example.org', roles: ['caregiver'], phone: '819-555-0101' });
  });

  it('refuses the programme’s commands when the framework has no programme, and passes when it gives none', async () => {
    const { service } = serviceWith(null);
    await expect(service.as(actors.applicant('alice')).submitApplication(eligibleForm)).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'no_volunteer_programme' } });
    const { service: noPasses } = serviceWith({ recognition: { parkingPassPerActivity: false } });
    await expect(noPasses.as(actors.director).issueParkingPass({ partnerId: 'ptn_1', activityId: 'a', validOn: '2026-04-01' })).rejects.toMatchObject({
      code: 'rule_violation',
      details: { reason: 'no_parking_pass' },
    });
    const world = createWorld();
    await expect(world.service.as(actors.director).issueParkingPass({ partnerId: 'ptn_1', activityId: 'a', validOn: '2026-04-01', site: 'Ailleurs' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['site'] }],
    });
  });
});
