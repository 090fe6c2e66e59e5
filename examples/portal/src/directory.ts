// Finds the people who can sign in: the staff and applicants (static) and the partners (read
// from the workflow's partner files, as the secretariat).
import type { Honoraria } from '@honoraria/core';
import type { Person } from './people';
import { APPLICANTS, STAFF, partnerPerson } from './people';

/** Looks people up by id or email. */
export interface PeopleDirectory {
  byId(id: string): Promise<Person | null>;
  byEmail(email: string): Promise<Person | null>;
  /** Everyone, for the demo picker. */
  all(): Promise<readonly Person[]>;
}

const staffPeople: readonly Person[] = STAFF.map((s) => ({ id: s.id, name: s.name, email: s.email, lang: s.lang, roles: s.roles, home: s.home }));

/** The directory on the workflow service. */
export function createPeopleDirectory(service: Honoraria): PeopleDirectory {
  const secretariat = service.as({ id: 'u_secretariat', roles: ['secretariat'] });
  async function partners(): Promise<Person[]> {
    const out: Person[] = [];
    for (let cursor: string | null = null; ; ) {
      const page = await secretariat.listPartners({ limit: 200, ...(cursor === null ? {} : { cursor }) });
      out.push(...page.items.map((p) => partnerPerson(p.partner)));
      if (page.nextCursor === null) return out;
      cursor = page.nextCursor;
    }
  }
  async function all(): Promise<readonly Person[]> {
    return [...staffPeople, ...(await partners()), ...APPLICANTS];
  }
  return {
    all,
    async byId(id) {
      const fixed = [...staffPeople, ...APPLICANTS].find((p) => p.id === id);
      if (fixed !== undefined) return fixed;
      if (!id.startsWith('user_')) return null;
      try {
        const { partner } = await secretariat.getPartner({ id: id.slice('user_'.length) });
        return partnerPerson(partner);
      } catch {
        return null;
      }
    },
    async byEmail(email) {
      const wanted = email.trim().toLowerCase();
      return (await all()).find((p) => p.email.toLowerCase() === wanted) ?? null;
    },
  };
}
