import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import type { WarningSeverity } from '../../schemas/payment-quote';
import { pageFields } from '../command-fields';
import { MANDATES_COLLECTION } from '../mandates/mandate-store';
import type { MandateRecord } from '../mandates/mandate-store';
import { defineQuery } from '../operation';
import { findPartner } from '../partners/partner-store';
import type { StoredEntity } from '../stored-entity';
import { assignmentsOf, isOnlyPartner } from './payment-request-access';
import type { PaymentRequestEntity } from './payment-request-store';
import { PAYMENT_REQUESTS_COLLECTION } from './payment-request-store';

/** A request waiting for the actor's decision. */
export interface InboxItem {
  readonly id: string;
  /** The version to pass as `expectedVersion` when deciding. */
  readonly version: number;
  readonly partnerId: string;
  readonly partnerName: string | null;
  readonly mandateId: string;
  readonly mandateTitle: string | null;
  readonly period: { readonly from: string; readonly to: string };
  readonly submittedAt: string | null;
  readonly currency: string | null;
  readonly totalCents: number | null;
  /** The quote's warnings by severity. */
  readonly warnings: Readonly<Record<WarningSeverity, number>>;
  /** The approver the actor would act for under a delegation, or `null` for their own requests. */
  readonly actingFor: string | null;
  /** When the approver is reminded (or the decision escalated), as the index holds it. */
  readonly dueAt: string | null;
}

/** A page of the approver's inbox. */
export interface InboxPage {
  readonly items: readonly InboxItem[];
  /** Pass it as `cursor` for the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

/**
 * The payment requests waiting for the actor's decision, oldest first, page by page: those
 * assigned to them, to a role they hold, or to an approver who delegated payment requests to
 * them for today (`actingFor` names that approver). One index scan on `assigneeId` and `status`.
 * Requests the actor may not decide (they made it, or it pays them) are left out. Staff only.
 */
export const listApproverInbox = defineQuery({ target: 'page', entity: 'paymentRequest' }, z.object({ ...pageFields }).strict(), async (ctx, input): Promise<InboxPage> => {
  if (isOnlyPartner(ctx.actor)) throw new HonorariaError('forbidden');
  const reader = { tx: ctx.storage, now: ctx.clock.now() };
  const assignments = await assignmentsOf(ctx, reader);
  const page: Page<StoredRecord<StoredEntity<PaymentRequestEntity, 'payment_request'>>> = await ctx.storage.list(PAYMENT_REQUESTS_COLLECTION, {
    where: { assigneeId: [...assignments.keys()], status: 'under_review' },
    limit: input.limit,
    cursor: input.cursor ?? null,
  });
  const items: InboxItem[] = [];
  for (const record of page.items) {
    const request = record.data.entity;
    if (request.createdByUserId === ctx.actor.id || (ctx.actor.partnerId != null && ctx.actor.partnerId === request.partnerId)) continue;
    const partner = await findPartner(ctx.storage, request.partnerId);
    const mandate: MandateRecord | null = await ctx.storage.get(MANDATES_COLLECTION, request.mandateId);
    const warnings: Record<WarningSeverity, number> = { info: 0, warning: 0, blocking: 0 };
    for (const w of request.quote?.warnings ?? []) warnings[w.severity] += 1;
    items.push({
      id: request.id,
      version: record.version,
      partnerId: request.partnerId,
      partnerName: partner?.data.entity.name ?? null,
      mandateId: request.mandateId,
      mandateTitle: mandate?.data.entity.title ?? null,
      period: request.period,
      submittedAt: request.submittedAt ?? null,
      currency: request.quote?.currency ?? null,
      totalCents: request.quote?.totalCents ?? null,
      warnings,
      actingFor: assignments.get(request.approverUserId ?? '') ?? null,
      dueAt: record.index.dueAt ?? null,
    });
  }
  return { items, nextCursor: page.nextCursor };
});
