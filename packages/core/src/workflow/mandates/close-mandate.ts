import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { isPartnerSelf } from '../authorization';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { partnerRecipient } from '../partners/recipients';
import { changeFields } from '../command-fields';
import { requireInitiatorOrRole, visibleToPartner } from './mandate-access';
import { notifyRecipient, notifyStaff } from './mandate-notifications';
import type { MandateResult } from './mandate-store';
import { loadMandate, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';
import { ADMIN_ROLE } from '../actor';

/** Completes an active mandate (its initiator or the administration): the work is done. Final. */
export const completeMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    requireInitiatorOrRole(ctx.actor, record.data.entity, mandateSnapshot(record), ADMIN_ROLE);
    const written = await transitionMandate(scope, record, { event: { type: 'COMPLETE', now: scope.at }, action: 'mandate.complete' });
    return mandateResult(written);
  }),
);

/**
 * Cancels a mandate, with a reason: its initiator or the administration (approved, sent, accepted
 * or active), or its partner once they accepted it (either party may end it; eligible hours
 * already worked stay payable). The other side is told. Final.
 */
export const cancelMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, reason: Note, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    const mandate = record.data.entity;
    const snapshot = mandateSnapshot(record);
    const byPartner = isPartnerSelf(ctx.actor, mandate.partnerId) && ctx.actor.id !== mandate.initiatorUserId;
    if (byPartner) {
      if (snapshot.status !== 'accepted' && snapshot.status !== 'active') {
        throw new HonorariaError('forbidden', {
          message: { fr: 'Un partenaire annule un mandat seulement après l’avoir accepté ; une offre se décline.', en: 'A partner cancels a mandate only after accepting it; an offer is declined.' },
        });
      }
    } else {
      requireInitiatorOrRole(ctx.actor, mandate, snapshot, ADMIN_ROLE);
    }
    const written = await transitionMandate(scope, record, {
      event: { type: 'CANCEL', now: scope.at, reason: input.reason },
      action: 'mandate.cancel',
      auditData: { reason: input.reason, byPartner },
    });
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    if (byPartner) await notifyStaff(ctx, scope, mandate.initiatorUserId, 'cancelled', written.data.entity, partner, input.reason);
    else {
      if (visibleToPartner(snapshot)) await notifyRecipient(ctx, scope, partnerRecipient(partner), 'cancelled', written.data.entity, partner, input.reason);
      if (ctx.actor.id !== mandate.initiatorUserId) await notifyStaff(ctx, scope, mandate.initiatorUserId, 'cancelled', written.data.entity, partner, input.reason);
    }
    return mandateResult(written);
  }),
);
