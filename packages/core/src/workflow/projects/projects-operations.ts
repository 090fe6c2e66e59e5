import { createProject } from './create-project';
import { listProjects } from './list-projects';

/** The operations on projects. */
export const projectsOperations = {
  createProject,
  listProjects,
};
