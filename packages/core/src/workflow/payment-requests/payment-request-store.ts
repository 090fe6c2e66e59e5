import type { Framework } from '../../framework/framework-config';
import type { LocalizedText } from '../../i18n/lang';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { RecordIndex } from '../../ports/storage-adapter';
import type { PaymentQuote } from '../../schemas/payment-quote';
import type { PaymentRequest } from '../../schemas/payment-request';
import { withinDaysOfInstant } from '../../time/deadline';
import type { CommandScope } from '../command-scope';
import type { EntityRecord } from '../stored-entity';
import { loadEntity } from '../stored-entity';
import { PARTNER_FILE_COLLECTIONS } from '../partners/partner-store';
import { MANDATES_COLLECTION } from '../mandates/mandate-store';

/** The storage collection of payment requests. */
export const PAYMENT_REQUESTS_COLLECTION = 'payment_requests';

/** The subject type of payment requests in the audit log and in notifications. */
export const PAYMENT_REQUEST_SUBJECT = 'payment_request';

/** How messages name a payment request. */
export const PAYMENT_REQUEST_LABEL: LocalizedText = { fr: 'Demande de paiement', en: 'Payment request' };

/**
 * A payment request as the workflow stores it: the {@link PaymentRequest} entity plus what the
 * workflow needs to enforce its rules. `quote` is the current quote (frozen at submission,
 * recomputed with the approver's line decisions); `submittedQuote` keeps the quote as submitted.
 * `approverUserId` is who must decide (a user id, or `role:<code>` when the policy names a role).
 */
export interface PaymentRequestEntity extends PaymentRequest {
  /** The user who created the request (the partner's user): never its approver. */
  readonly createdByUserId: string;
  /** The quote as it was frozen at submission. */
  readonly submittedQuote?: PaymentQuote;
  /** Who approved, requested changes or rejected (a delegate, when `actingFor` is set). */
  readonly decidedByUserId?: string;
  /** The approver the decider acted for under a delegation. */
  readonly actingFor?: string | null;
  readonly forwardedAt?: string;
  readonly reversedAt?: string;
  /** When `runDue` reminded the approver (the deadline scan sets it, then recomputes the index). */
  readonly remindedAt?: string;
  /** When `runDue` escalated the decision. */
  readonly escalatedAt?: string;
  /** When `runDue` alerted the administration that the payment deadline had passed. */
  readonly paymentOverdueAlertedAt?: string;
}

/** A stored payment request. */
export type PaymentRequestRecord = EntityRecord<PaymentRequestEntity, 'payment_request'>;

/** The persisted snapshot of a payment request's machine. */
export type PaymentRequestSnapshot = PersistedSnapshot<'payment_request'>;

/** The instant "within `days` days of `instant`" becomes overdue (the start of the day after the due day, in the organization's time zone). */
function plusDays(instant: string, days: number, timeZone: string): string {
  return withinDaysOfInstant(instant, days, timeZone).overdueAt;
}

/**
 * The next deadline of a request, for the index `dueAt`: while under review, the approver's
 * reminder (once "within `reminderAfterDays` days of the review's start" is past: from the start of the day after, in the organization's time zone), then the escalation (`escalation.afterDays`)
 * once reminded; once approved and until paid, the payment deadline (`paymentDeadlineDays` after
 * approval) until `runDue` alerted the administration. `null` otherwise.
 */
export function paymentRequestDueAt(entity: PaymentRequestEntity, snapshot: PaymentRequestSnapshot, framework: Pick<Framework, 'approvalPolicy' | 'timeZone'>): string | null {
  const policy = framework.approvalPolicy;
  const { status, context } = snapshot;
  if (status === 'under_review' && context.reviewStartedAt !== null) {
    if (entity.remindedAt === undefined) return plusDays(context.reviewStartedAt, policy.reminderAfterDays, framework.timeZone);
    if (policy.escalation !== undefined && entity.escalatedAt === undefined) return plusDays(context.reviewStartedAt, policy.escalation.afterDays, framework.timeZone);
    return null;
  }
  const awaitingPayment = status === 'approved' || status === 'forwarded_to_admin' || status === 'processing' || status === 'payment_failed';
  if (awaitingPayment && context.decidedAt !== null && entity.paymentOverdueAlertedAt === undefined) return plusDays(context.decidedAt, policy.paymentDeadlineDays, framework.timeZone);
  return null;
}

/**
 * The index of a payment request: its partner, status, mandate (`parentId`), who must act next
 * (`assigneeId`: the approver while it is under review), its next deadline and its creation
 * instant. The deadline scan recomputes it with this function after a reminder or an escalation.
 */
export function paymentRequestIndex(entity: PaymentRequestEntity, snapshot: PaymentRequestSnapshot, framework: Pick<Framework, 'approvalPolicy' | 'timeZone'>): RecordIndex {
  const reviewing = snapshot.status === 'submitted' || snapshot.status === 'under_review';
  return {
    partnerId: entity.partnerId,
    status: snapshot.status,
    parentId: entity.mandateId,
    assigneeId: reviewing ? (entity.approverUserId ?? null) : null,
    dueAt: paymentRequestDueAt(entity, snapshot, framework),
    sortKey: entity.createdAt,
  };
}

/** Loads a payment request for a change (`conflict` when `expectedVersion` differs, `not_found` when absent). */
export async function loadPaymentRequest(scope: CommandScope, id: string, expectedVersion?: number): Promise<PaymentRequestRecord> {
  const record = await loadEntity<PaymentRequestEntity, 'payment_request'>(scope, PAYMENT_REQUESTS_COLLECTION, id, {
    expectedVersion,
    label: PAYMENT_REQUEST_LABEL,
    // What approving, paying or quoting it reads next, in the same round trip.
    related: { byParentId: [MANDATES_COLLECTION], byPartnerId: PARTNER_FILE_COLLECTIONS },
  });
  return record;
}

/** What a command returns: the request and its version (to pass as `expectedVersion` next time). */
export interface PaymentRequestResult {
  readonly paymentRequest: PaymentRequestEntity;
  readonly version: number;
}

/** The result of a command from a written record. */
export function resultOf(record: PaymentRequestRecord): PaymentRequestResult {
  return { paymentRequest: record.data.entity, version: record.version };
}
