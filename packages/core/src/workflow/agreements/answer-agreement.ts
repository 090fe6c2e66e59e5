import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import type { DocumentRef } from '../../schemas/document-ref';
import { requirePartnerSelf, requireRole } from '../authorization';
import { auditTrail } from '../documents/audit-trail';
import { fileDocument } from '../documents/file-document';
import { createFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { transitionEntity } from '../stored-entity';
import type { AgreementResult } from './agreement-store';
import { acceptAcceptance, AGREEMENT_SUBJECT, agreementIndex, agreementResult, agreementStanding, openAcceptance, requireMasterAgreement } from './agreement-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** What accepting the master agreement returns: the acceptance, its version and its document (when filed). */
export interface AcceptAgreementResult extends AgreementResult {
  readonly document: DocumentRef | null;
}

/**
 * The partner accepts the current master agreement on its own (before a mandate, or after a new
 * policy version): the pending acceptance sent to them, or a new one. The signed copy is rendered
 * and filed in their My Files with its SHA-256. Refused (`invalid_transition`) when they already
 * hold it.
 */
export const acceptAgreement = defineCommand({ target: 'new', entity: 'agreement' }, z.object({ partnerId: Id, userAgent: z.string().max(400).optional(), ...createFields }).strict(),
  async (ctx, input): Promise<AcceptAgreementResult> => {
    requireRole(ctx.actor, 'partner');
    requirePartnerSelf(ctx.actor, input.partnerId);
    return transact(ctx, input, async (scope) => {
      const agreement = requireMasterAgreement(ctx.framework);
      const partner = (await loadPartner(scope, input.partnerId)).data.entity;
      const standing = await agreementStanding(scope.tx, ctx.framework, partner.id);
      if (standing.holdsCurrent) {
        throw new HonorariaError('invalid_transition', {
          message: translate(workflowMessages, 'already_accepted'),
          details: { machine: 'agreement', from: 'accepted', event: 'ACCEPT', reason: 'already_accepted' },
        });
      }
      const pending = standing.pending ?? (await openAcceptance(scope, ctx.framework, partner.id));
      const documentId = ctx.documents === null ? null : scope.newId('doc');
      const accepted = await acceptAcceptance(scope, pending, { evidence: { userAgent: input.userAgent }, documentId });
      const document = await fileDocument(ctx, scope, {
        id: documentId ?? undefined,
        request: { kind: 'master_agreement', framework: ctx.framework, partner, lang: partner.lang, audit: await auditTrail(scope.tx, accepted.id), agreement, acceptance: accepted.data.entity },
        subjectRef: { type: AGREEMENT_SUBJECT, id: accepted.id },
      });
      return { ...agreementResult(accepted), document };
    });
  },
);

/**
 * The partner declines the master agreement sent to them, optionally saying why. Mandates then
 * cannot be accepted until they accept it. `not_found` when none is waiting for their answer.
 */
export const declineAgreement = defineCommand({ target: 'new', entity: 'agreement' }, z.object({ partnerId: Id, reason: Note.optional(), ...createFields }).strict(),
  async (ctx, input): Promise<AgreementResult> => {
    requireRole(ctx.actor, 'partner');
    requirePartnerSelf(ctx.actor, input.partnerId);
    return transact(ctx, input, async (scope) => {
      requireMasterAgreement(ctx.framework);
      const standing = await agreementStanding(scope.tx, ctx.framework, input.partnerId);
      if (standing.pending === null) {
        throw new HonorariaError('not_found', {
          message: translate(workflowMessages, 'no_agreement_waiting'),
        });
      }
      const declined = await transitionEntity(scope, standing.pending, {
        kind: 'agreement',
        event: { type: 'DECLINE', now: scope.at, ...(input.reason === undefined ? {} : { reason: input.reason }) },
        action: 'agreement.decline',
        subjectType: AGREEMENT_SUBJECT,
        update: (entity, next) => ({ ...entity, status: next.status, declinedAt: scope.at }),
        index: agreementIndex,
        auditData: { reason: input.reason ?? null },
      });
      return agreementResult(declined);
    });
  },
);
