import type { Framework } from '../../framework/framework-config';
import { applyEvent } from '../../machines/apply-event';
import type { MachineEvent } from '../../machines/machine-registry';
import type { AuditInput, CommandScope } from '../command-scope';
import { transitionEntity } from '../stored-entity';
import type { PaymentRequestEntity, PaymentRequestRecord, PaymentRequestSnapshot } from './payment-request-store';
import { PAYMENT_REQUEST_SUBJECT, paymentRequestIndex } from './payment-request-store';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A payment request event without its instant (the command's instant is used). */
export type RequestEvent = DistributiveOmit<MachineEvent<'payment_request'>, 'now'>;

/** The next snapshot of a request for an event at the command's instant (`invalid_transition` when impossible). */
export function nextSnapshot(scope: Pick<CommandScope, 'at'>, record: PaymentRequestRecord, event: RequestEvent): PaymentRequestSnapshot {
  return applyEvent('payment_request', record.data.machine, { ...event, now: scope.at } as MachineEvent<'payment_request'>);
}

/** One transition of a payment request. */
export interface RequestChange {
  readonly event: RequestEvent;
  /** The audit action, such as `payment_request.approve`. */
  readonly action: string;
  /** The entity after the change (its status is then set from the machine). */
  readonly update?: (entity: PaymentRequestEntity, next: PaymentRequestSnapshot) => PaymentRequestEntity;
  readonly auditData?: AuditInput['data'];
  readonly actingFor?: string | null;
  /** The snapshot already computed for this event with {@link nextSnapshot}, if any. */
  readonly next?: PaymentRequestSnapshot;
}

/**
 * Moves a payment request through its machine at the command's instant (an impossible
 * transition is `invalid_transition`, never a silent no-op), updates the entity and its index
 * (status, assignee, next deadline), appends its one audit event and writes it at the version it
 * was loaded at (a concurrent change is a `conflict`).
 */
export function transitionRequest(
  framework: Pick<Framework, 'approvalPolicy' | 'timeZone'>,
  scope: CommandScope,
  record: PaymentRequestRecord,
  change: RequestChange,
): Promise<PaymentRequestRecord> {
  return transitionEntity(scope, record, {
    kind: 'payment_request',
    event: { ...change.event, now: scope.at } as MachineEvent<'payment_request'>,
    ...(change.next === undefined ? {} : { next: change.next }),
    action: change.action,
    subjectType: PAYMENT_REQUEST_SUBJECT,
    update: (current, next) => ({ ...(change.update?.(current, next) ?? current), status: next.status }),
    index: (entity, next) => paymentRequestIndex(entity, next, framework),
    auditData: change.auditData,
    actingFor: change.actingFor,
  });
}
