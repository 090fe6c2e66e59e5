import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import type { WarningSeverity } from '../../schemas/payment-quote';
import { pageFields } from '../command-fields';
import { MANDATES_COLLECTION } from '../mandates/mandate-store';
import type { MandateRecord } from '../mandates/mandate-store';
import { defineQuery } from '../operation';
import type { PartnerRecord } from '../partners/partner-store';
import { PARTNERS_COLLECTION } from '../partners/partner-store';
import { getRecords } from '../../storage/get-records';
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
 * them for today (`actingFor` names that approver). One index scan on `assigneeId` and `status`,
 * then one read of every item's partner and mandate: a constant number of reads per page.
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
  const shown = page.items.filter((record) => {
    const request = record.data.entity;
    return request.createdByUserId !== ctx.actor.id && (ctx.actor.partnerId == null || ctx.actor.partnerId !== request.partnerId);
  });
  // Every item's partner and mandate in one read, whatever the page size.
  const related = await getRecords<StoredEntity<unknown>>(
    ctx.storage,
    shown.flatMap((record) => [
      { collection: PARTNERS_COLLECTION, id: record.data.entity.partnerId },
      { collection: MANDATES_COLLECTION, id: record.data.entity.mandateId },
    ]),
  );
  const items: InboxItem[] = [];
  for (const [i, record] of shown.entries()) {
    const request = record.data.entity;
    const partner = related[2 * i] as PartnerRecord | null;
    const mandate = related[2 * i + 1] as MandateRecord | null;
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
