import * as z from 'zod';
import { sha256Hex } from '../../crypto/sha256';
import { HonorariaError } from '../../errors/honoraria-error';
import { DocumentRef } from '../../schemas/document-ref';
import { Id } from '../../schemas/common';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { DOCUMENTS_COLLECTION, documentIndex } from '../documents/file-document';
import { loadMandate } from '../mandates/mandate-store';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { dateOf } from '../../time/time-zone';
import type { PaymentRequestEntity } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { quoteRequest, requestLines } from './request-quote';
import { transitionRequest } from './request-transition';

/** The input of {@link attachReceipt}: the request, the expense, and the file's bytes. */
export const AttachReceiptInput = z
  .object({
    id: Id,
    expenseId: Id,
    fileName: z.string().min(1).max(200),
    contentType: z.string().min(3).max(100),
    bytes: z.instanceof(Uint8Array),
    ...changeFields,
  })
  .strict();

/** What {@link attachReceipt} returns: the request (its expense now names the receipt) and the receipt filed in My Files. */
export interface AttachReceiptResult {
  readonly paymentRequest: PaymentRequestEntity;
  readonly version: number;
  readonly document: DocumentRef;
}

function refused(code: 'receipt_type' | 'receipt_size' | 'receipt_empty', path: string): HonorariaError {
  const messages = {
    receipt_type: { fr: 'Ce type de fichier n’est pas accepté comme reçu.', en: 'This type of file is not accepted as a receipt.' },
    receipt_size: { fr: 'Le reçu dépasse la taille maximale acceptée.', en: 'The receipt is larger than the maximum size accepted.' },
    receipt_empty: { fr: 'Le fichier du reçu est vide.', en: 'The receipt file is empty.' },
  } as const;
  return new HonorariaError('validation_failed', { issues: [{ path: [path], code, message: messages[code] }] });
}

/**
 * The partner attaches a receipt to an expense of their draft (or of a request sent back for
 * changes): the bytes are stored as a blob, filed in their My Files as a `receipt` document (with
 * its SHA-256), and the expense's `receiptIds` names it; the estimate is recomputed. The
 * framework's expense policy sets the types (`receiptTypes`) and the size (`receiptMaxBytes`)
 * accepted. Only the partner themself (another actor gets `not_found`).
 */
export const attachReceipt = defineCommand({ target: 'record', entity: 'paymentRequest' }, AttachReceiptInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<AttachReceiptResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const current = record.data.entity;
    requirePartnerSelf(ctx.actor, current.partnerId);
    const policy = ctx.framework.expensePolicy;
    const type = input.contentType.split(';')[0]!.trim().toLowerCase();
    if (!policy.receiptTypes.includes(type)) throw refused('receipt_type', 'contentType');
    if (input.bytes.byteLength === 0) throw refused('receipt_empty', 'bytes');
    if (input.bytes.byteLength > policy.receiptMaxBytes) throw refused('receipt_size', 'bytes');
    const index = current.expenses.findIndex((e) => e.id === input.expenseId);
    if (index < 0) {
      throw new HonorariaError('validation_failed', {
        issues: [{ path: ['expenseId'], code: 'unknown_expense', message: { fr: 'Cette dépense n’est pas dans la demande.', en: 'This expense is not in the request.' } }],
      });
    }
    const blobId = scope.newId('blob');
    await scope.tx.putBlob({ id: blobId, bytes: input.bytes, contentType: type });
    const document = DocumentRef.parse({
      id: scope.newId('doc'),
      kind: 'receipt',
      blobId,
      sha256: sha256Hex(input.bytes),
      partnerId: current.partnerId,
      contentType: type,
      size: input.bytes.byteLength,
      title: { fr: `Reçu — ${input.fileName}`, en: `Receipt — ${input.fileName}` },
      subjectRef: { type: 'payment_request', id: current.id },
      createdAt: scope.at,
    });
    await scope.put<DocumentRef>({ collection: DOCUMENTS_COLLECTION, id: document.id, data: document, index: documentIndex(document), expectedVersion: 0 });
    const expenses = current.expenses.map((e, i) => (i === index ? { ...e, receiptIds: [...e.receiptIds, document.id] } : e));
    const mandate = (await loadMandate(scope, current.mandateId)).data.entity;
    const partner = (await loadPartner(scope, current.partnerId)).data.entity;
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const quote = await quoteRequest(scope.tx, ctx.framework, { entries: current.entries, expenses, mandate, partner, asOf: today });
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'EDIT', lines: requestLines(current.entries, expenses, quote) },
      action: 'payment_request.attach_receipt',
      update: (entity) => ({ ...entity, expenses, quote }),
      auditData: { expenseId: input.expenseId, documentId: document.id, size: input.bytes.byteLength },
    });
    return { ...resultOf(written), document };
  }),
);
