import { HonorariaError } from '../../errors/honoraria-error';
import type { ApproverRule } from '../../framework/approval-policy';
import type { OperationContext } from '../operation';

/** Who a rule may name, for one mandate. */
export interface AssigneeCandidates {
  readonly initiatorUserId: string;
  /** The approver named on the mandate (rule `mandate_approver`). */
  readonly mandateApproverUserId?: string | undefined;
  /** The person the drafter proposes, for a `role` rule (must hold the role). */
  readonly requested?: string | undefined;
  /** The person asking for the decision: never chosen for a `role` rule when another holder exists. */
  readonly requesterUserId: string;
}

function noApprover(path: string, fr: string, en: string): HonorariaError {
  return new HonorariaError('validation_failed', { issues: [{ path: [path], code: 'approver_required', message: { fr, en } }] });
}

/**
 * Resolves an approval policy rule to the one user who must decide: the mandate's initiator or
 * named approver, a named user, or a holder of a role (the one requested, or else the first in
 * the directory other than the requester). Then applies segregation of duties: unless the
 * policy's `requesterMayApprove` allows it, the requester never approves their own request
 * (`rule_violation`).
 */
export async function resolveAssignee(ctx: Pick<OperationContext, 'framework' | 'directory'>, rule: ApproverRule, who: AssigneeCandidates): Promise<string> {
  let assignee: string;
  switch (rule.kind) {
    case 'mandate_initiator':
      assignee = who.initiatorUserId;
      break;
    case 'mandate_approver':
      if (who.mandateApproverUserId === undefined) throw noApprover('approverUserId', 'Indiquez la personne qui approuvera le mandat.', 'Name the person who will approve the mandate.');
      assignee = who.mandateApproverUserId;
      break;
    case 'user':
      assignee = rule.userId;
      break;
    case 'role': {
      const holders = await ctx.directory.withRole(rule.role);
      if (who.requested !== undefined) {
        if (!holders.some((h) => h.id === who.requested)) {
          throw new HonorariaError('validation_failed', {
            issues: [{ path: ['approverUserId'], code: 'approver_role', message: { fr: `Cette personne n’a pas le rôle « ${rule.role} ».`, en: `This person does not hold the “${rule.role}” role.` } }],
          });
        }
        assignee = who.requested;
      } else {
        const holder = holders.find((h) => h.id !== who.requesterUserId) ?? holders[0];
        if (holder === undefined) throw noApprover('approverUserId', `Personne n’a le rôle « ${rule.role} ».`, `Nobody holds the “${rule.role}” role.`);
        assignee = holder.id;
      }
      break;
    }
  }
  if (assignee === who.requesterUserId && !ctx.framework.approvalPolicy.segregation.requesterMayApprove) {
    throw new HonorariaError('rule_violation', {
      message: {
        fr: 'La personne qui fait la demande ne peut pas en être l’approbatrice : nommez quelqu’un d’autre.',
        en: 'The person making the request cannot be its approver: name someone else.',
      },
      details: { reason: 'requester_is_approver' },
    });
  }
  return assignee;
}
