import { dueOnOf } from '../../time/deadline';
import type { Lang } from '../../i18n/lang';
import { formatCents } from '../../money/format-money';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { RecordIndex, StoredRecord } from '../../ports/storage-adapter';
import type { Mandate } from '../../schemas/mandate';
import { formatDate } from '../../time/format-date';
import { dateOf } from '../../time/time-zone';
import { activeDelegationsFrom } from '../authorization';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { writeEntity } from '../stored-entity';
import { MANDATES_COLLECTION } from '../mandates/mandate-store';
import type { PaymentRequestEntity } from '../payment-requests/payment-request-store';
import { PAYMENT_REQUEST_SUBJECT, paymentRequestDueAt, paymentRequestIndex } from '../payment-requests/payment-request-store';
import type { DeadlineMessageKey } from './deadline-notifications';
import { distinctRecipients, queueDeadlineNotice } from './deadline-notifications';
import type { DueFired, DueKind } from './due-item';
import { repairDueAt } from './due-item';
import type { Recipient } from './staff-recipients';
import { recipientsOfRule, staffRecipient, staffWithRole } from './staff-recipients';

/** A payment request with what `runDue` records on it. */
export type DuePaymentRequest = PaymentRequestEntity & {
  /** When `runDue` alerted the administration that the payment deadline had passed (sent once). */
  readonly paymentOverdueAlertedAt?: string;
};

type RequestRecord = StoredRecord<StoredEntity<DuePaymentRequest, 'payment_request'>>;
type Snapshot = PersistedSnapshot<'payment_request'>;

/** The states in which a request waits to be paid. */
const AWAITING_PAYMENT = new Set(['approved', 'forwarded_to_admin', 'processing', 'payment_failed']);

/** What can fire on a payment request. */
type RequestStep = Extract<DueKind, 'review_reminder' | 'review_escalation' | 'payment_overdue'>;

/** What is due on a request now, if anything: the approver's reminder, the escalation, or the overdue payment alert. */
function dueStep(ctx: OperationContext, entity: DuePaymentRequest, snapshot: Snapshot, now: number): RequestStep | null {
  const due = paymentRequestDueAt(entity, snapshot, ctx.framework);
  if (due === null || Date.parse(due) > now) return null;
  if (snapshot.status === 'under_review') {
    if (entity.remindedAt === undefined) return 'review_reminder';
    if (ctx.framework.approvalPolicy.escalation !== undefined && entity.escalatedAt === undefined) return 'review_escalation';
    return null;
  }
  if (AWAITING_PAYMENT.has(snapshot.status) && entity.paymentOverdueAlertedAt === undefined) return 'payment_overdue';
  return null;
}

/** The request's index, its `dueAt` cleared when nothing more can fire at it. */
function indexFor(ctx: OperationContext, entity: DuePaymentRequest, snapshot: Snapshot, now: number): RecordIndex {
  const index = paymentRequestIndex(entity, snapshot, ctx.framework);
  const stale = index.dueAt != null && Date.parse(index.dueAt) <= now && dueStep(ctx, entity, snapshot, now) === null;
  return stale ? { ...index, dueAt: null } : index;
}

/** The approver of a request as recipients: the user, or everyone holding the role (`role:<code>`). */
async function approversOf(ctx: OperationContext, approver: string | undefined): Promise<Recipient[]> {
  if (approver === undefined) return [];
  if (approver.startsWith('role:')) return staffWithRole(ctx, approver.slice(5));
  const one = await staffRecipient(ctx, approver);
  return one === null ? [] : [one];
}

/** Whom an overdue decision escalates to: the approver's active delegates for today, else the policy's escalation target. */
async function escalationTargets(ctx: OperationContext, scope: CommandScope, entity: DuePaymentRequest): Promise<{ readonly to: Recipient[]; readonly via: 'delegate' | 'policy' }> {
  const approver = entity.approverUserId;
  if (approver !== undefined && !approver.startsWith('role:') && ctx.framework.approvalPolicy.delegation.allowed) {
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const delegations = await activeDelegationsFrom(scope, approver, today, 'payment_request');
    const delegates = (await Promise.all(delegations.map((d) => staffRecipient(ctx, d.toUserId)))).filter((r): r is Recipient => r !== null);
    if (delegates.length > 0) return { to: delegates, via: 'delegate' };
  }
  const rule = ctx.framework.approvalPolicy.escalation?.to;
  if (rule === undefined) return { to: [], via: 'policy' };
  const mandate = await scope.tx.get<StoredEntity<Mandate>>(MANDATES_COLLECTION, entity.mandateId);
  const m = mandate?.data.entity;
  return { to: await recipientsOfRule(ctx, rule, { initiatorUserId: m?.initiatorUserId ?? null, approverUserId: m?.approverUserId ?? null }), via: 'policy' };
}

