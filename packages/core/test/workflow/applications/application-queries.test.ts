import { describe, expect, it } from 'vitest';
import { actors, createWorld } from '../fixtures';
import { applicationAt } from './application-helpers';

describe('volunteer application queries', () => {
  it('shows an application with its eligibility reasons, its deadline, whether it is overdue and its next steps', async () => {
    const world = createWorld();
    const r = await applicationAt(world, 'submitted');
    const view = await world.service.as(actors.applicant('alice')).getApplication({ id: r.application.id });
    expect(view).toMatchObject({ version: 1, overdue: false, phoneInterviewDueAt: '2026-04-02T04:00:00.000Z' });
    expect(view.eligibility.overall).toBe('eligible');
    expect(view.eligibility.criteria[1]?.reason).toEqual({ fr: 'La personne candidate l’atteste.', en: 'The applicant attests it.' });
    expect(view.nextSteps).toEqual(['SCHEDULE_PHONE_INTERVIEW', 'PUT_ON_HOLD', 'DECLINE', 'WITHDRAW']);
    world.clock.set('2026-04-01T23:59:59Z');
    expect((await world.service.as(actors.director).getApplication({ id: r.application.id })).overdue).toBe(false);
    world.clock.set('2026-04-02T04:00:00Z');
    expect((await world.service.as(actors.director).getApplication({ id: r.application.id })).overdue).toBe(true);
  });

  it('flags overdue applications in listings and lists only them on request', async () => {
    const world = createWorld();
    const late = await applicationAt(world, 'submitted', actors.applicant('alice'));
    world.clock.set('2026-03-20T14:00:00Z');
    const recent = await applicationAt(world, 'submitted', actors.applicant('zoe'));
    const interviewed = await applicationAt(world, 'phone_interview_done', actors.applicant('max'));
    world.clock.set('2026-04-02T14:00:00Z');
    const director = world.service.as(actors.director);
    const all = await director.listApplications({});
    expect(all.items.map((v) => [v.application.id, v.overdue])).toEqual([
      [late.application.id, true],
      [recent.application.id, false],
      [interviewed.application.id, false],
    ]);
    const overdue = await director.listApplications({ overdueOnly: true });
    expect(overdue.items.map((v) => v.application.id)).toEqual([late.application.id]);
    const done = await director.listApplications({ status: 'phone_interview_done' });
    expect(done.items.map((v) => v.application.id)).toEqual([interviewed.application.id]);
    const mine = await director.listApplications({ assignedToMe: true });
    expect(mine.items.map((v) => v.application.id)).toEqual([interviewed.application.id]);
  });

  it('pages through applications with a cursor', async () => {
    const world = createWorld();
    for (const name of ['a', 'b', 'c']) await applicationAt(world, 'submitted', actors.applicant(name));
    const director = world.service.as(actors.director);
    const first = await director.listApplications({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await director.listApplications({ limit: 2, cursor: first.nextCursor });
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.items.map((v) => v.application.applicantUserId)).toEqual(['applicant_c']);
  });
});
