import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { translate } from '../../i18n/messages';
import { parseOrThrow } from '../../i18n/zod-issues';
import { NonNegativeCents } from '../../money/money-schema';
import { Id } from '../../schemas/common';
import { Project, ProjectType } from '../../schemas/project';
import { IsoDate } from '../../time/calendar-date';
import { ADMIN_ROLE, hasRole } from '../actor';
import { requireRole } from '../authorization';
import { createFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { writeEntity } from '../stored-entity';
import { projectMessages } from './project-messages';
import type { ProjectResult } from './project-store';
import { PROJECT_SUBJECT, PROJECTS_COLLECTION, projectIndex, projectResult } from './project-store';

/** The roles that create projects: the administration for anyone, a project lead for themself. */
export const PROJECT_CREATOR_ROLES = [ADMIN_ROLE, 'project_lead'] as const;

/** The input of {@link createProject}. */
export const CreateProjectInput = z
  .object({
    /** The project's name, as mandates and their documents show it. */
    title: z.string().trim().min(1).max(300),
    type: ProjectType,
    /** Who leads it (drafts its mandates); the caller by default. Only the administration names someone else. */
    leadUserId: Id.optional(),
    /** The cost centre or grant that pays. */
    costCentre: z.string().trim().min(1).max(100).optional(),
    /** Its budget for partner compensation, in cents of the framework's currency. */
    budgetCents: NonNegativeCents.optional(),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
    ...createFields,
  })
  .strict();

/**
 * Creates a project that engages partners: its name, kind, lead, cost centre and budget (in the
 * framework's currency). The administration creates any project; a project lead creates the
 * projects they lead. Mandates then name it by its `id` (`createMandate({ projectId })`).
 */
export const createProject = defineCommand({ target: 'new', entity: 'project' }, CreateProjectInput, async (ctx, input): Promise<ProjectResult> => {
  requireRole(ctx.actor, ...PROJECT_CREATOR_ROLES);
  const leadUserId = input.leadUserId ?? ctx.actor.id;
  if (leadUserId !== ctx.actor.id && !hasRole(ctx.actor, ADMIN_ROLE)) throw new HonorariaError('forbidden', { message: translate(projectMessages, 'lead_only_self') });
  if (input.startDate !== undefined && input.endDate !== undefined && input.endDate < input.startDate) {
    throw new HonorariaError('validation_failed', { issues: [{ path: ['endDate'], code: 'date_range', message: translate(projectMessages, 'dates_out_of_order') }] });
  }
  return transact(ctx, input, async (scope) => {
    const { idempotencyKey: _key, leadUserId: _lead, ...fields } = input;
    const project = parseOrThrow(Project, {
      ...fields,
      id: scope.newId('prj'),
      organizationId: ctx.framework.organization.id,
      leadUserId,
      ...(input.budgetCents === undefined ? {} : { currency: ctx.framework.currency }),
    });
    const record = await writeEntity(scope, {
      collection: PROJECTS_COLLECTION,
      id: project.id,
      entity: project,
      machine: null,
      index: projectIndex(project, scope.at),
      expectedVersion: 0,
      audit: { subjectType: PROJECT_SUBJECT, action: 'project.create', toState: 'active', data: { title: project.title, leadUserId, costCentre: project.costCentre ?? null, budgetCents: project.budgetCents ?? null } },
    });
    return projectResult(record);
  });
});
