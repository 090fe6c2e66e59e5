import { HonorariaError } from '../../errors/honoraria-error';
import { translate } from '../../i18n/messages';
import type { RecordIndex, StorageReader } from '../../ports/storage-adapter';
import type { Project } from '../../schemas/project';
import type { EntityRecord, StoredEntity } from '../stored-entity';
import { projectMessages } from './project-messages';

/** The storage collection of projects. */
export const PROJECTS_COLLECTION = 'projects';
/** The subject type of projects in the audit log. */
export const PROJECT_SUBJECT = 'project';

/** A stored project (no machine: a project is `active`). */
export type ProjectRecord = EntityRecord<Project>;

/** What a project operation returns: the project and its version. */
export interface ProjectResult {
  readonly project: Project;
  readonly version: number;
}

/** The index of a project: its lead (`assigneeId`), its state, newest first by creation. */
export function projectIndex(project: Project, createdAt: string): RecordIndex {
  return { assigneeId: project.leadUserId, status: 'active', sortKey: createdAt };
}

/** The result of an operation from a stored record. */
export function projectResult(record: ProjectRecord): ProjectResult {
  return { project: record.data.entity, version: record.version };
}

/**
 * The project a mandate names, read in the command's transaction: a `projectId` naming no
 * project is `not_found` (with the id in `details`), so no mandate points at nothing.
 */
export async function requireProject(reader: StorageReader, projectId: string): Promise<ProjectRecord> {
  const record = await reader.get<StoredEntity<Project>>(PROJECTS_COLLECTION, projectId);
  if (record === null) {
    throw new HonorariaError('not_found', { message: translate(projectMessages, 'not_found', { projectId }), details: { collection: PROJECTS_COLLECTION, projectId } });
  }
  return record;
}

/** A mandate's project for its documents, or `null` when it is not stored (documents then show its id). */
export async function findProject(reader: StorageReader, projectId: string): Promise<Project | null> {
  return (await reader.get<StoredEntity<Project>>(PROJECTS_COLLECTION, projectId))?.data.entity ?? null;
}
