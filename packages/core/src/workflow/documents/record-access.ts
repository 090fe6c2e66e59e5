import { HonorariaError } from '../../errors/honoraria-error';
import type { JsonValue, StoredRecord } from '../../ports/storage-adapter';
import type { Actor } from '../actor';
import { ADMIN_ROLE, hasRole } from '../actor';
import { isPartnerSelf, STAFF_READ_ROLES } from '../authorization';
import type { StoredEntity } from '../stored-entity';

/** The audited subject types and the collection each lives in. */
export const SUBJECT_COLLECTIONS = {
  partner: 'partners',
  project: 'projects',
  mandate: 'mandates',
  amendment: 'amendments',
  agreement: 'agreements',
  payment_request: 'payment_requests',
  payout: 'payouts',
  application: 'applications',
  tax_slip: 'tax_slips',
  delegation: 'delegations',
} as const;
/** An audited subject type. */
export type SubjectType = keyof typeof SUBJECT_COLLECTIONS;

/** Whether the partner owning a record may see it already (mandates and amendments stay internal until they are offered). */
function partnerMaySee(record: StoredRecord<StoredEntity<JsonValue>>): boolean {
  const machine = record.data.machine as { machine?: string; context?: Record<string, unknown> } | null;
  if (machine?.machine === 'mandate') return machine.context?.sentAt != null;
  if (machine?.machine === 'amendment') return machine.context?.approvedAt != null;
  return true;
}

/**
 * Checks an actor may read a record (and its history), like the record itself: its partner
 * (`index.partnerId`, once it is offered to them), staff who read partners' files, the
 * programme director for applications, the people a delegation names (and the administration
 * for both). A partner asking for anything else gets `not_found`; anyone else `forbidden`.
 */
export function requireRecordReader(actor: Actor, type: SubjectType, record: StoredRecord<StoredEntity<JsonValue>>): void {
  const partnerId = record.index.partnerId ?? null;
  if (partnerId !== null && isPartnerSelf(actor, partnerId) && partnerMaySee(record)) return;
  if (type === 'delegation') {
    if (record.index.assigneeId === actor.id || record.index.parentId === actor.id || hasRole(actor, ADMIN_ROLE)) return;
  } else if (type === 'application') {
    if (hasRole(actor, 'programme_director', ADMIN_ROLE)) return;
  } else if (hasRole(actor, ...STAFF_READ_ROLES)) {
    return;
  }
  if (hasRole(actor, 'partner') && !hasRole(actor, ...STAFF_READ_ROLES)) throw new HonorariaError('not_found', { details: { id: record.id } });
  throw new HonorariaError('forbidden', { details: { id: record.id } });
}
