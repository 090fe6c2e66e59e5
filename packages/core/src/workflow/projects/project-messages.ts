import { defineMessages } from '../../i18n/messages';

/** The messages of the project operations, in French and English. */
export const projectMessages = defineMessages(
  'projects',
  {
    label: 'Projet',
    not_found: 'Projet introuvable : le mandat doit nommer un projet existant ({projectId}).',
    lead_only_self: 'Un responsable de projet crée les projets qu’il dirige ; l’administration nomme un autre responsable.',
    dates_out_of_order: 'La date de fin du projet doit être le même jour que sa date de début ou après.',
  },
  {
    label: 'Project',
    not_found: 'Project not found: a mandate must name an existing project ({projectId}).',
    lead_only_self: 'A project lead creates the projects they lead; the administration names another lead.',
    dates_out_of_order: 'The project’s end date must be on or after its start date.',
  },
);
