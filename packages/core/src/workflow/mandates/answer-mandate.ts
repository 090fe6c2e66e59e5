import { findProject } from '../projects/project-store';
import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import type { AgreementAcceptance } from '../../schemas/agreement-acceptance';
import type { DocumentRef } from '../../schemas/document-ref';
import type { AgreementRecord } from '../agreements/agreement-store';
import { acceptAcceptance, agreementStanding, openAcceptance, requireMasterAgreement } from '../agreements/agreement-store';
import { requireRole } from '../authorization';
import { auditTrail } from '../documents/audit-trail';
import { fileDocument } from '../documents/file-document';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { changeFields } from '../command-fields';
import { requireMandatePartner } from './mandate-access';
import { notifyStaff } from './mandate-notifications';
import type { MandateResult } from './mandate-store';
import { loadMandate, MANDATE_SUBJECT, mandateResult, mandateSnapshot } from './mandate-store';
import { transitionMandate } from './transition-mandate';
import { AGREEMENT_SUBJECT } from '../agreements/agreement-store';

/** What accepting a mandate returns: the mandate, the agreement acceptance made with it (if any) and the documents filed. */
export interface AcceptMandateResult extends MandateResult {
  readonly agreement: AgreementAcceptance | null;
  readonly documents: readonly DocumentRef[];
}

/**
 * The partner accepts a mandate offered to them (only its partner). Without a current master
 * agreement (a first mandate), they accept it in the same step with `acceptAgreement: true` —
 * one transaction: the agreement acceptance and the mandate transition; otherwise the mandate
 * machine refuses (`invalid_transition`, reason `agreement_required`). An offer past its deadline
 * is refused (`offer_expired`). A mandate whose start date is reached becomes active at once.
 * The mandate document and, with it, the master agreement are rendered and filed in the
 * partner's My Files with their SHA-256; the initiator is told.
 */
export const acceptMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, acceptAgreement: z.boolean().default(false), userAgent: z.string().max(400).optional(), ...changeFields }).strict(),
  async (ctx, input): Promise<AcceptMandateResult> => {
    requireRole(ctx.actor, 'partner');
    return transact(ctx, input, async (scope) => {
      const record = await loadMandate(scope, input.id, input.expectedVersion);
      requireMandatePartner(ctx.actor, record.data.entity, mandateSnapshot(record));
      const partner = (await loadPartner(scope, record.data.entity.partnerId)).data.entity;
      const standing = await agreementStanding(scope.tx, ctx.framework, partner.id);
      const acceptsNow = !standing.holdsCurrent && input.acceptAgreement;
      const mandateDocId = ctx.documents === null ? null : scope.newId('doc');
      const agreementDocId = ctx.documents === null || !acceptsNow ? null : scope.newId('doc');
      const written = await transitionMandate(scope, record, {
        event: { type: 'ACCEPT', now: scope.at, holdsCurrentAgreement: standing.holdsCurrent, acceptsAgreementNow: acceptsNow },
        action: 'mandate.accept',
        auditData: { withAgreement: acceptsNow, documentId: mandateDocId },
      });
      let acceptance: AgreementRecord | null = null;
      if (acceptsNow) {
        const pending = standing.pending ?? (await openAcceptance(scope, ctx.framework, partner.id));
        acceptance = await acceptAcceptance(scope, pending, { evidence: { userAgent: input.userAgent }, documentId: agreementDocId, withMandateId: record.id });
      }
      const mandate = written.data.entity;
      const documents: DocumentRef[] = [];
      const mandateDoc = await fileDocument(ctx, scope, {
        id: mandateDocId ?? undefined,
        request: { kind: 'mandate', framework: ctx.framework, partner, lang: partner.lang, audit: await auditTrail(scope.tx, mandate.id), mandate, project: await findProject(scope.tx, mandate.projectId) },
        subjectRef: { type: MANDATE_SUBJECT, id: mandate.id },
      });
      if (mandateDoc !== null) documents.push(mandateDoc);
      if (acceptance !== null) {
        const agreementDoc = await fileDocument(ctx, scope, {
          id: agreementDocId ?? undefined,
          request: {
            kind: 'master_agreement',
            framework: ctx.framework,
            partner,
            lang: partner.lang,
            audit: await auditTrail(scope.tx, acceptance.id),
            agreement: requireMasterAgreement(ctx.framework),
            acceptance: acceptance.data.entity,
          },
          subjectRef: { type: AGREEMENT_SUBJECT, id: acceptance.id },
        });
        if (agreementDoc !== null) documents.push(agreementDoc);
      }
      await notifyStaff(ctx, scope, mandate.initiatorUserId, 'accepted', mandate, partner);
      return { ...mandateResult(written), agreement: acceptance?.data.entity ?? null, documents };
    });
  },
);

/** The partner declines a mandate offered to them (only its partner), optionally saying why; the initiator is told. Final. */
export const declineMandate = defineCommand({ target: 'record', entity: 'mandate' }, z.object({ id: Id, reason: Note.optional(), ...changeFields }).strict(),
  async (ctx, input): Promise<MandateResult> => {
    requireRole(ctx.actor, 'partner');
    return transact(ctx, input, async (scope) => {
      const record = await loadMandate(scope, input.id, input.expectedVersion);
      requireMandatePartner(ctx.actor, record.data.entity, mandateSnapshot(record));
      const written = await transitionMandate(scope, record, {
        event: { type: 'DECLINE', now: scope.at, ...(input.reason === undefined ? {} : { reason: input.reason }) },
        action: 'mandate.decline',
        auditData: { reason: input.reason ?? null },
      });
      const partner = (await loadPartner(scope, record.data.entity.partnerId)).data.entity;
      await notifyStaff(ctx, scope, record.data.entity.initiatorUserId, 'declined', written.data.entity, partner, input.reason ?? null);
      return mandateResult(written);
    });
  },
);
