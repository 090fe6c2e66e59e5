import * as z from 'zod';
import { snapshotRates } from '../../framework/rates';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { dateOf } from '../../time/time-zone';
import type { ApproverAuthority } from '../authorization';
import { requireNotPayeeLinked, requireNotRequester, resolveApproverAuthority } from '../authorization';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { changeFields } from '../command-fields';
import { refuseMandate } from './mandate-access';
import { notifyStaff } from './mandate-notifications';
import type { MandateRecord, MandateResult } from './mandate-store';
import { loadMandate, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';
import { hasRole } from '../actor';
import { STAFF_READ_ROLES } from '../authorization';

/**
 * Checks the actor may decide on a mandate under review: not a partner outside staff (they get
 * `not_found`), never the mandate's partner (the payee), never its drafter unless the policy
 * allows it, and the assigned approver or their active delegate (recorded as acting for them).
 */
async function authorizeReview(ctx: OperationContext, scope: CommandScope, record: MandateRecord): Promise<ApproverAuthority> {
  const mandate = record.data.entity;
  if (hasRole(ctx.actor, 'partner') && !hasRole(ctx.actor, ...STAFF_READ_ROLES) && ctx.actor.partnerId !== mandate.partnerId) {
    refuseMandate(ctx.actor, mandate, mandateSnapshot(record));
  }
  await requireNotPayeeLinked(ctx, mandate.partnerId);
  if (!ctx.framework.approvalPolicy.segregation.requesterMayApprove) requireNotRequester(ctx.actor, mandate.initiatorUserId);
  return resolveApproverAuthority(ctx, scope, mandate.approverUserId, 'mandate');
}

/**
 * Approves a mandate (its approver, or their delegate): the rate schedule in force on the
 * approval date (organization's time zone) is frozen on the mandate, for its engagement level.
 * The initiator is told to send it to the partner.
 */
export const approveMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    const authority = await authorizeReview(ctx, scope, record);
    const mandate = record.data.entity;
    const rateSnapshot = snapshotRates(ctx.framework, { on: dateOf(scope.now.getTime(), ctx.framework.timeZone), at: scope.at, engagementLevel: mandate.engagementLevel });
    const written = await transitionMandate(scope, record, {
      event: { type: 'APPROVE', now: scope.at },
      action: 'mandate.approve',
      changes: () => ({ rateSnapshot }),
      auditData: { rateScheduleId: rateSnapshot.scheduleId, ratesTakenOn: rateSnapshot.takenOn, delegationId: authority.delegationId },
      actingFor: authority.actingFor,
    });
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    await notifyStaff(ctx, scope, mandate.initiatorUserId, 'approved', written.data.entity, partner);
    return mandateResult(written);
  }),
);

/** Sends a mandate under review back to its initiator with a comment (its approver, or their delegate). */
export const requestMandateChanges = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, comment: Note, ...changeFields }).strict(),
  async (ctx, input): Promise<MandateResult> =>
    transact(ctx, input, async (scope) => {
      const record = await loadMandate(scope, input.id, input.expectedVersion);
      const authority = await authorizeReview(ctx, scope, record);
      const written = await transitionMandate(scope, record, {
        event: { type: 'REQUEST_CHANGES', now: scope.at, comment: input.comment },
        action: 'mandate.request_changes',
        auditData: { comment: input.comment, delegationId: authority.delegationId },
        actingFor: authority.actingFor,
      });
      const partner = (await loadPartner(scope, record.data.entity.partnerId)).data.entity;
      await notifyStaff(ctx, scope, record.data.entity.initiatorUserId, 'changes_requested', written.data.entity, partner, input.comment);
      return mandateResult(written);
    }),
);

/** Rejects a mandate under review, with a reason (its approver, or their delegate). Final. */
export const rejectMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, reason: Note, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    const authority = await authorizeReview(ctx, scope, record);
    const written = await transitionMandate(scope, record, {
      event: { type: 'REJECT', now: scope.at, reason: input.reason },
      action: 'mandate.reject',
      auditData: { reason: input.reason, delegationId: authority.delegationId },
      actingFor: authority.actingFor,
    });
    const partner = (await loadPartner(scope, record.data.entity.partnerId)).data.entity;
    await notifyStaff(ctx, scope, record.data.entity.initiatorUserId, 'rejected', written.data.entity, partner, input.reason);
    return mandateResult(written);
  }),
);
