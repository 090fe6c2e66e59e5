import type { Lang } from '../../i18n/lang';
import type { ApproverRule } from '../../framework/approval-policy';
import type { ServiceDeps } from '../operation';

/** Someone a notification goes to, with the language it is written in. */
export interface Recipient {
  /** The staff member's user id, when the recipient is staff. */
  readonly userId: string | null;
  readonly email: string;
  readonly name?: string;
  readonly lang: Lang;
}

type Deps = Pick<ServiceDeps, 'directory' | 'framework'>;

/** A staff member as a recipient (their language, or the framework's default), or `null` when the directory does not know them. */
export async function staffRecipient(deps: Deps, userId: string): Promise<Recipient | null> {
  const member = await deps.directory.find(userId);
  if (member === null) return null;
  return { userId: member.id, email: member.email, name: member.name, lang: member.lang ?? deps.framework.defaultLang };
}

/** Every staff member holding a role, as recipients. */
export async function staffWithRole(deps: Deps, role: string): Promise<Recipient[]> {
  const members = await deps.directory.withRole(role);
  return members.map((m) => ({ userId: m.id, email: m.email, name: m.name, lang: m.lang ?? deps.framework.defaultLang }));
}

/**
 * The recipients an approver rule designates: the named user, everyone holding the role, or the
 * mandate's initiator or approver (given by the caller, since only the caller knows the mandate).
 */
export async function recipientsOfRule(
  deps: Deps,
  rule: ApproverRule,
  mandate: { readonly initiatorUserId?: string | null; readonly approverUserId?: string | null } = {},
): Promise<Recipient[]> {
  switch (rule.kind) {
    case 'user':
      return onlyFound([await staffRecipient(deps, rule.userId)]);
    case 'role':
      return staffWithRole(deps, rule.role);
    case 'mandate_initiator':
      return mandate.initiatorUserId ? onlyFound([await staffRecipient(deps, mandate.initiatorUserId)]) : [];
    case 'mandate_approver':
      return mandate.approverUserId ? onlyFound([await staffRecipient(deps, mandate.approverUserId)]) : [];
  }
}

function onlyFound(list: readonly (Recipient | null)[]): Recipient[] {
  return list.filter((r): r is Recipient => r !== null);
}
