// Checks of the workflow's cross-cutting invariants, on two snapshots of a memory storage taken
// before and after one call of the service.
import type { AuditRecord, StoredRecord } from '../../../src/ports/storage-adapter';
import type { MemoryStorageSnapshot } from '../../../src/storage/memory-storage';
import { AUDITED_COLLECTIONS } from '../../../src/workflow/audit/verify-audit-log';
import type { OutboxEntry } from '../../../src/workflow/outbox-entry';
import { staff } from '../fixtures';

/** The collections whose records change state through audited commands. */
const STATEFUL = new Set<string>([...AUDITED_COLLECTIONS, 'parking_passes']);

const key = (r: Pick<StoredRecord, 'collection' | 'id'>) => `${r.collection}/${r.id}`;

/** The audit events appended between two snapshots. */
export function newAudit(before: MemoryStorageSnapshot, after: MemoryStorageSnapshot): AuditRecord[] {
  const seen = new Set(before.audit.map((e) => e.id));
  return after.audit.filter((e) => !seen.has(e.id));
}

/** The outbox entries written between two snapshots. */
export function newOutbox(before: MemoryStorageSnapshot, after: MemoryStorageSnapshot): OutboxEntry[] {
  const seen = new Set(before.records.filter((r) => r.collection === 'outbox').map((r) => r.id));
  return after.records.filter((r) => r.collection === 'outbox' && !seen.has(r.id)).map((r) => r.data as unknown as OutboxEntry);
}

/**
 * Every state change has exactly one audit event: for each record of a stateful collection, the
 * events of this call that change its state (from ≠ to) lead, one by one, from its state before
 * to its state after; a record whose state did not change has none. Returns the problems.
 */
export function stateChangeProblems(before: MemoryStorageSnapshot, after: MemoryStorageSnapshot): string[] {
  const problems: string[] = [];
  const beforeStatus = new Map(before.records.map((r) => [key(r), r.index.status ?? null]));
  const events = newAudit(before, after);
  const bySubject = new Map<string, AuditRecord[]>();
  for (const e of events) bySubject.set(e.subjectId, [...(bySubject.get(e.subjectId) ?? []), e]);
  const ids = new Set(after.records.map((r) => r.id));
  for (const e of events) if (!ids.has(e.subjectId)) problems.push(`audit event ${e.id} (${e.action}) about ${e.subjectId}, which is not stored`);
  for (const record of after.records) {
    if (!STATEFUL.has(record.collection)) continue;
    const from = beforeStatus.has(key(record)) ? (beforeStatus.get(key(record)) ?? null) : null;
    const to = record.index.status ?? null;
    const changes = (bySubject.get(record.id) ?? []).filter((e) => (e.fromState ?? null) !== (e.toState ?? null));
    let at = from;
    for (const e of changes) {
      if ((e.fromState ?? null) !== at) problems.push(`${key(record)}: event ${e.action} from ${e.fromState} while the record was ${at}`);
      at = e.toState ?? null;
    }
    const created = !beforeStatus.has(key(record));
    if (created && (bySubject.get(record.id) ?? []).length === 0) problems.push(`${key(record)}: created without an audit event`);
    if (at !== to) problems.push(`${key(record)}: state ${from} → ${to} but its events lead to ${at}`);
    if (record.data !== null && typeof record.data === 'object' && 'entity' in record.data) {
      const entity = (record.data as { entity: { status?: unknown } }).entity;
      if (typeof entity.status === 'string' && record.collection !== 'partners' && entity.status !== to) problems.push(`${key(record)}: entity status ${entity.status} ≠ index ${to}`);
    }
  }
  return problems;
}

/** A staff member's email, by user id. */
export function staffEmail(userId: string): string | undefined {
  return staff.find((m) => m.id === userId)?.email;
}

function entityOf<T>(snapshot: MemoryStorageSnapshot, collection: string, id: string): T | undefined {
  const r = snapshot.records.find((x) => x.collection === collection && x.id === id);
  return (r?.data as { entity?: T } | undefined)?.entity;
}

