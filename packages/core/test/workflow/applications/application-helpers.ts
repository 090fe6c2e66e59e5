// Helpers of the volunteer programme tests: an applicant's form, and walking an application to a step.
import type { Actor } from '../../../src/workflow/actor';
import type { ApplicationResult } from '../../../src/workflow/applications/application-store';
import type { TestWorld } from '../fixtures';
import { actors } from '../fixtures';

/** A complete, eligible application form. */
export const eligibleForm = {
  applicant: { name: 'Alice Tremblay', email: 'alice@example.org' },
  answers: { care_last_24_months: '2025-06-01', wants_to_contribute: true },
  commitment: 'single_activity' as const,
};

/** The steps an application goes through, in order. */
export const STEPS = [
  'submitted',
  'phone_interview_scheduled',
  'phone_interview_done',
  'joint_interview_scheduled',
  'joint_interview_done',
  'accepted',
  'volunteer_registration',
  'orientation_scheduled',
  'active',
] as const;

/** Submits an application and walks it (as the director) up to a step. */
export async function applicationAt(world: TestWorld, step: (typeof STEPS)[number], applicant: Actor = actors.applicant('alice')): Promise<ApplicationResult> {
  const director = world.service.as(actors.director);
  let r = await world.service.as(applicant).submitApplication(eligibleForm);
  const id = r.application.id;
  const go = async (target: (typeof STEPS)[number], next: () => Promise<ApplicationResult>) => {
    if (STEPS.indexOf(step) >= STEPS.indexOf(target)) r = await next();
  };
  await go('phone_interview_scheduled', () => director.schedulePhoneInterview({ id: id, at: '2026-03-10T15:00:00Z', expectedVersion: r.version }));
  await go('phone_interview_done', () => director.recordPhoneInterview({ id: id, outcome: 'favourable', expectedVersion: r.version }));
  await go('joint_interview_scheduled', () =>
    director.scheduleJointInterview({ id: id, at: '2026-03-20T15:00:00Z', interviewerUserIds: ['u_director', 'u_lead'], expectedVersion: r.version }),
  );
  await go('joint_interview_done', () => director.recordJointInterview({ id: id, documents: { resume: 1, photo_id: 2 }, expectedVersion: r.version }));
  await go('accepted', () => director.acceptApplication({ id: id, expectedVersion: r.version }));
  await go('volunteer_registration', () => director.registerVolunteer({ id: id, volunteerServiceRef: 'BEN-2026-014', expectedVersion: r.version }));
  await go('orientation_scheduled', () => director.scheduleOrientation({ id: id, at: '2026-04-07T22:00:00Z', expectedVersion: r.version }));
  await go('active', () => director.completeOrientation({ id: id, expectedVersion: r.version }));
  return r;
}
