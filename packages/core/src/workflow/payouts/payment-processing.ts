import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import type { PaymentRequestResult } from '../payment-requests/payment-request-store';
import { loadPaymentRequest, resultOf } from '../payment-requests/payment-request-store';
import { transitionRequest } from '../payment-requests/request-transition';
import type { PayoutEntity } from './payout-store';
import { loadPayout, writePayout } from './payout-store';
import { approvedQuote, authorizeAdministration, checkSinGate, paymentMethodOf } from './payout-rules';

/** The input of the administration's steps that need only the request: forward, start processing, retry. */
export const AdministrationStepInput = z.object({ id: Id, ...changeFields }).strict();

/** The input of {@link markPaymentFailed}. */
export const MarkPaymentFailedInput = z.object({ id: Id, reason: Note, ...changeFields }).strict();

/**
 * The administration takes an approved request into its queue (forwarded to administration).
 * Administration role; not the request's approver (unless the policy allows it); never its payee.
 */
export const forwardPaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, AdministrationStepInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    await authorizeAdministration(ctx, record.data.entity);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'FORWARD' },
      action: 'payment_request.forward',
      update: (entity) => ({ ...entity, forwardedAt: scope.at }),
    });
    return resultOf(written);
  }),
);

/**
 * The administration sends a forwarded request for payment: a payout record is created
 * (`sent_to_finance`) with the payment method, form and amounts of the approved quote. Refused
 * (`rule_violation`) when the partner has no payment profile, or when the framework blocks
 * payments past a slip threshold without a SIN.
 */
export const startPaymentProcessing = defineCommand({ target: 'record', entity: 'paymentRequest' }, AdministrationStepInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    await authorizeAdministration(ctx, request);
    const quote = approvedQuote(request);
    await checkSinGate(ctx, scope, request, scope.at);
    const method = await paymentMethodOf(scope, request);
    const payoutId = scope.newId('pay');
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'START_PROCESSING' },
      action: 'payment_request.start_processing',
      update: (entity) => ({ ...entity, payoutId }),
      auditData: { payoutId },
    });
    const payout: PayoutEntity = {
      id: payoutId,
      partnerId: request.partnerId,
      payerId: request.organizationId,
      mandateId: request.mandateId,
      paymentRequestIds: [request.id],
      method,
      form: quote.paymentForm === 'gift_card' ? 'gift_card' : 'cash',
      currency: quote.currency,
      amountCents: Math.max(0, quote.totalCents),
      taxableCents: Math.max(0, quote.taxableCents),
      nonTaxableCents: Math.max(0, quote.nonTaxableCents),
      status: 'sent_to_finance',
      sentToFinanceAt: scope.at,
      attempts: 1,
      createdAt: scope.at,
    };
    await writePayout(scope, null, payout, 'payout.create', { paymentRequestId: request.id, amountCents: payout.amountCents });
    return resultOf(written);
  }),
);

/**
 * The administration records that a payment attempt failed (bad bank details, say), with the
 * reason: the request waits for a retry and its payout is marked failed. The reason must not
 * contain bank details.
 */
export const markPaymentFailed = defineCommand({ target: 'record', entity: 'paymentRequest' }, MarkPaymentFailedInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    await authorizeAdministration(ctx, request);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'FAIL_PAYMENT', reason: input.reason },
      action: 'payment_request.payment_failed',
    });
    if (request.payoutId !== undefined) {
      const payout = await loadPayout(scope, request.payoutId);
      await writePayout(scope, payout, { ...payout.data.entity, status: 'failed', failureReason: input.reason.slice(0, 500) }, 'payout.fail');
    }
    return resultOf(written);
  }),
);

/**
 * The administration retries a failed payment (after the partner's payment profile was fixed):
 * the request is processed again, the payout goes back to finance with the current payment
 * method, and the slip-threshold gate is checked again.
 */
export const retryPayment = defineCommand({ target: 'record', entity: 'paymentRequest' }, AdministrationStepInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    await authorizeAdministration(ctx, request);
    await checkSinGate(ctx, scope, request, scope.at);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'RETRY_PAYMENT' },
      action: 'payment_request.retry_payment',
    });
    if (request.payoutId !== undefined) {
      const payout = await loadPayout(scope, request.payoutId);
      const { failureReason: _dropped, ...rest } = payout.data.entity;
      const method = await paymentMethodOf(scope, request);
      await writePayout(scope, payout, { ...rest, method, status: 'sent_to_finance', sentToFinanceAt: scope.at, attempts: rest.attempts + 1 }, 'payout.retry', {
        attempt: rest.attempts + 1,
      });
    }
    return resultOf(written);
  }),
);
