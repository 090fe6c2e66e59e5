import type { Actor, StaffMember } from '@honoraria/core';

/** The staff of the scenario's two institutions. */
export const STAFF: readonly StaffMember[] = [
  { id: 'u_secretariat', name: 'Julie Morin', email: 'secretariat@unite.example', lang: 'fr', roles: ['secretariat'] },
  { id: 'u_lead', name: 'Léa Gagnon', email: 'lea.gagnon@unite.example', lang: 'fr', roles: ['project_lead'] },
  { id: 'u_approver', name: 'Marc Roy', email: 'marc.roy@unite.example', lang: 'en', roles: ['approver'] },
  { id: 'u_admin', name: 'Sylvie Paquette', email: 'administration@unite.example', lang: 'fr', roles: ['administration'] },
  { id: 'u_finance', name: 'Karim Haddad', email: 'finances@unite.example', lang: 'fr', roles: ['finance'] },
  { id: 'u_director', name: 'Paul Lavoie', email: 'usagers.partenaires@cisss.example', lang: 'fr', roles: ['programme_director'] },
];

/** The actors of the scenario. */
export const ACTORS = {
  secretariat: { id: 'u_secretariat', roles: ['secretariat'] },
  lead: { id: 'u_lead', roles: ['project_lead'] },
  approver: { id: 'u_approver', roles: ['approver'] },
  admin: { id: 'u_admin', roles: ['administration'] },
  finance: { id: 'u_finance', roles: ['finance'] },
  director: { id: 'u_director', roles: ['programme_director'] },
  partner: (partnerId: string): Actor => ({ id: `user_${partnerId}`, roles: ['partner'], partnerId }),
  applicant: (userId: string): Actor => ({ id: userId, roles: ['applicant'] }),
} as const;

/** A staff member's name. */
export function nameOf(id: string): string {
  return STAFF.find((s) => s.id === id)?.name ?? id;
}