/**
 * The notifications a call must queue, from the audit events it appended: `template → email`
 * for each. The rules are the areas' documented ones (awaiting approval to the approver, the
 * decisions and the payment to the partner, amendments, the volunteer programme, deadlines).
 */
export function expectedNotifications(after: MemoryStorageSnapshot, events: readonly AuditRecord[]): string[] {
  const out: string[] = [];
  const partnerEmail = (partnerId: string) => entityOf<{ email: string }>(after, 'partners', partnerId)?.email ?? `?${partnerId}`;
  const staffList = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => staffEmail(String(id)) ?? `?${String(id)}`) : []);
  // Staff the directory does not know cannot be written to: nothing is queued for them.
  const staffTo = (userId: string | undefined) => {
    const email = staffEmail(userId ?? '');
    return email === undefined ? [] : [email];
  };
  for (const e of events) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    const request = () => entityOf<{ partnerId: string; approverUserId: string }>(after, 'payment_requests', e.subjectId);
    const amendment = () => entityOf<{ partnerId: string; requestedByUserId: string; approverUserId: string }>(after, 'amendments', e.subjectId);
    const push = (template: string, emails: readonly string[]) => out.push(...emails.map((m) => `${template} → ${m}`));
    switch (e.action) {
      case 'payment_request.start_review':
        push('payment_request.awaiting_approval', staffTo(request()?.approverUserId));
        break;
      case 'payment_request.approve':
      case 'payment_request.request_changes':
      case 'payment_request.reject':
      case 'payment_request.mark_paid': {
        const notice = { 'payment_request.approve': 'approved', 'payment_request.request_changes': 'changes_requested', 'payment_request.reject': 'rejected', 'payment_request.mark_paid': 'paid' }[e.action];
        push(`payment_request.${notice}`, [partnerEmail(request()?.partnerId ?? '')]);
        break;
      }
      case 'amendment.propose':
        push('amendment.awaiting_approval', staffTo(amendment()?.approverUserId));
        break;
      case 'amendment.approve':
        push('amendment.approved', [partnerEmail(amendment()?.partnerId ?? '')]);
        break;
      case 'amendment.reject':
      case 'amendment.accept':
      case 'amendment.decline':
        push({ 'amendment.reject': 'amendment.rejected', 'amendment.accept': 'amendment.accepted', 'amendment.decline': 'amendment.declined' }[e.action], staffTo(amendment()?.requestedByUserId));
        break;
      case 'application.submit': {
        const email = entityOf<{ applicant: { email?: string } }>(after, 'applications', e.subjectId)?.applicant.email;
        if (email !== undefined) push('application.received', [email]);
        break;
      }
      case 'application.schedule_orientation': {
        const email = entityOf<{ applicant: { email?: string } }>(after, 'applications', e.subjectId)?.applicant.email;
        if (email !== undefined) push('application.orientation_scheduled', [email]);
        break;
      }
      case 'application.overdue_alert':
        push('deadlines.phone_interview_overdue', staffList(data['notified']));
        break;
      case 'payment_request.remind':
        push('deadlines.review_reminder', staffList(data['to']));
        break;
      case 'payment_request.escalate':
        push('deadlines.review_escalation', staffList(data['to']));
        break;
      case 'payment_request.payment_overdue':
        push('deadlines.payment_overdue', staffList(data['to']));
        break;
      case 'mandate.term_ended_with_activity': {
        const lead = entityOf<{ initiatorUserId: string }>(after, 'mandates', e.subjectId)?.initiatorUserId ?? '';
        push('deadlines.mandate_term_ended', staffTo(lead));
        break;
      }
      default:
        break;
    }
  }
  return out.sort();
}

/** The notifications actually queued by a call, as `template → email`. */
export function queuedNotifications(entries: readonly OutboxEntry[]): string[] {
  return entries.map((n) => `${n.template} → ${n.to.email}`).sort();
}
