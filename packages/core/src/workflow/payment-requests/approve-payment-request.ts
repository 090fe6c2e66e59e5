import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { reviewedLines } from '../../machines/payment-request-machine';
import { RequestLineDecisions } from '../../machines/payment-request-schemas';
import { Id } from '../../schemas/common';
import type { LineDecision } from '../../schemas/payment-request';
import { dateOf } from '../../time/time-zone';
import { changeFields } from '../command-fields';
import { loadMandate } from '../mandates/mandate-store';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import { loadPartner } from '../partners/partner-store';
import { budgetCents, checkBudget, mandateWithout, writeMandateTotals } from './mandate-budget';
import { authorizeDecision } from './payment-request-access';
import type { PaymentRequestResult, PaymentRequestSnapshot } from './payment-request-store';
import { loadPaymentRequest, resultOf } from './payment-request-store';
import { notifyPartner } from './payment-requests-notifications';
import { quoteDecisions, quoteRequest } from './request-quote';
import { nextSnapshot, transitionRequest } from './request-transition';

/** An approval: the line decisions (undecided lines are accepted as claimed) and an optional comment. */
export const ApprovalFields = {
  id: Id,
  /** Per line: accepted, adjusted (minutes of a time line, amount of an expense) or rejected, with a comment. */
  decisions: RequestLineDecisions.default([]),
  comment: Note.optional(),
};

/** The input of {@link approvePaymentRequest}. */
export const ApprovePaymentRequestInput = z.object({ ...ApprovalFields, ...changeFields }).strict();
/** The input of {@link approvePaymentRequest}, once validated. */
export type ApprovePaymentRequestInput = z.output<typeof ApprovePaymentRequestInput>;

/** The decisions of a snapshot as the entity records them: with their line's target, who decided and when. */
export function lineDecisionsOf(snapshot: PaymentRequestSnapshot, decidedByUserId: string, decidedAt: string): LineDecision[] {
  const targets = new Map(snapshot.context.lines.map((l) => [l.lineId, l.target]));
  return snapshot.context.decisions.map((d) => {
    const out: LineDecision = { lineId: d.lineId, target: targets.get(d.lineId) ?? 'entry', decision: d.decision, decidedByUserId, decidedAt };
    if (d.adjustedMinutes !== null) out.adjustedMinutes = d.adjustedMinutes;
    if (d.adjustedAmountCents !== null) out.adjustedAmountCents = d.adjustedAmountCents;
    if (d.comment !== null) out.comment = d.comment;
    return out;
  });
}

/**
 * Approves one request in its own transaction (what {@link approvePaymentRequest} and each item of
 * the bulk approval run): authorizes the approver, records the line decisions, recomputes the
 * quote with the adjusted lines by the core rules, refuses (`rule_violation`) an approval that
 * would take the mandate's approved total past its cap or its maximum time, moves the request's
 * amounts from pending to approved on the mandate, and notifies the partner.
 */
export function approveOne(ctx: OperationContext, input: ApprovePaymentRequestInput): Promise<PaymentRequestResult> {
  return transact(ctx, input, async (scope) => {
    const record = await loadPaymentRequest(scope, input.id, input.expectedVersion);
    const request = record.data.entity;
    const authority = await authorizeDecision(ctx, scope, request);
    const next = nextSnapshot(scope, record, { type: 'APPROVE', decisions: input.decisions, comment: input.comment });
    const mandateRecord = await loadMandate(scope, request.mandateId);
    const mandate = mandateRecord.data.entity;
    const submitted = request.submittedQuote ?? request.quote;
    const pendingCents = submitted === undefined ? 0 : budgetCents(submitted, mandate);
    const pendingMinutes = submitted?.recordedMinutes ?? 0;
    const others = mandateWithout(mandate, pendingCents, pendingMinutes);
    const partner = (await loadPartner(scope, request.partnerId)).data.entity;
    const lines = reviewedLines(next.context);
    const quote = await quoteRequest(scope.tx, ctx.framework, {
      entries: request.entries,
      expenses: request.expenses,
      decisions: quoteDecisions(lines),
      mandate: others,
      partner,
      asOf: request.submittedOn ?? dateOf(scope.now.getTime(), ctx.framework.timeZone),
      self: { id: request.id, submittedAt: request.submittedAt },
    });
    checkBudget(others, quote);
    const changed = lines.filter((l) => l.decision === 'adjusted' || l.decision === 'rejected');
    const written = await transitionRequest(ctx.framework, scope, record, {
      event: { type: 'APPROVE', decisions: input.decisions, comment: input.comment },
      next,
      action: 'payment_request.approve',
      actingFor: authority.actingFor,
      update: (entity) => ({
        ...entity,
        quote,
        decisions: lineDecisionsOf(next, ctx.actor.id, scope.at),
        ...(input.comment === undefined ? {} : { reviewerNotes: input.comment }),
        approvedAt: scope.at,
        decidedByUserId: ctx.actor.id,
        actingFor: authority.actingFor,
      }),
      auditData: {
        submittedTotalCents: submitted?.totalCents ?? null,
        totalCents: quote.totalCents,
        adjustedLines: changed.filter((l) => l.decision === 'adjusted').map((l) => l.lineId),
        rejectedLines: changed.filter((l) => l.decision === 'rejected').map((l) => l.lineId),
        delegationId: authority.delegationId,
      },
    });
    await writeMandateTotals(scope, mandateRecord, {
      pendingCents: -pendingCents,
      pendingMinutes: -pendingMinutes,
      approvedCents: budgetCents(quote, mandate),
      approvedMinutes: quote.recordedMinutes,
    });
    await notifyPartner(ctx, scope, 'approved', written.data.entity, mandate, partner, { adjusted: changed.length > 0 });
    return resultOf(written);
  });
}

/**
 * The approver (or their delegate, recorded as acting for them) approves a request under review,
 * line by line: adjusted minutes and amounts are repriced by the core rules and the quote is
 * recomputed; the mandate's approved total never exceeds its cap (`rule_violation`). Nobody
 * approves a request they made or that pays them, whatever their roles.
 */
export const approvePaymentRequest = defineCommand({ target: 'record', entity: 'paymentRequest' }, ApprovePaymentRequestInput, (ctx, input) => approveOne(ctx, input));
