import * as z from 'zod';

/**
 * The roles the workflow service knows (an institution maps its own users and groups onto them in
 * its `authenticate` callback; the framework's approval policy may name other role codes too).
 * - `partner`: a health partner, acting only on their own records (`partnerId`).
 * - `project_lead`: drafts mandates for their projects and usually approves the requests on them.
 * - `approver`: approves mandates and payment requests assigned (or delegated) to them.
 * - `admin`: the administration: forwards approved requests, records payments, issues slips.
 * - `finance`: sees SIN and bank details in payroll exports.
 * - `secretariat`: opens partner files and records their tax and payment profiles.
 * - `programme_director`: runs the volunteer partner-user programme (applications, interviews).
 * - `applicant`: a person applying to the volunteer programme, before they have a partner file.
 * - `system`: deadlines and automation (`runDue`).
 */
export const KNOWN_ROLES = [
  'partner',
  'project_lead',
  'approver',
  'admin',
  'finance',
  'secretariat',
  'programme_director',
  'applicant',
  'system',
] as const;

/** A role code: one of {@link KNOWN_ROLES} or a code the framework's approval policy names. */
export const Role = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
/** A role code. */
export type Role = (typeof KNOWN_ROLES)[number] | (string & {});

/** Who is calling a command or a query: a user id, their roles and, for a partner, their partner id. */
export const Actor = z.object({
  id: z.string().min(1).max(200),
  roles: z.array(Role).min(1).readonly(),
  partnerId: z.string().min(1).max(200).nullish(),
});
/** Who is calling a command or a query. */
export type Actor = z.infer<typeof Actor>;

/**
 * The built-in administration role. Every check of the administration's powers uses it; the
 * framework's own name for it (`approvalPolicy.administrationRole`) is mapped onto it when a call
 * enters the service (see {@link withAdministrationRole}).
 */
export const ADMIN_ROLE = 'admin';

/** The actor `runDue` and other automation act as. */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'] };

/** Whether an actor holds any of the roles. */
export function hasRole(actor: Actor, ...roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/**
 * The framework's administration role (`approvalPolicy.administrationRole`, such as
 * `administration`) is the built-in `admin` role under the institution's name: an actor holding
 * it acts as `admin` everywhere.
 */
export function withAdministrationRole(actor: Actor, administrationRole: string): Actor {
  if (administrationRole === ADMIN_ROLE || !actor.roles.includes(administrationRole) || actor.roles.includes(ADMIN_ROLE)) return actor;
  return { ...actor, roles: [...actor.roles, ADMIN_ROLE] };
}
