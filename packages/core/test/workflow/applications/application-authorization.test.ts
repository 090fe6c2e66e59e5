import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../../src/framework/define-framework';
import { fixedClock } from '../../../src/ports/clock';
import { sequentialIds } from '../../../src/ports/id-generator';
import { staticDirectory } from '../../../src/ports/user-directory';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import type { Actor } from '../../../src/workflow/actor';
import { createHonoraria } from '../../../src/workflow/create-honoraria';
import { seedDelegation } from '../deadlines/seed-records';
import { actors, createWorld, frameworkInput, staff } from '../fixtures';
import type { STEPS } from './application-helpers';
import { applicationAt } from './application-helpers';

type Step = (typeof STEPS)[number];

/** Each reviewer command, the step it applies at, and its input. */
const REVIEWER_COMMANDS: readonly { name: string; at: Step; input: (id: string, version: number) => Record<string, unknown> }[] = [
  { name: 'schedulePhoneInterview', at: 'submitted', input: (id, v) => ({ id, at: '2026-03-10T15:00:00Z', expectedVersion: v }) },
  { name: 'recordPhoneInterview', at: 'phone_interview_scheduled', input: (id, v) => ({ id, outcome: 'favourable', expectedVersion: v }) },
  { name: 'scheduleJointInterview', at: 'phone_interview_done', input: (id, v) => ({ id, at: '2026-03-20T15:00:00Z', expectedVersion: v }) },
  { name: 'recordJointInterview', at: 'joint_interview_scheduled', input: (id, v) => ({ id, documents: { resume: 1, photo_id: 2 }, expectedVersion: v }) },
  { name: 'acceptApplication', at: 'joint_interview_done', input: (id, v) => ({ id, expectedVersion: v }) },
  { name: 'declineApplication', at: 'submitted', input: (id, v) => ({ id, reason: 'Profil incomplet', expectedVersion: v }) },
  { name: 'holdApplication', at: 'submitted', input: (id, v) => ({ id, reason: 'Absence', expectedVersion: v }) },
  { name: 'registerVolunteer', at: 'accepted', input: (id, v) => ({ id, expectedVersion: v }) },
  { name: 'scheduleOrientation', at: 'volunteer_registration', input: (id, v) => ({ id, at: '2026-04-07T22:00:00Z', expectedVersion: v }) },
  { name: 'completeOrientation', at: 'orientation_scheduled', input: (id, v) => ({ id, expectedVersion: v }) },
];

const OUTSIDERS: readonly [string, Actor][] = [
  ['the applicant', actors.applicant('alice')],
  ['another applicant', actors.applicant('zoe')],
  ['an approver without the programme role', actors.approver],
  ['a project lead', actors.lead],
  ['the administration', actors.admin],
  ['a partner', actors.partner('ptn_other')],
];

