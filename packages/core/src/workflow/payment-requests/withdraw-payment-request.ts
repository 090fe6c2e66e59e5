import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import type { PaymentRequestResult } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { releasePending } from './review-payment-request';
import { transitionRequest } from './request-transition';

/** The input of {@link withdrawPaymentRequest}. */
export const WithdrawPaymentRequestInput = z.object({ id: Id, reason: Note.optional(), ...changeFields }).strict();

/**
 * The partner withdraws a submitted request before a decision (final): its amounts leave the
 * mandate's pending total. Only the partner themself.
 */
export const withdrawPaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, WithdrawPaymentRequestInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    requirePartnerSelf(ctx.actor, record.data.entity.partnerId);
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'WITHDRAW', ...(input.reason === undefined ? {} : { reason: input.reason }) },
      action: 'payment_request.withdraw',
    });
    await releasePending(scope, record);
    return resultOf(written);
  }),
);
