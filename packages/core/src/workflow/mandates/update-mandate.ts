import * as z from 'zod';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import { defineCommand, transact } from '../operation';
import { changeFields } from '../command-fields';
import { requireInitiator } from './mandate-access';
import { resolveAssignee } from './mandate-approver';
import type { MandateResult } from './mandate-store';
import { loadMandate, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';
import { checkTerms, MandateTermChanges } from './mandate-terms';

/**
 * Edits a draft, or a mandate whose approver requested changes (it goes back to draft): its
 * initiator only. Any subset of the terms, and the approver, may change; the result is checked
 * against the framework again.
 */
export const updateMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, changes: MandateTermChanges, approverUserId: Id.optional(), ...changeFields }).strict(),
  async (ctx, input): Promise<MandateResult> =>
    transact(ctx, input, async (scope) => {
      const record = await loadMandate(scope, input.id, input.expectedVersion);
      const current = record.data.entity;
      requireInitiator(ctx.actor, current, mandateSnapshot(record));
      const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as Partial<Mandate>;
      const merged: Mandate = { ...current, ...changes };
      checkTerms(ctx.framework, merged);
      const approverUserId =
        input.approverUserId === undefined
          ? current.approverUserId
          : await resolveAssignee(ctx, ctx.framework.approvalPolicy.mandateApprover, {
              initiatorUserId: current.initiatorUserId,
              mandateApproverUserId: input.approverUserId,
              requested: input.approverUserId,
              requesterUserId: current.initiatorUserId,
            });
      const dates = { ...(changes.startDate === undefined ? {} : { startDate: changes.startDate }), ...(changes.endDate === undefined ? {} : { endDate: changes.endDate }) };
      const written = await transitionMandate(scope, record, {
        event: { type: 'EDIT', now: scope.at, changes: dates },
        action: 'mandate.update',
        changes: () => ({ ...changes, approverUserId }),
        auditData: { fields: Object.keys(changes), approverUserId },
      });
      return mandateResult(written);
    }),
);
