import * as z from 'zod';
import type { ApproverRule } from '../../framework/approval-policy';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import { dateOf } from '../../time/time-zone';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { budgetCents, requireMandateOpen, writeMandateTotals } from './mandate-budget';
import { ROLE_ASSIGNEE_PREFIX } from './payment-request-access';
import { attestationOf } from './payment-request-input';
import type { PaymentRequestEntity, PaymentRequestResult } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { notifyAwaitingApproval } from './payment-requests-notifications';
import { quoteRequest } from './request-quote';
import { transitionRequest } from './request-transition';

/** The input of {@link submitPaymentRequest}: the partner attests the request (`attest: true`). */
export const SubmitPaymentRequestInput = z.object({ id: Id, attest: z.literal(true), ...changeFields }).strict();

/** Who approves a payment request under a mandate, by the approval policy: a user id, or `role:<code>`. */
export function paymentRequestApprover(rule: ApproverRule, mandate: Pick<Mandate, 'initiatorUserId' | 'approverUserId'>): string {
  switch (rule.kind) {
    case 'mandate_initiator':
      return mandate.initiatorUserId;
    case 'mandate_approver':
      return mandate.approverUserId;
    case 'user':
      return rule.userId;
    case 'role':
      return `${ROLE_ASSIGNEE_PREFIX}${rule.role}`;
  }
}

function withoutReviewMarks(entity: PaymentRequestEntity): PaymentRequestEntity {
  const { remindedAt: _r, escalatedAt: _e, decidedByUserId: _d, actingFor: _a, reviewerNotes: _n, ...rest } = entity;
  return rest;
}

/**
 * The partner submits their request and attests it: the quote is computed by the core rules and
 * frozen (warnings included), the request goes under review with the approver the policy names
 * (the mandate's initiator by default), the mandate's pending totals grow, and the approver is
 * notified in their language. Only the partner themself.
 */
export const submitPaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, SubmitPaymentRequestInput, (ctx, input) =>
  transact(ctx, input, async (scope): Promise<PaymentRequestResult> => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const current = record.data.entity;
    requirePartnerSelf(ctx.actor, current.partnerId);
    const mandateRecord = await loadMandate(scope, current.mandateId);
    const mandate = mandateRecord.data.entity;
    requireMandateOpen(mandate);
    const partner = (await loadPartner(scope, current.partnerId)).data.entity;
    const submittedOn = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const quote = await quoteRequest(scope.tx, ctx.framework, { entries: current.entries, expenses: current.expenses, mandate, partner, asOf: submittedOn, self: { id: current.id } });
    const approverUserId = paymentRequestApprover(ctx.framework.approvalPolicy.paymentRequestApprover, mandate);
    const submitted = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'SUBMIT' },
      action: 'payment_request.submit',
      update: (entity) => ({
        ...withoutReviewMarks(entity),
        quote,
        submittedQuote: quote,
        decisions: [],
        attestation: attestationOf(partner.lang, scope.at),
        submittedAt: scope.at,
        submittedOn,
        approverUserId,
      }),
      auditData: { totalCents: quote.totalCents, taxableCents: quote.taxableCents, warnings: quote.warnings.map((w) => w.code), approverUserId },
    });
    const underReview = await transitionRequest(ctx.framework, scope, submitted, {
      event: { type: 'START_REVIEW' },
      action: 'payment_request.start_review',
      auditData: { approverUserId },
    });
    await writeMandateTotals(scope, mandateRecord, { pendingCents: budgetCents(quote, mandate), pendingMinutes: quote.recordedMinutes });
    await notifyAwaitingApproval(ctx, scope, underReview.data.entity, mandate, partner);
    return resultOf(underReview);
  }),
);
