import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { snapshotRates } from '../../framework/rates';
import { Note } from '../../machines/machine-fields';
import type { MachineEvent } from '../../machines/machine-registry';
import { Id } from '../../schemas/common';
import { dateOf } from '../../time/time-zone';
import { ADMIN_ROLE, hasRole } from '../actor';
import type { ApproverAuthority } from '../authorization';
import { isPartnerSelf, requireNotPayeeLinked, requireNotRequester, resolveApproverAuthority, STAFF_READ_ROLES } from '../authorization';
import type { CommandScope } from '../command-scope';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { notifyAmendmentPartner, notifyAmendmentStaff } from './amendment-notifications';
import type { AmendmentEntity, AmendmentRecord, AmendmentResult } from './amendment-store';
import { amendmentResult, loadAmendment, transitionAmendment } from './amendment-store';

/** A partner outside staff never learns an amendment of another partner exists. */
function hideFromOtherPartners(ctx: OperationContext, amendment: AmendmentEntity): void {
  if (hasRole(ctx.actor, 'partner') && !hasRole(ctx.actor, ...STAFF_READ_ROLES) && !isPartnerSelf(ctx.actor, amendment.partnerId)) {
    throw new HonorariaError('not_found', { details: { id: amendment.id } });
  }
}

/** The approver of an amendment (or their delegate); never its partner, nor (unless allowed) its requester. */
async function authorizeDecision(ctx: OperationContext, scope: CommandScope, record: AmendmentRecord): Promise<ApproverAuthority> {
  const amendment = record.data.entity;
  hideFromOtherPartners(ctx, amendment);
  await requireNotPayeeLinked(ctx, amendment.partnerId);
  if (!ctx.framework.approvalPolicy.segregation.requesterMayApprove) requireNotRequester(ctx.actor, amendment.requestedByUserId);
  return resolveApproverAuthority(ctx, scope, amendment.approverUserId, 'amendment');
}

function decide(
  scope: CommandScope,
  record: AmendmentRecord,
  event: MachineEvent<'amendment'>,
  action: string,
  authority: ApproverAuthority | null,
  extra: (entity: AmendmentEntity) => Partial<AmendmentEntity> = () => ({}),
  auditData: Record<string, string | boolean | null> = {},
): Promise<AmendmentRecord> {
  return transitionAmendment(scope, record, {
    event,
    action,
    update: (entity, next) => ({ ...entity, ...extra(entity), status: next.status }),
    auditData: { ...auditData, delegationId: authority?.delegationId ?? null },
    actingFor: authority?.actingFor ?? null,
  });
}

/**
 * Approves an amendment (its approver, or their delegate): with `refreshRates`, the rate
 * schedule in force today is taken into its changes. The partner is then asked to accept it.
 */
export const approveAmendment = defineCommand({ target: 'record', entity: 'amendment' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<AmendmentResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadAmendment(scope, input.id, input.expectedVersion);
    const authority = await authorizeDecision(ctx, scope, record);
    const mandate = (await loadMandate(scope, record.data.entity.mandateId)).data.entity;
    const rateSnapshot = record.data.entity.refreshRates
      ? snapshotRates(ctx.framework, { on: dateOf(scope.now.getTime(), ctx.framework.timeZone), at: scope.at, engagementLevel: mandate.engagementLevel })
      : undefined;
    const written = await decide(
      scope,
      record,
      { type: 'APPROVE', now: scope.at },
      'amendment.approve',
      authority,
      (entity) => ({
        decidedAt: scope.at,
        decidedByUserId: ctx.actor.id,
        actingFor: authority.actingFor,
        changes: rateSnapshot === undefined ? entity.changes : { ...entity.changes, rateSnapshot },
      }),
      { rateScheduleId: rateSnapshot?.scheduleId ?? null },
    );
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    await notifyAmendmentPartner(ctx, scope, written.data.entity, mandate, partner);
    return amendmentResult(written);
  }),
);

/** Rejects an amendment with a reason (its approver, or their delegate); its requester is told. Final. */
export const rejectAmendment = defineCommand({ target: 'record', entity: 'amendment' }, z.object({ id: Id, reason: Note, ...changeFields }).strict(), async (ctx, input): Promise<AmendmentResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadAmendment(scope, input.id, input.expectedVersion);
    const authority = await authorizeDecision(ctx, scope, record);
    const written = await decide(scope, record, { type: 'REJECT', now: scope.at, reason: input.reason }, 'amendment.reject', authority, () => ({ decidedAt: scope.at, decidedByUserId: ctx.actor.id, actingFor: authority.actingFor }), { reason: input.reason });
    const mandate = (await loadMandate(scope, record.data.entity.mandateId)).data.entity;
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    await notifyAmendmentStaff(ctx, scope, record.data.entity.requestedByUserId, 'rejected', written.data.entity, mandate, partner, input.reason);
    return amendmentResult(written);
  }),
);

/** Withdraws an amendment before the partner answers it (its requester or the administration). Final. */
export const withdrawAmendment = defineCommand({ target: 'record', entity: 'amendment' }, z.object({ id: Id, reason: Note.optional(), ...changeFields }).strict(), async (ctx, input): Promise<AmendmentResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadAmendment(scope, input.id, input.expectedVersion);
    hideFromOtherPartners(ctx, record.data.entity);
    if (ctx.actor.id !== record.data.entity.requestedByUserId && !hasRole(ctx.actor, ADMIN_ROLE)) {
      throw new HonorariaError('forbidden', {
        message: { fr: 'Seules la personne qui a demandé la modification et l’administration peuvent la retirer.', en: 'Only the person who asked for the amendment and the administration can withdraw it.' },
      });
    }
    const written = await decide(scope, record, { type: 'WITHDRAW', now: scope.at, ...(input.reason === undefined ? {} : { reason: input.reason }) }, 'amendment.withdraw', null, () => ({}), { reason: input.reason ?? null });
    return amendmentResult(written);
  }),
);
