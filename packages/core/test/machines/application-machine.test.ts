import { describe, expect, it } from 'vitest';
import { HoldableApplicationStatus } from '../../src/machines/application-schemas';
import { allowedEvents, applyEvent } from '../../src/machines/apply-event';
import { isOverdue, nextDeadline } from '../../src/machines/deadlines';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { APPLICATION_EVENTS_SAMPLE as E, expectRefusal, snapshotIn } from './fixtures';
import { describeTransitionTable } from './transition-table';

const exits = { PUT_ON_HOLD: 'on_hold', DECLINE: 'declined', WITHDRAW: 'withdrawn' } as const;

describeTransitionTable('application', {
  submitted: { SCHEDULE_PHONE_INTERVIEW: 'phone_interview_scheduled', ...exits },
  phone_interview_scheduled: {
    SCHEDULE_PHONE_INTERVIEW: 'phone_interview_scheduled',
    COMPLETE_PHONE_INTERVIEW: 'phone_interview_done',
    ...exits,
  },
  phone_interview_done: { SCHEDULE_JOINT_INTERVIEW: 'joint_interview_scheduled', ...exits },
  joint_interview_scheduled: {
    SCHEDULE_JOINT_INTERVIEW: 'joint_interview_scheduled',
    RECORD_DOCUMENT: 'joint_interview_scheduled',
    COMPLETE_JOINT_INTERVIEW: 'joint_interview_done',
    ...exits,
  },
  joint_interview_done: { RECORD_DOCUMENT: 'joint_interview_done', ACCEPT: 'accepted', ...exits },
  accepted: { START_REGISTRATION: 'volunteer_registration', ...exits },
  volunteer_registration: { SCHEDULE_ORIENTATION: 'orientation_scheduled', ...exits },
  orientation_scheduled: { SCHEDULE_ORIENTATION: 'orientation_scheduled', COMPLETE_ORIENTATION: 'active', ...exits },
  // The fixture was put on hold after its phone interview.
  on_hold: { RESUME: 'phone_interview_done', DECLINE: 'declined', WITHDRAW: 'withdrawn' },
  active: {},
  declined: {},
  withdrawn: {},
});

const received = () => initialSnapshot('application', { receivedAt: '2026-03-01T15:00:00Z', requiredDocuments: ['resume', 'photo_id'] });

