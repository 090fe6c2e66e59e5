import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { ExternalRef } from '../../machines/machine-fields';
import type { AuditRecord } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import type { Partner } from '../../schemas/partner';
import { dateOf, Instant } from '../../time/time-zone';
import type { CommandScope } from '../command-scope';
import { fileDocument } from '../documents/file-document';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { budgetCents, writeMandateTotals } from '../payment-requests/mandate-budget';
import type { PaymentRequestEntity, PaymentRequestResult } from '../payment-requests/payment-request-store';
import { loadPaymentRequest, PAYMENT_REQUEST_SUBJECT, resultOf } from '../payment-requests/payment-request-store';
import { notifyPartner } from '../payment-requests/payment-requests-notifications';
import { transitionRequest } from '../payment-requests/request-transition';
import { appendLedgerEntry } from './ledger-writes';
import { loadPayout, writePayout } from './payout-store';
import { approvedQuote, authorizeAdministration, checkSinGate } from './payout-rules';

/** The input of {@link markPaymentRequestPaid}. */
export const MarkPaymentRequestPaidInput = z
  .object({
    id: Id,
    /** The payment reference: an EFT trace, a cheque number (never bank details). */
    reference: ExternalRef.optional(),
    /** When the money moved, if earlier than now (the tax year follows it); now by default. */
    paidAt: Instant.optional(),
    /** For a gift card: the vendor and the card's last four digits. */
    giftCard: z
      .object({
        vendor: z.string().trim().min(1).max(100),
        last4: z
          .string()
          .regex(/^\d{4}$/)
          .optional(),
      })
      .strict()
      .optional(),
    /** File the payment request's document in the partner's My Files (when the service has a renderer). */
    fileDocument: z.boolean().default(true),
    ...changeFields,
  })
  .strict();

function checkPaidAt(paidAt: string, scope: CommandScope): string {
  const ms = Date.parse(paidAt);
  if (ms > scope.now.getTime()) {
    throw new HonorariaError('validation_failed', {
      issues: [
        {
          path: ['paidAt'],
          code: 'paid_in_future',
          message: { fr: 'La date de paiement ne peut pas être dans le futur.', en: 'The payment date cannot be in the future.' },
        },
      ],
    });
  }
  return new Date(ms).toISOString();
}

async function fileRequestDocument(ctx: OperationContext, scope: CommandScope, request: PaymentRequestEntity, mandate: Mandate, partner: Partner): Promise<string | null> {
  if (ctx.documents === null) return null;
  const audit: AuditRecord[] = [...(await scope.tx.listAudit({ subjectId: request.id, limit: 1000 })).items];
  const doc = await fileDocument(ctx, scope, {
    request: { kind: 'payment_request', framework: ctx.framework, partner, lang: partner.lang, audit, request, mandate },
    subjectRef: { type: PAYMENT_REQUEST_SUBJECT, id: request.id },
  });
  return doc?.id ?? null;
}

/**
 * The administration records that a request in processing was paid: the payout is marked paid
 * (reference, date, gift card), the tax ledger gets its entry (taxable and non-taxable cents, filed
 * under the calendar year of the payment in the organization's time zone), the mandate's paid
 * total grows, the payment request's document is filed in the partner's My Files, and the
 * partner is notified in their language. Refused (`rule_violation`) when the framework blocks
 * payments past a slip threshold without a SIN.
 */
export const markPaymentRequestPaid = defineCommand({ target: 'record', entity: 'paymentRequest' }, MarkPaymentRequestPaidInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    await authorizeAdministration(ctx, request);
    const paidAt = checkPaidAt(input.paidAt ?? scope.at, scope);
    const paidOn = dateOf(paidAt, ctx.framework.timeZone);
    await checkSinGate(ctx, scope, request, paidAt);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'MARK_PAID', ...(input.reference === undefined ? {} : { reference: input.reference }) },
      action: 'payment_request.mark_paid',
      update: (entity) => ({ ...entity, paidAt }),
      auditData: { payoutId: request.payoutId ?? null, paidAt, totalCents: approvedQuote(request).totalCents },
    });
    if (request.payoutId === undefined) throw new HonorariaError('internal', { details: { id: request.id, reason: 'no_payout' } });
    const payoutRecord = await loadPayout(scope, request.payoutId);
    const before = payoutRecord.data.entity;
    const payout = {
      ...before,
      status: 'paid' as const,
      paidAt,
      paidOn,
      ...(input.reference === undefined ? {} : { reference: input.reference }),
      ...(input.giftCard === undefined ? {} : { giftCard: { ...input.giftCard, faceValueCents: Math.max(0, approvedQuote(request).compensationCents) } }),
    };
    await writePayout(scope, payoutRecord, payout, 'payout.paid', { paidAt });
    await appendLedgerEntry(scope, ctx.framework, { kind: 'payment', payout, paidAt, sign: 1 });
    const mandateRecord = await loadMandate(scope, request.mandateId);
    const mandate = mandateRecord.data.entity;
    await writeMandateTotals(scope, mandateRecord, { paidCents: budgetCents(approvedQuote(request), mandate) });
    const partner = (await loadPartner(scope, request.partnerId)).data.entity;
    if (input.fileDocument) await fileRequestDocument(ctx, scope, written.data.entity, mandate, partner);
    await notifyPartner(ctx, scope, 'paid', written.data.entity, mandate, partner, { paidOn });
    return resultOf(written);
  }),
);
