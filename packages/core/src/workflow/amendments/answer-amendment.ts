import { findProject } from '../projects/project-store';
import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import type { DocumentRef } from '../../schemas/document-ref';
import type { Mandate } from '../../schemas/mandate';
import { requirePartnerSelf, requireRole } from '../authorization';
import { auditTrail } from '../documents/audit-trail';
import { fileDocument } from '../documents/file-document';
import { changeFields } from '../command-fields';
import type { MandateResult } from '../mandates/mandate-store';
import { loadMandate, MANDATE_SUBJECT, mandateResult } from '../mandates/mandate-store';
import { transitionMandate } from '../mandates/transition-mandate';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { notifyAmendmentStaff } from './amendment-notifications';
import type { AmendmentResult } from './amendment-store';
import { amendmentResult, loadAmendment, transitionAmendment } from './amendment-store';
import { checkAmendment, requireActiveMandate } from './propose-amendment';
import { ratesAmended } from '../../compensation/rate-periods';
import { dateOf } from '../../time/time-zone';

/** What accepting an amendment returns: the amendment, the amended mandate and its new document. */
export interface AcceptAmendmentResult extends AmendmentResult {
  readonly mandate: MandateResult;
  readonly document: DocumentRef | null;
}

/**
 * The partner accepts an approved amendment (only the mandate's partner): in one transaction the
 * amendment is accepted and applied to the mandate (dates, hours, cap, categories, rates; the
 * mandate's `version` goes up by one), and the amended mandate is rendered and filed in My Files.
 * The requester is told.
 */
export const acceptAmendment = defineCommand({ target: 'record', entity: 'amendment' }, z.object({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<AcceptAmendmentResult> => {
    requireRole(ctx.actor, 'partner');
    return transact(ctx, input, async (scope) => {
      const record = await loadAmendment(scope, input.id, input.expectedVersion);
      const amendment = record.data.entity;
      requirePartnerSelf(ctx.actor, amendment.partnerId);
      const mandateRecord = await loadMandate(scope, amendment.mandateId);
      requireActiveMandate(mandateRecord);
      const { rateSnapshot, ratesEffectiveFrom, ...terms } = amendment.changes;
      checkAmendment(ctx.framework, mandateRecord.data.entity, terms);
      const accepted = await transitionAmendment(scope, record, {
        event: { type: 'ACCEPT', now: scope.at },
        action: 'amendment.accept',
        update: (entity, next) => ({ ...entity, status: next.status, acceptedAt: scope.at }),
      });
      const dates = { ...(terms.startDate === undefined ? {} : { startDate: terms.startDate }), ...(terms.endDate === undefined ? {} : { endDate: terms.endDate }) };
      const mandate = await transitionMandate(scope, mandateRecord, {
        event: { type: 'APPLY_AMENDMENT', now: scope.at, amendmentId: amendment.id, changes: dates },
        action: 'mandate.amend',
        changes: (m): Partial<Mandate> => ({
          ...terms,
          ...(rateSnapshot === undefined ? {} : ratesAmended(m, rateSnapshot, ratesEffectiveFrom ?? dateOf(scope.now.getTime(), ctx.framework.timeZone), amendment.id)),
          version: m.version + 1,
        }),
        auditData: { amendmentId: amendment.id, fields: Object.keys(amendment.changes) },
      });
      const partner = (await loadPartner(scope, amendment.partnerId)).data.entity;
      const document = await fileDocument(ctx, scope, {
        request: { kind: 'mandate', framework: ctx.framework, partner, lang: partner.lang, audit: await auditTrail(scope.tx, mandate.id), mandate: mandate.data.entity, project: await findProject(scope.tx, mandate.data.entity.projectId) },
        subjectRef: { type: MANDATE_SUBJECT, id: mandate.id },
      });
      await notifyAmendmentStaff(ctx, scope, amendment.requestedByUserId, 'accepted', accepted.data.entity, mandate.data.entity, partner);
      return { ...amendmentResult(accepted), mandate: mandateResult(mandate), document };
    });
  },
);

/** The partner declines an approved amendment (only the mandate's partner): the mandate keeps its terms; the requester is told. Final. */
export const declineAmendment = defineCommand({ target: 'record', entity: 'amendment' }, z.object({ id: Id, reason: Note.optional(), ...changeFields }).strict(),
  async (ctx, input): Promise<AmendmentResult> => {
    requireRole(ctx.actor, 'partner');
    return transact(ctx, input, async (scope) => {
      const record = await loadAmendment(scope, input.id, input.expectedVersion);
      requirePartnerSelf(ctx.actor, record.data.entity.partnerId);
      const declined = await transitionAmendment(scope, record, {
        event: { type: 'DECLINE', now: scope.at, ...(input.reason === undefined ? {} : { reason: input.reason }) },
        action: 'amendment.decline',
        update: (entity, next) => ({ ...entity, status: next.status }),
        auditData: { reason: input.reason ?? null },
      });
      const mandate = (await loadMandate(scope, record.data.entity.mandateId)).data.entity;
      const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
      await notifyAmendmentStaff(ctx, scope, record.data.entity.requestedByUserId, 'declined', declined.data.entity, mandate, partner, input.reason ?? null);
      return amendmentResult(declined);
    });
  },
);