describe('volunteer programme authorization', () => {
  for (const command of REVIEWER_COMMANDS) {
    it(`${command.name}: only a reviewer of the programme may act, and a refusal writes nothing`, async () => {
      const world = createWorld();
      const r = await applicationAt(world, command.at);
      const before = (await world.storage.listAudit({ limit: 1000 })).items.length;
      for (const [, actor] of OUTSIDERS) {
        await expect(world.service.execute(command.name, actor, command.input(r.application.id, r.version))).rejects.toMatchObject({ code: 'forbidden' });
      }
      expect((await world.storage.listAudit({ limit: 1000 })).items).toHaveLength(before);
      expect((await world.storage.get('applications', r.application.id))?.version).toBe(r.version);
      await expect(world.service.execute(command.name, actors.director, command.input(r.application.id, r.version))).resolves.toBeDefined();
    });
  }

  it('submitApplication: only an applicant submits', async () => {
    const world = createWorld();
    const form = { applicant: { name: 'X' }, answers: {} };
    for (const actor of [actors.director, actors.partner('ptn_1'), actors.admin]) {
      await expect(world.service.as(actor).submitApplication(form)).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await world.storage.list('applications')).items).toEqual([]);
  });

  it('withdrawApplication: the applicant withdraws their own; another applicant gets not_found', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'phone_interview_scheduled');
    await expect(world.service.as(actors.applicant('zoe')).withdrawApplication({ id: r.application.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.partner('ptn_1')).withdrawApplication({ id: r.application.id })).rejects.toMatchObject({ code: 'not_found' });
    const done = await world.service.as(actors.applicant('alice')).withdrawApplication({ id: r.application.id, reason: 'Déménagement', expectedVersion: r.version });
    expect(done.application).toMatchObject({ status: 'withdrawn', decisionReason: 'Déménagement' });
  });

  it('getApplication: the applicant and reviewers read it; anyone else gets not_found', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'submitted');
    const id = r.application.id;
    await expect(world.service.as(actors.applicant('alice')).getApplication({ id })).resolves.toMatchObject({ version: 1 });
    await expect(world.service.as(actors.director).getApplication({ id })).resolves.toMatchObject({ version: 1 });
    for (const [, actor] of OUTSIDERS.slice(1)) {
      await expect(world.service.as(actor).getApplication({ id })).rejects.toMatchObject({ code: 'not_found' });
    }
  });

  it('listApplications: an applicant sees only their own; a reviewer sees all; others are refused', async () => {
    const world = createWorld();
    await applicationAt(world, 'submitted', actors.applicant('alice'));
    await applicationAt(world, 'submitted', actors.applicant('zoe'));
    const alice = await world.service.as(actors.applicant('alice')).listApplications({});
    expect(alice.items.map((v) => v.application.applicantUserId)).toEqual(['applicant_alice']);
    const all = await world.service.as(actors.director).listApplications({});
    expect(all.items).toHaveLength(2);
    for (const actor of [actors.approver, actors.lead, actors.partner('ptn_1')]) {
      await expect(world.service.as(actor).listApplications({})).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('issueParkingPass and listParkingPasses: reviewers issue; a partner reads only their own', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'active');
    const partnerId = r.application.partnerId as string;
    const input = { partnerId, activityId: 'act_1', validOn: '2026-04-14' };
    for (const actor of [actors.partner(partnerId), actors.approver, actors.admin]) {
      await expect(world.service.as(actor).issueParkingPass(input)).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(world.service.as(actors.director).issueParkingPass({ ...input, partnerId: 'ptn_unknown' })).rejects.toMatchObject({ code: 'not_found' });
    await world.service.as(actors.director).issueParkingPass(input);
    await expect(world.service.as(actors.partner('ptn_other')).listParkingPasses({ partnerId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).listParkingPasses({ partnerId })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a policy naming one reviewer: that user, or their delegate for today (recorded as acting for them)', async () => {
    const framework = defineFramework({ ...frameworkInput, approvalPolicy: { ...frameworkInput.approvalPolicy, applicationReviewer: { kind: 'user', userId: 'u_director' } } });
    const storage = createMemoryStorage();
    const service = createHonoraria({ framework, storage, clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds(), directory: staticDirectory(staff) });
    const r = await service.as(actors.applicant('alice')).submitApplication({ applicant: { name: 'Alice' } });
    expect((await storage.get('applications', r.application.id))?.index.assigneeId).toBe('u_director');
    const input = { id: r.application.id, at: '2026-03-10T15:00:00Z' };
    // Another programme director is not the reviewer this policy names.
    await expect(service.as({ id: 'u_other_director', roles: ['programme_director'] }).schedulePhoneInterview(input)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(service.as(actors.delegate).schedulePhoneInterview(input)).rejects.toMatchObject({ code: 'forbidden' });
    await seedDelegation(storage, { id: 'dlg_1', fromUserId: 'u_director', toUserId: 'u_delegate', from: '2026-03-01', to: '2026-03-15', subjects: ['application'] });
    const done = await service.as(actors.delegate).schedulePhoneInterview(input);
    expect(done.application.reviewerUserId).toBe('u_director');
    const last = await storage.lastAudit(r.application.id);
    expect(last?.actor).toEqual({ id: 'u_delegate', roles: ['approver'], actingFor: 'u_director' });
  });
});
