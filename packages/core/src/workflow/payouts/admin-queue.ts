import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import type { PaymentRequestStatus } from '../../schemas/status';
import { pageFields } from '../command-fields';
import { defineQuery } from '../operation';
import type { PaymentProfile } from '../../schemas/payment-profile';
import { getRecords } from '../../storage/get-records';
import { PARTNERS_COLLECTION, PAYMENT_PROFILES_COLLECTION } from '../partners/partner-store';
import { payoutHeld } from '../partners/payout-destination';
import type { PaymentRequestEntity } from '../payment-requests/payment-request-store';
import { PAYMENT_REQUESTS_COLLECTION } from '../payment-requests/payment-request-store';
import type { StoredEntity } from '../stored-entity';
import { isAdministrationOrFinance } from './payout-rules';
import { ADMIN_ROLE } from '../actor';

/** The states of the administration's queue: approved, forwarded, in processing, payment failed. */
export const ADMIN_QUEUE_STATES = ['approved', 'forwarded_to_admin', 'processing', 'payment_failed'] as const satisfies readonly PaymentRequestStatus[];

/** The input of {@link listAdminQueue}: optionally some of the queue's states, and a page. */
export const AdminQueueInput = z.object({ status: z.array(z.enum(ADMIN_QUEUE_STATES)).min(1).optional(), ...pageFields }).strict();

/** A request in the administration's queue. */
export interface AdminQueueItem {
  readonly id: string;
  readonly version: number;
  readonly status: PaymentRequestStatus;
  readonly partnerId: string;
  readonly partnerName: string | null;
  readonly mandateId: string;
  readonly currency: string | null;
  readonly totalCents: number | null;
  readonly approvedAt: string | null;
  /** The payment deadline (`paymentDeadlineDays` after approval). */
  readonly dueAt: string | null;
  /** Whether the payment deadline has passed. */
  readonly overdue: boolean;
  /** Whether the actor may act on it (segregation: not the request's approver, not its payee). */
  readonly mayAct: boolean;
  /**
   * Whether its payout is held: the partner's payment details changed and nobody with the finance
   * role has verified them yet (`verifyPaymentProfile`).
   */
  readonly payoutHold: boolean;
}

/** A page of the administration's queue. */
export interface AdminQueuePage {
  readonly items: readonly AdminQueueItem[];
  readonly nextCursor: string | null;
}

/**
 * The administration's queue: approved requests to forward, forwarded ones to send for payment,
 * those in processing and failed payments, oldest first, with the payment deadline and whether it
 * has passed. One index scan on `status`, then one read of every item's partner: two reads per
 * page whatever its size. Administration role or finance.
 */
export const listAdminQueue = defineQuery({ target: 'page', entity: 'paymentRequest' }, AdminQueueInput, async (ctx, input): Promise<AdminQueuePage> => {
  if (!isAdministrationOrFinance(ctx)) throw new HonorariaError('forbidden');
  const now = ctx.clock.now().toISOString();
  const page: Page<StoredRecord<StoredEntity<PaymentRequestEntity, 'payment_request'>>> = await ctx.storage.list(PAYMENT_REQUESTS_COLLECTION, {
    where: { status: input.status ?? [...ADMIN_QUEUE_STATES] },
    limit: input.limit,
    cursor: input.cursor ?? null,
  });
  const administers = ctx.actor.roles.includes(ADMIN_ROLE);
  const segregated = !ctx.framework.approvalPolicy.segregation.approverMayAdminister;
  // Every item's partner in one read, whatever the page size.
  // The partners and their payment profiles, in one read whatever the page's size.
  const files = await getRecords<StoredEntity<{ readonly name?: string } | PaymentProfile>>(
    ctx.storage,
    page.items.flatMap((record) => [
      { collection: PARTNERS_COLLECTION, id: record.data.entity.partnerId },
      { collection: PAYMENT_PROFILES_COLLECTION, id: record.data.entity.partnerId },
    ]),
  );
  const items: AdminQueueItem[] = [];
  for (const [i, record] of page.items.entries()) {
    const request = record.data.entity;
    const approvedIt = ctx.actor.id === request.decidedByUserId || ctx.actor.id === request.approverUserId;
    const isPayee = ctx.actor.partnerId != null && ctx.actor.partnerId === request.partnerId;
    const dueAt = record.index.dueAt ?? null;
    items.push({
      id: request.id,
      version: record.version,
      status: request.status,
      partnerId: request.partnerId,
      partnerName: (files[2 * i]?.data.entity as { readonly name?: string } | undefined)?.name ?? null,
      mandateId: request.mandateId,
      currency: request.quote?.currency ?? null,
      totalCents: request.quote?.totalCents ?? null,
      approvedAt: request.approvedAt ?? null,
      dueAt,
      overdue: dueAt !== null && dueAt <= now,
      mayAct: administers && !isPayee && !(segregated && approvedIt),
      payoutHold: payoutHeld(files[2 * i + 1]?.data.entity as PaymentProfile | undefined),
    });
  }
  return { items, nextCursor: page.nextCursor };
});