const FIELD = { review_reminder: 'remindedAt', review_escalation: 'escalatedAt', payment_overdue: 'paymentOverdueAlertedAt' } as const;
const ACTION = { review_reminder: 'payment_request.remind', review_escalation: 'payment_request.escalate', payment_overdue: 'payment_request.payment_overdue' } as const;

/**
 * The deadlines of a payment request under review: the approver is reminded after
 * `approvalPolicy.reminderAfterDays`, then the decision escalates after `escalation.afterDays` to
 * the approver's active delegate (or, when none, to the person the policy names). Once approved,
 * the administration is alerted when the payment deadline passes. Each fires once: the instant it
 * fired is recorded on the request (`remindedAt`, `escalatedAt`, `paymentOverdueAlertedAt`) with
 * an audit event, and `dueAt` moves to the next deadline, in the same write.
 */
export async function handleDuePaymentRequest(ctx: OperationContext, scope: CommandScope, stored: StoredRecord<unknown>): Promise<readonly DueFired[]> {
  let record = stored as RequestRecord;
  const snapshot = record.data.machine as Snapshot;
  const now = scope.now.getTime();
  const fired: DueFired[] = [];
  for (let step = dueStep(ctx, record.data.entity, snapshot, now); step !== null; step = dueStep(ctx, record.data.entity, snapshot, now)) {
    const before = record.data.entity;
    const entity: DuePaymentRequest = { ...before, [FIELD[step]]: scope.at };
    const { to, via, extra } = await recipientsFor(ctx, scope, step, entity);
    record = await writeEntity(scope, {
      collection: record.collection,
      id: record.id,
      entity,
      machine: snapshot,
      index: indexFor(ctx, entity, snapshot, now),
      expectedVersion: record.version,
      audit: {
        subjectType: PAYMENT_REQUEST_SUBJECT,
        action: ACTION[step],
        fromState: snapshot.status,
        toState: snapshot.status,
        data: { to: to.flatMap((r) => (r.userId === null ? [] : [r.userId])), ...(via === null ? {} : { via }) },
      },
    });
    const notified = await queueDeadlineNotice(scope, to, {
      template: `deadlines.${step}`,
      key: step === 'review_reminder' ? 'reminder' : step === 'review_escalation' ? 'escalation' : 'payment_overdue',
      params: (lang) => paramsOf(ctx, before, snapshot, lang),
      extra,
      link: { label: 'link_request', url: `${ctx.portalUrl}/payment-requests/${encodeURIComponent(entity.id)}` },
      subjectRef: { type: PAYMENT_REQUEST_SUBJECT, id: entity.id },
    });
    fired.push({ collection: record.collection, id: record.id, kind: step, notified });
  }
  if (fired.length === 0) await repairDueAt(scope, record, indexFor(ctx, record.data.entity, snapshot, now).dueAt ?? null);
  return fired;
}

async function recipientsFor(
  ctx: OperationContext,
  scope: CommandScope,
  step: RequestStep,
  entity: DuePaymentRequest,
): Promise<{ to: Recipient[]; via: 'delegate' | 'policy' | null; extra: DeadlineMessageKey[] }> {
  if (step === 'review_reminder') return { to: distinctRecipients(await approversOf(ctx, entity.approverUserId)), via: null, extra: [] };
  if (step === 'review_escalation') {
    const { to, via } = await escalationTargets(ctx, scope, entity);
    return { to: distinctRecipients(to), via, extra: [via === 'delegate' ? 'escalation_delegate' : 'escalation_policy'] };
  }
  return { to: distinctRecipients(await staffWithRole(ctx, ctx.framework.approvalPolicy.administrationRole)), via: null, extra: [] };
}

function paramsOf(ctx: OperationContext, entity: DuePaymentRequest, snapshot: Snapshot, lang: Lang): Record<string, string> {
  const policy = ctx.framework.approvalPolicy;
  const zone = ctx.framework.timeZone;
  const quote = entity.quote;
  const { reviewStartedAt, decidedAt } = snapshot.context;
  const due = paymentRequestDueAt(entity, snapshot, ctx.framework);
  return {
    request: entity.id,
    amount: quote === undefined ? '—' : formatCents(quote.totalCents, quote.currency, lang),
    since: reviewStartedAt === null ? '—' : formatDate(dateOf(reviewStartedAt, zone), lang),
    days: String(policy.escalation?.afterDays ?? policy.reminderAfterDays),
    approvedOn: decidedAt === null ? '—' : formatDate(dateOf(decidedAt, zone), lang),
    dueOn: due === null ? '—' : formatDate(dueOnOf(due, zone), lang),
  };
}
