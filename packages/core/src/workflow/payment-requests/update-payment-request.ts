import * as z from 'zod';
import { Id } from '../../schemas/common';
import { dateOf } from '../../time/time-zone';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { requireMandateOpen } from './mandate-budget';
import { checkContent, RequestContent } from './payment-request-input';
import type { PaymentRequestResult } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { quoteRequest, requestLines } from './request-quote';
import { transitionRequest } from './request-transition';

/** The input of {@link updatePaymentRequest}: the request's new lines, replacing the old ones. */
export const UpdatePaymentRequestInput = z.object({ id: Id, ...RequestContent, ...changeFields }).strict();

/**
 * The partner rewrites the lines of their draft, or of a request the approver sent back for
 * changes (which makes it a draft again); the estimate is recomputed. Only the partner themself.
 */
export const updatePaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, UpdatePaymentRequestInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const current = record.data.entity;
    requirePartnerSelf(ctx.actor, current.partnerId);
    const mandate = (await loadMandate(scope, current.mandateId)).data.entity;
    requireMandateOpen(mandate);
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const period = checkContent(input, today);
    const partner = (await loadPartner(scope, current.partnerId)).data.entity;
    const quote = await quoteRequest(scope.tx, ctx.framework, { entries: input.entries, expenses: input.expenses, mandate, partner, asOf: today, self: { id: input.id } });
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'EDIT', lines: requestLines(input.entries, input.expenses, quote) },
      action: 'payment_request.edit',
      update: (entity) => ({ ...entity, period, entries: input.entries, expenses: input.expenses, quote }),
      auditData: { entries: input.entries.length, expenses: input.expenses.length, totalCents: quote.totalCents },
    });
    return resultOf(written);
  }),
);
