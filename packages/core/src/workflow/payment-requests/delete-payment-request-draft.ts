import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { DocumentRef } from '../../schemas/document-ref';
import { Id } from '../../schemas/common';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { DOCUMENTS_COLLECTION } from '../documents/file-document';
import { defineCommand, transact } from '../operation';
import type { PaymentRequestResult } from './payment-request-store';
import { loadPaymentRequest, PAYMENT_REQUEST_SUBJECT, PAYMENT_REQUESTS_COLLECTION } from './payment-request-store';

/** The input of {@link deletePaymentRequestDraft}. */
export const DeletePaymentRequestDraftInput = z.object({ id: Id, ...changeFields }).strict();

/** What {@link deletePaymentRequestDraft} returns: the request as it was, and `deleted: true`. */
export interface DeletePaymentRequestDraftResult extends PaymentRequestResult {
  readonly deleted: true;
}

/**
 * The partner deletes a draft they never submitted: the request and the receipts filed for it
 * leave storage (the audit log keeps one `payment_request.delete_draft` event, without the
 * lines). A request that was ever submitted is kept (`invalid_transition`): withdraw it instead.
 * Only the partner themself (another actor gets `not_found`).
 */
export const deletePaymentRequestDraft = defineCommand({ target: 'record', entity: 'paymentRequest' }, DeletePaymentRequestDraftInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<DeletePaymentRequestDraftResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    requirePartnerSelf(ctx.actor, request.partnerId);
    const status = record.data.machine?.status ?? request.status;
    if (status !== 'draft' || request.submittedAt !== undefined) {
      throw new HonorariaError('invalid_transition', { details: { id: request.id, status, event: 'DELETE_DRAFT' } });
    }
    const receiptIds = new Set(request.expenses.flatMap((e) => e.receiptIds));
    for (const docId of receiptIds) {
      const doc = await scope.tx.get<DocumentRef>(DOCUMENTS_COLLECTION, docId);
      if (doc !== null && doc.data.kind === 'receipt' && doc.data.subjectRef?.id === request.id) await scope.tx.delete(DOCUMENTS_COLLECTION, docId, doc.version);
    }
    await scope.tx.delete(PAYMENT_REQUESTS_COLLECTION, record.id, record.version);
    await scope.audit({ subjectType: PAYMENT_REQUEST_SUBJECT, subjectId: record.id, action: 'payment_request.delete_draft', fromState: status, toState: null, data: { receipts: receiptIds.size } });
    return { paymentRequest: request, version: record.version, deleted: true };
  }),
);
