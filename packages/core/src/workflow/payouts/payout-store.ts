import type { RecordIndex } from '../../ports/storage-adapter';
import type { Payout, PayoutStatus } from '../../schemas/payout';
import type { PaymentMethod } from '../../schemas/payment-profile';
import { claimUniqueKey } from '../../storage/unique-keys';
import type { UniqueKey } from '../../storage/unique-keys';
import type { CommandScope } from '../command-scope';
import type { EntityRecord } from '../stored-entity';
import { loadEntity, writeEntity } from '../stored-entity';

/** The storage collection of payouts. */
export const PAYOUTS_COLLECTION = 'payouts';

/** The subject type of payouts in the audit log. */
export const PAYOUT_SUBJECT = 'payout';

/**
 * A payout as the workflow stores it: the {@link Payout} of one payment request, created when the
 * administration starts processing it, with its mandate, its attempts and, when reversed, why.
 * `method` is `none` when nothing is paid (a partner who declines compensation and claims nothing).
 */
export interface PayoutEntity extends Omit<Payout, 'method'> {
  readonly method: PaymentMethod | 'none';
  readonly mandateId: string;
  /** Processing attempts (1 at creation, +1 at each retry). */
  readonly attempts: number;
  readonly createdAt: string;
  readonly reversedAt?: string;
  readonly reversalReason?: string;
}

/** A stored payout (no machine: its status changes are audited on its own chain). */
export type PayoutRecord = EntityRecord<PayoutEntity>;

/** The index of a payout: its partner, status, request (`parentId`) and creation instant. */
export function payoutIndex(payout: PayoutEntity): RecordIndex {
  return { partnerId: payout.partnerId, status: payout.status, parentId: payout.paymentRequestIds[0] ?? null, sortKey: payout.createdAt };
}

/** Loads a payout (`not_found` when absent). */
export function loadPayout(scope: CommandScope, id: string): Promise<PayoutRecord> {
  return loadEntity<PayoutEntity>(scope, PAYOUTS_COLLECTION, id, { label: { fr: 'Versement', en: 'Payout' } });
}

/** The unique key of a payout: one per payment request. */
export function payoutKey(paymentRequestId: string): UniqueKey {
  return { kind: 'payout', parts: [paymentRequestId] };
}

async function claimPayoutKeys(scope: CommandScope, payout: PayoutEntity): Promise<void> {
  for (const requestId of payout.paymentRequestIds) await claimUniqueKey(scope.tx, payoutKey(requestId), payout.id, scope.at);
}

/**
 * Writes a payout with the one audit event of its change (creation when `record` is `null`),
 * chained on the payout's own subject.
 */
export async function writePayout(
  scope: CommandScope,
  record: PayoutRecord | null,
  payout: PayoutEntity,
  action: string,
  data?: Record<string, string | number | null>,
): Promise<PayoutRecord> {
  const from: PayoutStatus | null = record?.data.entity.status ?? null;
  if (record === null) await claimPayoutKeys(scope, payout);
  return writeEntity(scope, {
    collection: PAYOUTS_COLLECTION,
    id: payout.id,
    entity: payout,
    machine: null,
    index: payoutIndex(payout),
    expectedVersion: record?.version ?? 0,
    audit: { subjectType: PAYOUT_SUBJECT, action, fromState: from, toState: payout.status, data },
  });
}
