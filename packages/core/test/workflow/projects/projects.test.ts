import { describe, expect, it } from 'vitest';
import { actors, createWorld, mandateTerms, registerTestPartner } from '../fixtures';

describe('projects', () => {
  it('the administration creates a project for a lead; the lead lists it and drafts a mandate on it', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const created = await world.service.as(actors.admin).createProject({
      title: 'Équité en santé',
      type: 'research',
      leadUserId: actors.lead.id,
      costCentre: 'FRQS-2026-117',
      budgetCents: 250_000,
      startDate: '2026-03-01',
      endDate: '2027-02-28',
    });
    expect(created).toMatchObject({ version: 1, project: { title: 'Équité en santé', leadUserId: 'u_lead', costCentre: 'FRQS-2026-117', budgetCents: 250_000, currency: 'CAD', organizationId: 'org' } });
    const mine = await world.service.as(actors.lead).listProjects({ leadUserId: actors.lead.id });
    expect(mine.items.map((i) => i.project.id)).toEqual([created.project.id, 'prj_1']);
    expect(mine.items[0]?.version).toBe(1);
    const drafted = await world.service.as(actors.lead).createMandate(mandateTerms(partnerId, { projectId: created.project.id }) as never);
    expect(drafted.mandate.projectId).toBe(created.project.id);
    const trail = await world.service.as(actors.admin).getHistory({ subjectType: 'project', subjectId: created.project.id });
    expect(trail.events.map((e) => e.action)).toEqual(['project.create']);
    expect(trail.verification.valid).toBe(true);
  });

  it('a project lead creates the projects they lead, and only those; partners and approvers create none', async () => {
    const world = createWorld();
    const own = await world.service.as(actors.lead).createProject({ title: 'Comité qualité', type: 'quality_improvement' });
    expect(own.project.leadUserId).toBe(actors.lead.id);
    await expect(world.service.as(actors.lead).createProject({ title: 'Autre', type: 'other', leadUserId: 'u_other' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.approver).createProject({ title: 'Autre', type: 'other' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.partner('ptn_x')).createProject({ title: 'Autre', type: 'other' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(world.service.as(actors.partner('ptn_x')).listProjects({})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a project whose end comes before its start, or without a name', async () => {
    const world = createWorld();
    await expect(world.service.as(actors.admin).createProject({ title: 'X', type: 'other', startDate: '2026-05-01', endDate: '2026-04-30' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(world.service.as(actors.admin).createProject({ title: ' ', type: 'other' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('createMandate refuses a projectId that names no project, with a typed error, and writes nothing', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const error = await world.service.as(actors.lead).createMandate(mandateTerms(partnerId, { projectId: 'prj_none' }) as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not_found', details: { projectId: 'prj_none' } });
    expect((error as { message: string }).message).toContain('prj_none');
    expect((await world.service.as(actors.lead).listMandates({})).items).toEqual([]);
  });
});
