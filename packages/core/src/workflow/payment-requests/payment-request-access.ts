import { HonorariaError } from '../../errors/honoraria-error';
import type { StorageReader } from '../../ports/storage-adapter';
import { dateOf } from '../../time/time-zone';
import type { Actor } from '../actor';
import { ADMIN_ROLE, hasRole } from '../actor';
import type { ApproverAuthority } from '../authorization';
import { activeDelegationsTo, requireNotPayeeLinked, requireNotRequester, resolveApproverAuthority, STAFF_READ_ROLES } from '../authorization';
import type { OperationContext } from '../operation';
import type { PaymentRequestEntity } from './payment-request-store';

/**
 * Who may do what with a payment request, beyond the shared rules of `authorization.ts`:
 * the partner writes, submits and withdraws their own requests; the assigned approver (or their
 * delegate) decides; nobody decides on a request they made or that pays them.
 */

/** The prefix of an approver assignment to a role (`role:programme_director`) rather than a user. */
export const ROLE_ASSIGNEE_PREFIX = 'role:';

/** The role an assignment names, or `null` when it names a user. */
export function assignedRole(assigneeId: string): string | null {
  return assigneeId.startsWith(ROLE_ASSIGNEE_PREFIX) ? assigneeId.slice(ROLE_ASSIGNEE_PREFIX.length) : null;
}

type Reader = { readonly tx: Pick<StorageReader, 'list'>; readonly now: Date };

/**
 * Checks that the actor may decide on a request (approve, request changes, reject): not its
 * payee (even holding the approver role), not its requester, and either its assigned approver,
 * someone holding the role it is assigned to, or a delegate of the assigned approver for today
 * (recorded as acting for them). Throws `forbidden`.
 */
export async function authorizeDecision(ctx: Pick<OperationContext, 'actor' | 'framework' | 'directory'>, reader: Reader, request: PaymentRequestEntity): Promise<ApproverAuthority> {
  await requireNotPayeeLinked(ctx, request.partnerId);
  requireNotRequester(ctx.actor, request.createdByUserId);
  const assignee = request.approverUserId;
  if (assignee === undefined) {
    throw new HonorariaError('forbidden', {
      message: { fr: 'Cette demande n’attend aucune décision.', en: 'This request awaits no decision.' },
    });
  }
  const role = assignedRole(assignee);
  if (role !== null) {
    if (hasRole(ctx.actor, role)) return { actingFor: null, delegationId: null };
    throw new HonorariaError('forbidden', {
      message: { fr: 'Cette décision est assignée à une autre personne.', en: 'This decision is assigned to someone else.' },
      details: { subject: 'payment_request' },
    });
  }
  return resolveApproverAuthority(ctx, reader, assignee, 'payment_request');
}

/**
 * The assignments an actor answers for today: their own id, `role:<code>` for each of their
 * roles, and the approvers who delegated payment requests to them (with whom they act for).
 */
export async function assignmentsOf(ctx: Pick<OperationContext, 'actor' | 'framework'>, reader: Reader): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>([[ctx.actor.id, null]]);
  for (const role of ctx.actor.roles) out.set(`${ROLE_ASSIGNEE_PREFIX}${role}`, null);
  if (ctx.framework.approvalPolicy.delegation.allowed) {
    const today = dateOf(reader.now.getTime(), ctx.framework.timeZone);
    for (const d of await activeDelegationsTo(reader, ctx.actor.id, today, 'payment_request')) {
      if (!out.has(d.fromUserId)) out.set(d.fromUserId, d.fromUserId);
    }
  }
  return out;
}

/** Whether an actor is a partner without any staff role. */
export function isOnlyPartner(actor: Actor): boolean {
  return actor.roles.every((r) => r === 'partner' || r === 'applicant');
}

/**
 * Checks that the actor may read a request, like any record of a partner's file (and like its
 * `getHistory`): its partner; staff who read partners' files for their work (`STAFF_READ_ROLES`:
 * secretariat, administration, finance, project leads, approvers); or whoever it is assigned or
 * delegated to. Another partner gets `not_found` (they must not learn it exists); anyone else
 * `forbidden`.
 */
export async function authorizeRead(ctx: Pick<OperationContext, 'actor' | 'framework'>, reader: Reader, request: PaymentRequestEntity): Promise<void> {
  const { actor } = ctx;
  if (actor.partnerId === request.partnerId && hasRole(actor, 'partner')) return;
  if (hasRole(actor, ...STAFF_READ_ROLES, ADMIN_ROLE)) return;
  const assignee = request.approverUserId;
  if (assignee !== undefined && (await assignmentsOf(ctx, reader)).has(assignee)) return;
  if (isOnlyPartner(actor)) throw new HonorariaError('not_found', { details: { collection: 'payment_requests', id: request.id } });
  throw new HonorariaError('forbidden');
}
