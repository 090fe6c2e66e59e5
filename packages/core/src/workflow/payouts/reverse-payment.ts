import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import { defineCommand, transact } from '../operation';
import { budgetCents, writeMandateTotals } from '../payment-requests/mandate-budget';
import type { PaymentRequestResult } from '../payment-requests/payment-request-store';
import { loadPaymentRequest, resultOf } from '../payment-requests/payment-request-store';
import { transitionRequest } from '../payment-requests/request-transition';
import { flagSlipAmendments } from '../tax/flag-slip-amendments';
import { appendLedgerEntry } from './ledger-writes';
import { loadPayout, writePayout } from './payout-store';
import { approvedQuote, authorizeAdministration } from './payout-rules';

/** The input of {@link reversePayment}. */
export const ReversePaymentInput = z.object({ id: Id, reason: Note, ...changeFields }).strict();

/**
 * The administration reverses a paid request (a payment returned or made in error), with a
 * reason (final): the payout is marked reversed, the tax ledger gets the same amounts negated —
 * filed at the original payment's instant, so the year it was taxed in is the year corrected —,
 * the partner's issued slips of that year are flagged for an amended slip, and the mandate's
 * approved and paid totals drop by the request's amount.
 */
export const reversePayment = defineCommand({ target: 'record', entity: 'paymentRequest' }, ReversePaymentInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    await authorizeAdministration(ctx, request);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'REVERSE', reason: input.reason },
      action: 'payment_request.reverse',
      update: (entity) => ({ ...entity, reversedAt: scope.at }),
      auditData: { payoutId: request.payoutId ?? null },
    });
    if (request.payoutId === undefined) throw new HonorariaError('internal', { details: { id: request.id, reason: 'no_payout' } });
    const payoutRecord = await loadPayout(scope, request.payoutId);
    const payout = { ...payoutRecord.data.entity, status: 'reversed' as const, reversedAt: scope.at, reversalReason: input.reason };
    await writePayout(scope, payoutRecord, payout, 'payout.reverse');
    const paidAt = payout.paidAt ?? request.paidAt ?? scope.at;
    const entry = await appendLedgerEntry(scope, ctx.framework, { kind: 'reversal', payout, paidAt, sign: -1 });
    if (entry !== null) {
      await flagSlipAmendments(scope, { partnerId: request.partnerId, payerId: request.organizationId, year: entry.year, paymentRequestId: request.id });
    }
    const quote = approvedQuote(request);
    const mandateRecord = await loadMandate(scope, request.mandateId);
    const cents = budgetCents(quote, mandateRecord.data.entity);
    await writeMandateTotals(scope, mandateRecord, { approvedCents: -cents, paidCents: -cents, approvedMinutes: -quote.recordedMinutes });
    return resultOf(written);
  }),
);
