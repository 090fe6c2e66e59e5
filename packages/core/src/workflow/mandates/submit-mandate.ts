import * as z from 'zod';
import { Id } from '../../schemas/common';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { changeFields } from '../command-fields';
import { requireInitiator } from './mandate-access';
import { notifyAwaitingApproval } from './mandate-notifications';
import type { MandateResult } from './mandate-store';
import { loadMandate, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';

/**
 * Submits a draft for approval (its initiator only): the mandate waits for its approver, who is
 * notified ("mandate awaiting approval").
 */
export const submitMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<MandateResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadMandate(scope, input.id, input.expectedVersion);
    requireInitiator(ctx.actor, record.data.entity, mandateSnapshot(record));
    const written = await transitionMandate(scope, record, {
      event: { type: 'SUBMIT', now: scope.at },
      action: 'mandate.submit',
      auditData: { approverUserId: record.data.entity.approverUserId },
    });
    const partner = (await loadPartner(scope, written.data.entity.partnerId)).data.entity;
    await notifyAwaitingApproval(ctx, scope, written.data.entity, partner);
    return mandateResult(written);
  }),
);
