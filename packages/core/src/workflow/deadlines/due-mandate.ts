import { applyEvent } from '../../machines/apply-event';
import { nextDeadline } from '../../machines/deadlines';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import type { Mandate } from '../../schemas/mandate';
import { formatDate } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { writeEntity } from '../stored-entity';
import { MANDATE_SUBJECT, mandateIndex, syncMandate } from '../mandates/mandate-store';
import { PAYMENT_REQUESTS_COLLECTION } from '../payment-requests/payment-request-store';
import { queueDeadlineNotice } from './deadline-notifications';
import type { DueFired, DueKind } from './due-item';
import { repairDueAt } from './due-item';
import { staffRecipient } from './staff-recipients';

type MandateRecord = StoredRecord<StoredEntity<Mandate, 'mandate'>>;

/** The audit action that records an end of term reached with activity (the initiator was told). */
export const TERM_ENDED_ACTION = 'mandate.term_ended_with_activity';

/**
 * Whether activity was recorded under a mandate: a payment request (other than a withdrawn one)
 * or totals already counted. Such a mandate does not expire at the end of its term.
 */
export async function mandateHasActivity(scope: Pick<CommandScope, 'tx'>, mandate: Mandate): Promise<boolean> {
  const t = mandate.totals;
  if (t.approvedCents + t.pendingCents + t.paidCents + t.approvedMinutes + t.pendingMinutes > 0) return true;
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord> = await scope.tx.list(PAYMENT_REQUESTS_COLLECTION, { where: { parentId: mandate.id }, limit: 200, cursor });
    if (page.items.some((r) => r.index.status !== 'withdrawn')) return true;
    if (page.nextCursor === null) return false;
    cursor = page.nextCursor;
  }
}

/** Whether the initiator was already told that this term (this end date) ended with activity. */
async function termEndNoticed(scope: CommandScope, mandate: Mandate): Promise<boolean> {
  for (let after: number | undefined; ; ) {
    const page = await scope.tx.listAudit({ subjectId: mandate.id, afterPosition: after, limit: 500 });
    const match = page.items.some((e) => e.action === TERM_ENDED_ACTION && (e.data as { endDate?: string } | null)?.endDate === mandate.endDate);
    if (match) return true;
    if (page.nextCursor === null) return false;
    after = Number(page.nextCursor);
  }
}

const KINDS = { EXPIRE_OFFER: 'offer_expiry', ACTIVATE: 'activation', EXPIRE: 'end_of_term' } as const satisfies Record<string, DueKind>;
const ACTIONS = { EXPIRE_OFFER: 'mandate.expire_offer', ACTIVATE: 'mandate.activate', EXPIRE: 'mandate.expire' } as const;

/**
 * The deadline of a mandate: an offer not answered in time expires (`EXPIRE_OFFER`); an
 * accepted mandate becomes active on its start date (`ACTIVATE`); an active mandate expires the
 * day after its end date (`EXPIRE`) unless activity was recorded under it, in which case it stays
 * active and its initiator is told, once per end date.
 */
export async function handleDueMandate(ctx: OperationContext, scope: CommandScope, stored: StoredRecord<unknown>): Promise<readonly DueFired[]> {
  let record = stored as MandateRecord;
  const fired: DueFired[] = [];
  // One run fires every deadline that has passed: an accepted mandate whose term is already over is activated, then expires.
  for (let step = 0; step < 4; step++) {
    const machine = record.data.machine as PersistedSnapshot<'mandate'>;
    const mandate = record.data.entity;
    const deadline = nextDeadline('mandate', machine);
    if (deadline === null || deadline.event === null || Date.parse(deadline.at) > scope.now.getTime()) {
      if (fired.length === 0) await repairDueAt(scope, record, deadline?.at ?? null);
      return fired;
    }
    const type = deadline.event as keyof typeof KINDS;
    const hasActivity = type === 'EXPIRE' ? await mandateHasActivity(scope, mandate) : false;
    if (type === 'EXPIRE' && hasActivity) return [...fired, ...(await endOfTermWithActivity(ctx, scope, record, machine))];
    const next = applyEvent('mandate', machine, (type === 'EXPIRE' ? { type, now: scope.at, hasActivity } : { type, now: scope.at }) as never);
    const entity = syncMandate(mandate, next, scope.at);
    record = await writeEntity(scope, {
      collection: record.collection,
      id: record.id,
      entity,
      machine: next,
      index: mandateIndex(entity, next),
      expectedVersion: record.version,
      audit: { subjectType: MANDATE_SUBJECT, action: ACTIONS[type], fromState: machine.status, toState: next.status, data: { deadline: deadline.at } },
    });
    fired.push({ collection: record.collection, id: record.id, kind: KINDS[type], notified: 0 });
  }
  return fired;
}

async function endOfTermWithActivity(ctx: OperationContext, scope: CommandScope, record: MandateRecord, machine: PersistedSnapshot<'mandate'>): Promise<readonly DueFired[]> {
  const mandate = record.data.entity;
  if (await termEndNoticed(scope, mandate)) {
    await repairDueAt(scope, record, null);
    return [];
  }
  const initiator = await staffRecipient(ctx, mandate.initiatorUserId);
  const written = await writeEntity(scope, {
    collection: record.collection,
    id: record.id,
    entity: mandate,
    machine,
    index: { ...mandateIndex(mandate, machine), dueAt: null },
    expectedVersion: record.version,
    audit: { subjectType: MANDATE_SUBJECT, action: TERM_ENDED_ACTION, fromState: machine.status, toState: machine.status, data: { endDate: mandate.endDate } },
  });
  const notified = await queueDeadlineNotice(scope, initiator === null ? [] : [initiator], {
    template: 'deadlines.mandate_term_ended',
    key: 'term_ended',
    params: (lang) => ({ title: mandate.title, endDate: formatDate(mandate.endDate, lang) }),
    link: { label: 'link_mandate', url: `${ctx.portalUrl}/mandates/${encodeURIComponent(written.id)}` },
    subjectRef: { type: MANDATE_SUBJECT, id: written.id },
  });
  return [{ collection: record.collection, id: record.id, kind: 'end_of_term_with_activity', notified }];
}
