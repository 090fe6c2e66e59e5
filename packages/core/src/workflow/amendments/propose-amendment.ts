import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Note } from '../../machines/machine-fields';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import { MandateChanges } from '../../schemas/mandate-amendment';
import { createFields } from '../command-fields';
import { requireInitiatorOrRole } from '../mandates/mandate-access';
import { resolveAssignee } from '../mandates/mandate-approver';
import type { MandateRecord } from '../mandates/mandate-store';
import { loadMandate, mandateSnapshot } from '../mandates/mandate-store';
import { checkTerms } from '../mandates/mandate-terms';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { writeEntity } from '../stored-entity';
import { notifyAmendmentStaff } from './amendment-notifications';
import type { AmendmentEntity, AmendmentResult } from './amendment-store';
import { AMENDMENT_SUBJECT, AMENDMENTS_COLLECTION, amendmentIndex, amendmentResult, claimOpenAmendment, listAmendments } from './amendment-store';
import { ADMIN_ROLE } from '../actor';

const c = MandateChanges.shape;

/** What an amendment may change (rates are taken again at approval with `refreshRates`). */
export const AmendmentChangesInput = z
  .object({
    startDate: c.startDate,
    endDate: c.endDate,
    estimatedMinutes: c.estimatedMinutes,
    maxMinutes: c.maxMinutes,
    budgetCapCents: c.budgetCapCents,
    allowedCategories: c.allowedCategories,
    /** With `refreshRates`: the first work date the new rates price; work dated before keeps the rates in force then. The acceptance date when absent. */
    ratesEffectiveFrom: c.ratesEffectiveFrom,
  })
  .strict();
/** What an amendment may change. */
export type AmendmentChangesInput = z.output<typeof AmendmentChangesInput>;

/** Throws `invalid_transition` unless the mandate is active (only an active mandate is amended). */
export function requireActiveMandate(record: MandateRecord): void {
  const status = mandateSnapshot(record).status;
  if (status !== 'active') {
    throw new HonorariaError('invalid_transition', {
      message: { fr: 'Seul un mandat actif peut être modifié.', en: 'Only an active mandate can be amended.' },
      details: { machine: 'mandate', from: status, event: 'APPLY_AMENDMENT', reason: 'mandate_not_active' },
    });
  }
}

/**
 * Checks an amendment's changes against the mandate: dates in order, categories known, planned
 * activities still allowed, and a budget cap not below what is already approved.
 */
export function checkAmendment(ctxFramework: Parameters<typeof checkTerms>[0], mandate: Mandate, changes: AmendmentChangesInput): void {
  const { ratesEffectiveFrom: _ratesFrom, ...terms } = changes;
  const merged = { ...mandate, ...Object.fromEntries(Object.entries(terms).filter(([, v]) => v !== undefined)) } as Mandate;
  checkTerms(ctxFramework, merged);
  if (changes.budgetCapCents !== undefined && changes.budgetCapCents < mandate.totals.approvedCents) {
    throw new HonorariaError('rule_violation', {
      message: { fr: 'Le nouveau plafond est inférieur au montant déjà approuvé sur ce mandat.', en: 'The new cap is below the amount already approved under this mandate.' },
      details: { reason: 'cap_below_approved' },
    });
  }
}

/**
 * Proposes an amendment to an active mandate (its initiator or the administration): new dates,
 * hours, budget cap, categories, and/or the rates in force at approval (`refreshRates`), with a
 * reason. One amendment at a time per mandate. Its approver is resolved by the policy
 * (`amendmentApprover`) and notified.
 */
export const proposeAmendment = defineCommand({ target: 'new', entity: 'amendment' }, z.object({ mandateId: Id, changes: AmendmentChangesInput, refreshRates: z.boolean().default(false), reason: Note, ...createFields }).strict(),
  async (ctx, input): Promise<AmendmentResult> =>
    transact(ctx, input, async (scope) => {
      const record = await loadMandate(scope, input.mandateId);
      const mandate = record.data.entity;
      requireInitiatorOrRole(ctx.actor, mandate, mandateSnapshot(record), ADMIN_ROLE);
      requireActiveMandate(record);
      const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as AmendmentChangesInput;
      if (changes.ratesEffectiveFrom !== undefined && !input.refreshRates) {
        throw new HonorariaError('validation_failed', {
          message: { fr: 'Une date d’effet des taux demande de reprendre les taux (refreshRates).', en: 'A rates effective date needs the rates to be taken again (refreshRates).' },
          issues: [{ path: ['changes', 'ratesEffectiveFrom'], code: 'custom', message: { fr: 'Réservé à une modification des taux.', en: 'Only for a change of rates.' } }],
        });
      }
      if (Object.keys(changes).length === 0 && !input.refreshRates) {
        throw new HonorariaError('validation_failed', {
          issues: [{ path: ['changes'], code: 'empty_changes', message: { fr: 'Une modification doit changer au moins un élément.', en: 'An amendment must change at least one thing.' } }],
        });
      }
      checkAmendment(ctx.framework, mandate, changes);
      const existing = await listAmendments(scope.tx, mandate.id);
      if (existing.some((a) => a.data.entity.status === 'pending_approval' || a.data.entity.status === 'approved')) {
        throw new HonorariaError('rule_violation', {
          message: { fr: 'Une modification de ce mandat est déjà en cours.', en: 'An amendment to this mandate is already under way.' },
          details: { reason: 'amendment_open' },
        });
      }
      const approverUserId = await resolveAssignee(ctx, ctx.framework.approvalPolicy.amendmentApprover, {
        initiatorUserId: mandate.initiatorUserId,
        mandateApproverUserId: mandate.approverUserId,
        requesterUserId: ctx.actor.id,
      });
      const machine = initialSnapshot('amendment', { mandateId: mandate.id, requestedAt: scope.at });
      const amendment: AmendmentEntity = {
        id: scope.newId('amd'),
        mandateId: mandate.id,
        partnerId: mandate.partnerId,
        sequence: existing.length + 1,
        changes,
        refreshRates: input.refreshRates,
        reason: input.reason,
        status: machine.status,
        requestedByUserId: ctx.actor.id,
        requestedAt: scope.at,
        approverUserId,
      };
      await claimOpenAmendment(scope, amendment);
      const written = await writeEntity(scope, {
        collection: AMENDMENTS_COLLECTION,
        id: amendment.id,
        entity: amendment,
        machine,
        index: amendmentIndex(amendment),
        expectedVersion: 0,
        audit: { subjectType: AMENDMENT_SUBJECT, action: 'amendment.propose', toState: machine.status, data: { mandateId: mandate.id, fields: Object.keys(changes), refreshRates: input.refreshRates, approverUserId } },
      });
      const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
      await notifyAmendmentStaff(ctx, scope, approverUserId, 'awaiting_approval', amendment, mandate, partner);
      return amendmentResult(written);
    }),
);
