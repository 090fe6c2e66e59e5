// The portal's people: staff in every role (a static directory, as an institution's own would
// be), the partners the seed registers and the volunteer applicants. Sign-in maps an email to one.
import type { Actor, Lang, StaffMember } from '@honoraria/core';

/** Where a person lands after signing in. */
export type Home = 'partner' | 'lead' | 'approver' | 'admin' | 'secretariat' | 'director' | 'applicant';

/** Someone who can sign in. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly lang: Lang;
  readonly roles: readonly string[];
  readonly home: Home;
  /** For a partner: their partner file. */
  readonly partnerId?: string;
}

/** The staff directory (also the workflow's `UserDirectory`). */
export const STAFF: readonly (StaffMember & { readonly home: Home; readonly lang: Lang; readonly roles: readonly string[] })[] = [
  { id: 'u_secretariat', name: 'Julie Morin', email: 'secretariat@unite.example', lang: 'fr', roles: ['secretariat'], home: 'secretariat' },
  { id: 'u_lead', name: 'Léa Gagnon', email: 'lea.gagnon@unite.example', lang: 'fr', roles: ['project_lead'], home: 'lead' },
  { id: 'u_approver', name: 'Marc Roy', email: 'marc.roy@unite.example', lang: 'en', roles: ['approver'], home: 'approver' },
  { id: 'u_admin', name: 'Sylvie Paquette', email: 'administration@unite.example', lang: 'fr', roles: ['administration'], home: 'admin' },
  { id: 'u_finance', name: 'Karim Haddad', email: 'finances@unite.example', lang: 'fr', roles: ['finance'], home: 'admin' },
  { id: 'u_director', name: 'Paul Lavoie', email: 'direction.programme@unite.example', lang: 'fr', roles: ['programme_director'], home: 'director' },
];

/** The volunteer applicants of the seed (they have no partner file yet). */
export const APPLICANTS: readonly Person[] = [
  { id: 'u_applicant_alice', name: 'Alice Bergeron', email: 'alice.bergeron@courriel.example', lang: 'fr', roles: ['applicant'], home: 'applicant' },
];

/** The partners the seed registers (their ids come from the database). */
export const SEED_PARTNERS = [
  { name: 'Zoé Tremblay', email: 'zoe.tremblay@courriel.example', lang: 'fr' as Lang },
  { name: 'Samuel Côté', email: 'samuel.cote@courriel.example', lang: 'en' as Lang },
] as const;

/** A partner file as a person who signs in. */
export function partnerPerson(partner: { readonly id: string; readonly name: string; readonly email?: string | null | undefined; readonly lang?: Lang | undefined }): Person {
  return { id: `user_${partner.id}`, name: partner.name, email: partner.email ?? '', lang: partner.lang ?? 'fr', roles: ['partner'], home: 'partner', partnerId: partner.id };
}

/** The actor the workflow service authorizes for a person. */
export function actorOf(person: Person): Actor {
  return person.partnerId === undefined ? { id: person.id, roles: [...person.roles] } : { id: person.id, roles: [...person.roles], partnerId: person.partnerId };
}
