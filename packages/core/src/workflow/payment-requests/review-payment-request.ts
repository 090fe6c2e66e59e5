import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { RequestLineDecisions } from '../../machines/payment-request-schemas';
import { Id } from '../../schemas/common';
import type { CommandScope } from '../command-scope';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { lineDecisionsOf } from './approve-payment-request';
import { budgetCents, writeMandateTotals } from './mandate-budget';
import { authorizeDecision } from './payment-request-access';
import type { PaymentRequestRecord, PaymentRequestResult } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { notifyPartner } from './payment-requests-notifications';
import { nextSnapshot, transitionRequest } from './request-transition';

/**
 * Takes a request's pending amounts off its mandate: what a request sent back, rejected or
 * withdrawn no longer commits.
 */
export async function releasePending(scope: CommandScope, record: PaymentRequestRecord): Promise<void> {
  const request = record.data.entity;
  const quote = request.submittedQuote ?? request.quote;
  if (quote === undefined) return;
  const mandateRecord = await loadMandate(scope, request.mandateId);
  await writeMandateTotals(scope, mandateRecord, { pendingCents: -budgetCents(quote, mandateRecord.data.entity), pendingMinutes: -quote.recordedMinutes });
}

/** The input of {@link requestPaymentRequestChanges}: a comment for the partner and, optionally, decisions on some lines. */
export const RequestPaymentRequestChangesInput = z.object({ id: Id, comment: Note, decisions: RequestLineDecisions.default([]), ...changeFields }).strict();

/** The input of {@link rejectPaymentRequest}. */
export const RejectPaymentRequestInput = z.object({ id: Id, reason: Note, ...changeFields }).strict();

type Decision = { readonly kind: 'changes'; readonly input: z.output<typeof RequestPaymentRequestChangesInput> } | { readonly kind: 'reject'; readonly input: z.output<typeof RejectPaymentRequestInput> };

function decide(ctx: OperationContext, decision: Decision): Promise<PaymentRequestResult> {
  const { input } = decision;
  return transact(ctx, input, async (scope) => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    const authority = await authorizeDecision(ctx, scope, request);
    const event =
      decision.kind === 'changes'
        ? ({ type: 'REQUEST_CHANGES', comment: decision.input.comment, decisions: decision.input.decisions } as const)
        : ({ type: 'REJECT', reason: decision.input.reason } as const);
    const next = nextSnapshot(scope, record, event);
    const comment = decision.kind === 'changes' ? decision.input.comment : decision.input.reason;
    const written = await transitionRequest(ctx.framework, scope, record, {
      event,
      next,
      action: decision.kind === 'changes' ? 'payment_request.request_changes' : 'payment_request.reject',
      actingFor: authority.actingFor,
      update: (entity) => ({
        ...entity,
        decisions: lineDecisionsOf(next, ctx.actor.id, scope.at),
        reviewerNotes: comment,
        decidedByUserId: ctx.actor.id,
        actingFor: authority.actingFor,
      }),
      auditData: { delegationId: authority.delegationId },
    });
    await releasePending(scope, record);
    const mandate = (await loadMandate(scope, request.mandateId)).data.entity;
    const partner = (await loadPartner(scope, request.partnerId)).data.entity;
    await notifyPartner(ctx, scope, decision.kind === 'changes' ? 'changes_requested' : 'rejected', written.data.entity, mandate, partner, { comment });
    return resultOf(written);
  });
}

/**
 * The approver (or their delegate) sends a request under review back to the partner with a
 * comment (and decisions on lines, if any): it becomes editable again, its amounts leave the
 * mandate's pending total, and the partner is notified in their language.
 */
export const requestPaymentRequestChanges = defineCommand({ target: 'record', entity: 'paymentRequest' }, RequestPaymentRequestChangesInput, (ctx, input) => decide(ctx, { kind: 'changes', input }));

/**
 * The approver (or their delegate) rejects a request under review with a reason (final): its
 * amounts leave the mandate's pending total, and the partner is notified in their language.
 */
export const rejectPaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, RejectPaymentRequestInput, (ctx, input) => decide(ctx, { kind: 'reject', input }));
