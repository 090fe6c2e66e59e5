import { HonorariaError } from '../../errors/honoraria-error';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import { requireRole } from '../authorization';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { requireProject } from '../projects/project-store';
import { writeEntity } from '../stored-entity';
import { createFields } from '../command-fields';
import { resolveAssignee } from './mandate-approver';
import type { MandateResult } from './mandate-store';
import { checkMandate, MANDATE_SUBJECT, MANDATES_COLLECTION, mandateIndex, mandateResult } from './mandate-store';
import { checkTerms, MandateTerms } from './mandate-terms';

/** The roles that draft mandates. */
export const MANDATE_DRAFTER_ROLES = ['project_lead', 'admin'] as const;

/**
 * Drafts a mandate for a partner on a project (a project lead, or the administration). The
 * project must exist (`createProject`; an unknown `projectId` is `not_found`). It records the
 * terms, checked against the framework, and the approver, resolved by the approval policy
 * (`mandateApprover`; the drafter names them when the rule is `mandate_approver` or a role).
 * Unless the policy allows it, the drafter is never the approver, and nobody drafts a mandate
 * for themselves as a partner. The mandate starts as a draft.
 */
export const createMandate = defineCommand({ target: 'new', entity: 'mandate' }, MandateTerms.extend({ partnerId: Id, projectId: Id, approverUserId: Id.optional(), ...createFields }).strict(),
  async (ctx, input): Promise<MandateResult> => {
    requireRole(ctx.actor, ...MANDATE_DRAFTER_ROLES);
    if (ctx.actor.partnerId != null && ctx.actor.partnerId === input.partnerId) {
      throw new HonorariaError('forbidden', {
        message: { fr: 'Vous ne pouvez pas rédiger un mandat pour vous-même.', en: 'You cannot draft a mandate for yourself.' },
      });
    }
    return transact(ctx, input, async (scope) => {
      const { partnerId, projectId, approverUserId, idempotencyKey: _key, ...terms } = input;
      const partner = (await loadPartner(scope, partnerId)).data.entity;
      await requireProject(scope.tx, projectId);
      if (partner.status === 'inactive' || partner.status === 'offboarded') {
        throw new HonorariaError('rule_violation', {
          message: { fr: 'Ce partenaire n’est plus actif.', en: 'This partner is no longer active.' },
          details: { reason: 'partner_inactive', partnerId },
        });
      }
      checkTerms(ctx.framework, terms);
      const approver = await resolveAssignee(ctx, ctx.framework.approvalPolicy.mandateApprover, {
        initiatorUserId: ctx.actor.id,
        mandateApproverUserId: approverUserId,
        requested: approverUserId,
        requesterUserId: ctx.actor.id,
      });
      const machine = initialSnapshot('mandate', { startDate: terms.startDate, endDate: terms.endDate, timeZone: ctx.framework.timeZone });
      const mandate: Mandate = checkMandate({
        ...terms,
        id: scope.newId('mnd'),
        organizationId: ctx.framework.organization.id,
        projectId,
        partnerId,
        initiatorUserId: ctx.actor.id,
        approverUserId: approver,
        policyVersionId: ctx.framework.policyVersion.id,
        version: 1,
        currency: ctx.framework.currency,
        totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
        status: machine.status,
        createdAt: scope.at,
      });
      const record = await writeEntity(scope, {
        collection: MANDATES_COLLECTION,
        id: mandate.id,
        entity: mandate,
        machine,
        index: mandateIndex(mandate, machine),
        expectedVersion: 0,
        audit: {
          subjectType: MANDATE_SUBJECT,
          action: 'mandate.create',
          toState: machine.status,
          data: { partnerId, projectId, approverUserId: approver, budgetCapCents: mandate.budgetCapCents, startDate: mandate.startDate, endDate: mandate.endDate },
        },
      });
      return mandateResult(record);
    });
  },
);
