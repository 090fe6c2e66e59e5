import type { Lang } from '../i18n/lang';

/**
 * A member of the institution's staff (a project lead, an approver, someone of the
 * administration, finance or the secretariat, a programme director), as notifications need them.
 * The service never stores them: it asks the {@link UserDirectory} when it writes a notification.
 */
export interface StaffMember {
  /** Their user id: the `id` of the actor your `authenticate` callback builds for them, and the id mandates name (`initiatorUserId`, `approverUserId`). */
  readonly id: string;
  /** Their name, as emails greet them and documents name them. */
  readonly name: string;
  /** Where their notifications are sent. */
  readonly email: string;
  /** The language of their notifications; the framework's default when absent. */
  readonly lang?: Lang;
  /** Their role codes, for notifications addressed to a role (such as `programme_director`). */
  readonly roles?: readonly string[];
  /**
   * The partner records of this person, when a member of staff is also a health partner. The
   * service refuses their approving or processing a payment to any of them, whatever roles and
   * `partnerId` the host application's `authenticate` callback sets on the actor.
   */
  readonly partnerIds?: readonly string[];
}

/**
 * Where the workflow finds staff members (project leads, approvers, the administration) to
 * notify them. Institutions connect their own directory; {@link staticDirectory} holds a list.
 * A lookup that finds nobody is reported to `createHonoraria({ onWarning })`.
 */
export interface UserDirectory {
  /** A staff member by user id, or `null`. */
  find(userId: string): Promise<StaffMember | null>;
  /** Every staff member holding a role. */
  withRole(role: string): Promise<readonly StaffMember[]>;
}

/** A {@link UserDirectory} over a fixed list of staff members. */
export function staticDirectory(members: readonly StaffMember[]): UserDirectory {
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    find: async (userId) => byId.get(userId) ?? null,
    withRole: async (role) => members.filter((m) => m.roles?.includes(role)),
  };
}
