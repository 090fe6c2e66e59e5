import * as z from 'zod';
import type { Page } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import type { Project } from '../../schemas/project';
import { requireRole, STAFF_READ_ROLES } from '../authorization';
import { pageFields } from '../command-fields';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import type { ProjectRecord, ProjectResult } from './project-store';
import { PROJECTS_COLLECTION, projectResult } from './project-store';

/** A page of projects. */
export interface ProjectPage {
  readonly items: readonly ProjectResult[];
  readonly nextCursor: string | null;
}

/**
 * Lists projects, newest first, optionally those one person leads (`leadUserId`): for staff
 * choosing the project of a mandate (project leads, approvers, the administration, finance, the
 * secretariat). Partners see a mandate's project through the mandate.
 */
export const listProjects = defineQuery(
  { target: 'page', entity: 'project' },
  z.object({ leadUserId: Id.optional(), ...pageFields }).strict(),
  async (ctx, input): Promise<ProjectPage> => {
    requireRole(ctx.actor, ...STAFF_READ_ROLES);
    const where = input.leadUserId === undefined ? {} : { assigneeId: input.leadUserId };
    const page: Page<ProjectRecord> = await ctx.storage.list<StoredEntity<Project>>(PROJECTS_COLLECTION, { where, order: 'desc', limit: input.limit, cursor: input.cursor ?? null });
    return { items: page.items.map(projectResult), nextCursor: page.nextCursor };
  },
);
