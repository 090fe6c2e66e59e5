import * as z from 'zod';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import { Id } from '../../schemas/common';
import { dateOf } from '../../time/time-zone';
import { requirePartnerSelf } from '../authorization';
import { createFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { writeEntity } from '../stored-entity';
import { requireMandateOpen } from './mandate-budget';
import { checkContent, RequestContent } from './payment-request-input';
import type { PaymentRequestEntity, PaymentRequestRecord, PaymentRequestResult } from './payment-request-store';
import { PAYMENT_REQUEST_SUBJECT, PAYMENT_REQUESTS_COLLECTION, paymentRequestIndex, resultOf } from './payment-request-store';
import { quoteRequest, requestLines } from './request-quote';

/** The input of {@link createPaymentRequest}. */
export const CreatePaymentRequestInput = z.object({ mandateId: Id, ...RequestContent, ...createFields }).strict();

/**
 * The partner starts a payment request under one of their active mandates: a draft with its time
 * entries and expenses, priced at once by the core rules (the quote of a draft is an estimate; it
 * is frozen at submission). Only the partner themself (another partner gets `not_found`).
 */
export const createPaymentRequest = defineCommand({ target: 'new', entity: 'paymentRequest' }, CreatePaymentRequestInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const mandateRecord = await loadMandate(scope, input.mandateId);
    const mandate = mandateRecord.data.entity;
    requirePartnerSelf(ctx.actor, mandate.partnerId);
    requireMandateOpen(mandate);
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const period = checkContent(input, today);
    const partner = (await loadPartner(scope, mandate.partnerId)).data.entity;
    const quote = await quoteRequest(scope.tx, ctx.framework, { entries: input.entries, expenses: input.expenses, mandate, partner, asOf: today });
    const machine = initialSnapshot('payment_request', { lines: requestLines(input.entries, input.expenses, quote) });
    const id = scope.newId('prq');
    const request: PaymentRequestEntity = {
      id,
      organizationId: mandate.organizationId,
      mandateId: mandate.id,
      partnerId: mandate.partnerId,
      period,
      entries: input.entries,
      expenses: input.expenses,
      quote,
      decisions: [],
      status: machine.status,
      createdAt: scope.at,
      createdByUserId: ctx.actor.id,
    };
    const record: PaymentRequestRecord = await writeEntity(scope, {
      collection: PAYMENT_REQUESTS_COLLECTION,
      id,
      entity: request,
      machine,
      index: paymentRequestIndex(request, machine, ctx.framework),
      expectedVersion: 0,
      audit: {
        subjectType: PAYMENT_REQUEST_SUBJECT,
        action: 'payment_request.create',
        toState: machine.status,
        data: { mandateId: mandate.id, entries: input.entries.length, expenses: input.expenses.length, totalCents: quote.totalCents },
      },
    });
    return resultOf(record);
  }),
);
