import { withinDaysOfInstant } from '../../time/deadline';
import * as z from 'zod';
import type { CompensationMode } from '../../schemas/compensation-preference';
import { Id } from '../../schemas/common';
import type { Partner } from '../../schemas/partner';
import { dateOf } from '../../time/time-zone';
import { agreementStanding, openAcceptance } from '../agreements/agreement-store';
import { defineCommand, transact } from '../operation';
import { findPaymentProfile, loadPartner } from '../partners/partner-store';
import { changeFields } from '../command-fields';
import { refuseMandate } from './mandate-access';
import { notifyOffer } from './mandate-notifications';
import type { MandateResult } from './mandate-store';
import { loadMandate, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';
import { ADMIN_ROLE, hasRole } from '../actor';


/** The partner's compensation choice in force on a date: their declared mode, or `accept` when none applies. */
export function compensationModeOn(partner: Pick<Partner, 'compensationPreference'>, date: string): CompensationMode {
  const preference = partner.compensationPreference;
  if (preference === undefined) return 'accept';
  if (preference.validUntil !== undefined && preference.validUntil < date) return 'accept';
  return preference.mode;
}

/**
 * Sends an approved mandate to its partner (its initiator, its approver or the administration):
 * the offer lapses after the policy's `offerValidityDays`. The partner needs a payment profile
 * unless they decline all pay or claim expenses only. When the partner does not hold the
 * current master agreement (a first mandate, or a new policy version), the agreement is sent
 * with it; the notification explains how to accept both in one step.
 */
export const sendMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    const mandate = record.data.entity;
    const allowed = ctx.actor.id === mandate.initiatorUserId || ctx.actor.id === mandate.approverUserId || hasRole(ctx.actor, ADMIN_ROLE);
    if (!allowed) {
      refuseMandate(ctx.actor, mandate, mandateSnapshot(record), {
        fr: 'Seuls l’auteur du mandat, son approbateur et l’administration peuvent l’envoyer.',
        en: 'Only the mandate’s drafter, its approver and the administration can send it.',
      });
    }
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const offerExpiresAt = withinDaysOfInstant(scope.at, ctx.framework.approvalPolicy.offerValidityDays, ctx.framework.timeZone).overdueAt;
    const standing = await agreementStanding(scope.tx, ctx.framework, partner.id);
    const written = await transitionMandate(scope, record, {
      event: {
        type: 'SEND',
        now: scope.at,
        offerExpiresAt,
        compensationMode: compensationModeOn(partner, today),
        hasPaymentProfile: (await findPaymentProfile(scope.tx, partner.id)) !== null,
      },
      action: 'mandate.send',
      changes: () => (ctx.framework.masterAgreement === undefined ? {} : { masterAgreementId: ctx.framework.masterAgreement.id }),
      auditData: { offerExpiresAt, withAgreement: !standing.holdsCurrent },
    });
    if (!standing.holdsCurrent && standing.pending === null) await openAcceptance(scope, ctx.framework, partner.id);
    await notifyOffer(ctx, scope, written.data.entity, partner, { expiresAt: offerExpiresAt, withAgreement: !standing.holdsCurrent });
    return mandateResult(written);
  }),
);