describe('volunteer application: the CISSS de l’Outaouais flow', () => {
  it('runs from receipt to active volunteer', () => {
    let a = received();
    expect(a.context.documents).toEqual({ resume: false, photo_id: false });
    const steps = [
      E.SCHEDULE_PHONE_INTERVIEW,
      E.COMPLETE_PHONE_INTERVIEW,
      E.SCHEDULE_JOINT_INTERVIEW,
      { ...E.RECORD_DOCUMENT, document: 'resume' },
      E.COMPLETE_JOINT_INTERVIEW,
      { ...E.RECORD_DOCUMENT, document: 'photo_id' },
      E.ACCEPT,
      E.START_REGISTRATION,
      E.SCHEDULE_ORIENTATION,
      E.COMPLETE_ORIENTATION,
    ];
    for (const event of steps) a = applyEvent('application', a, event);
    expect(a.status).toBe('active');
    expect(a.context).toMatchObject({
      phoneInterviewAt: E.SCHEDULE_PHONE_INTERVIEW.at,
      jointInterviewAt: E.SCHEDULE_JOINT_INTERVIEW.at,
      volunteerServiceRef: 'BEN-2026-042',
      orientationAt: E.SCHEDULE_ORIENTATION.at,
      activatedAt: E.COMPLETE_ORIENTATION.now,
    });
  });

  it('accepts only with every document of the programme’s checklist verified, naming what is missing', () => {
    const done = snapshotIn('application', 'joint_interview_done');
    const missing = { ...done, context: { ...done.context, documents: { resume: true, photo_id: false } } };
    const error = expectRefusal(() => applyEvent('application', missing, E.ACCEPT), {
      machine: 'application',
      from: 'joint_interview_done',
      event: 'ACCEPT',
      reason: 'documents_incomplete',
    });
    expect(error.messages.fr).toContain('photo_id');
    expect(error.messages.en).toContain('photo_id');
    expect(error.messages.fr).not.toContain('resume');
    const unverified = applyEvent('application', done, { ...E.RECORD_DOCUMENT, document: 'photo_id', verified: false });
    expect(unverified.context.documents['photo_id']).toBe(false);
  });

  it('takes its checklist from the programme: another list, and no document outside it', () => {
    let a = initialSnapshot('application', { receivedAt: '2026-03-01T15:00:00Z', requiredDocuments: ['police_check'] });
    expect(a.context.documents).toEqual({ police_check: false });
    for (const event of [E.SCHEDULE_PHONE_INTERVIEW, E.COMPLETE_PHONE_INTERVIEW, E.SCHEDULE_JOINT_INTERVIEW, E.COMPLETE_JOINT_INTERVIEW]) a = applyEvent('application', a, event);
    expectRefusal(() => applyEvent('application', a, { ...E.RECORD_DOCUMENT, document: 'resume' }), {
      machine: 'application',
      from: 'joint_interview_done',
      event: 'RECORD_DOCUMENT',
      reason: 'unknown_document',
    });
    expectRefusal(() => applyEvent('application', a, E.ACCEPT), { machine: 'application', from: 'joint_interview_done', event: 'ACCEPT', reason: 'documents_incomplete' });
    a = applyEvent('application', a, { ...E.RECORD_DOCUMENT, document: 'police_check' });
    expect(applyEvent('application', a, E.ACCEPT).status).toBe('accepted');
    // A programme requiring no document accepts after the joint interview.
    let none = initialSnapshot('application', { receivedAt: '2026-03-01T15:00:00Z', requiredDocuments: [] });
    for (const event of [E.SCHEDULE_PHONE_INTERVIEW, E.COMPLETE_PHONE_INTERVIEW, E.SCHEDULE_JOINT_INTERVIEW, E.COMPLETE_JOINT_INTERVIEW, E.ACCEPT]) none = applyEvent('application', none, event);
    expect(none.status).toBe('accepted');
  });

  it('resumes where it was put on hold, from every step', () => {
    for (const step of HoldableApplicationStatus.options) {
      const held = applyEvent('application', snapshotIn('application', step), E.PUT_ON_HOLD);
      expect(held.status).toBe('on_hold');
      expect(held.context).toMatchObject({ heldFrom: step, comment: E.PUT_ON_HOLD.reason });
      const resumed = applyEvent('application', held, E.RESUME);
      expect(resumed.status).toBe(step);
      expect(resumed.context.heldFrom).toBeNull();
    }
  });

  it('explains a hold whose origin was lost', () => {
    const held = snapshotIn('application', 'on_hold');
    expectRefusal(() => applyEvent('application', { ...held, context: { ...held.context, heldFrom: null } }, E.RESUME), {
      machine: 'application',
      from: 'on_hold',
      event: 'RESUME',
      reason: 'hold_origin_unknown',
    });
  });

  it('can be declined or withdrawn while on hold, but not put on hold twice', () => {
    expect(allowedEvents('application', snapshotIn('application', 'on_hold'))).toEqual(['RESUME', 'DECLINE', 'WITHDRAW']);
  });
});

describe('volunteer application: the phone interview deadline', () => {
  it('is due on receipt + 30 days and overdue from the next local midnight, across the change to daylight time', () => {
    // Received 1 March 10:00 EST (15:00 UTC); due on 31 March (all day); overdue from 1 April 00:00 EDT (04:00 UTC).
    expect(received().context.phoneInterviewDueAt).toBe('2026-04-01T04:00:00.000Z');
    expect(nextDeadline('application', received())).toEqual({ at: '2026-04-01T04:00:00.000Z', kind: 'phone_interview', event: null });
  });

  it('takes its number of days from the input', () => {
    const a = initialSnapshot('application', { receivedAt: '2026-03-01T15:00:00Z', phoneInterviewDueDays: 14, requiredDocuments: [] });
    expect(a.context.phoneInterviewDueAt).toBe('2026-03-16T04:00:00.000Z');
  });

  it('is overdue from the day after the due day, while the phone interview is not held', () => {
    const a = received();
    // The whole of 31 March (Toronto) is on time, as evaluateEligibility says; 1 April is overdue.
    expect(isOverdue('application', a, '2026-03-31T14:00:00Z')).toBe(false);
    expect(isOverdue('application', a, '2026-04-01T03:59:59Z')).toBe(false);
    expect(isOverdue('application', a, '2026-04-01T04:00:00Z')).toBe(true);
    const scheduled = applyEvent('application', a, E.SCHEDULE_PHONE_INTERVIEW);
    expect(isOverdue('application', scheduled, '2026-04-02T00:00:00Z')).toBe(true);
    const held = applyEvent('application', scheduled, E.COMPLETE_PHONE_INTERVIEW);
    expect(isOverdue('application', held, '2026-04-02T00:00:00Z')).toBe(false);
    expect(nextDeadline('application', held)).toBeNull();
  });

  it('is not overdue while on hold', () => {
    const held = applyEvent('application', received(), E.PUT_ON_HOLD);
    expect(isOverdue('application', held, '2026-05-01T00:00:00Z')).toBe(false);
  });
});
