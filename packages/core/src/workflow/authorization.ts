import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';
import type { ApprovalSubject } from '../schemas/approval';
import type { Delegation } from '../schemas/delegation';
import { dateOf } from '../time/time-zone';
import type { Actor } from './actor';
import { ADMIN_ROLE, hasRole } from './actor';
import type { OperationContext } from './operation';
import type { Page, StorageReader, StoredRecord } from '../ports/storage-adapter';
import type { StoredEntity } from './stored-entity';

/**
 * The storage collection of delegations. A delegation record is indexed with `assigneeId` = the
 * delegate (`toUserId`), `parentId` = the person who delegates (`fromUserId`), `status` =
 * `active` or `revoked`.
 */
export const DELEGATIONS_COLLECTION = 'delegations';

function forbidden(message?: LocalizedText, details?: Record<string, string>): HonorariaError {
  return new HonorariaError('forbidden', { message, details });
}

/**
 * The staff roles that may read partners' files for their work (drafting and approving mandates,
 * administration). Reading a SIN or bank details needs more: see {@link canSeeSensitive}.
 */
export const STAFF_READ_ROLES = ['secretariat', 'admin', 'finance', 'project_lead', 'approver'] as const;

/** Throws `forbidden` unless the actor holds one of the roles. */
export function requireRole(actor: Actor, ...roles: readonly string[]): void {
  if (!hasRole(actor, ...roles)) throw forbidden(undefined, { required: roles.join('|') });
}

/** Whether the actor is this partner. */
export function isPartnerSelf(actor: Actor, partnerId: string): boolean {
  return actor.partnerId != null && actor.partnerId === partnerId && hasRole(actor, 'partner');
}

/**
 * For reads of a partner's record: the partner themself, or staff holding one of the roles. A
 * partner asking for another partner's record gets `not_found`, never a hint that it exists.
 */
export function requirePartnerOrRole(actor: Actor, partnerId: string, ...roles: readonly string[]): void {
  if (isPartnerSelf(actor, partnerId) || hasRole(actor, ...roles)) return;
  if (hasRole(actor, 'partner') && !hasRole(actor, ...roles)) throw new HonorariaError('not_found');
  throw forbidden();
}

/**
 * For what only the partner themself may do (accept a mandate, set their preference): another
 * partner gets `not_found` (they must not learn the record exists), anyone else `forbidden`.
 */
export function requirePartnerSelf(actor: Actor, partnerId: string): void {
  if (isPartnerSelf(actor, partnerId)) return;
  if (hasRole(actor, 'partner')) throw new HonorariaError('not_found');
  throw forbidden({ fr: 'Seul le partenaire peut faire cette action.', en: 'Only the partner can do this.' });
}

/** Whether the actor may see a partner's SIN and bank details: the partner themself, or `finance`. */
export function canSeeSensitive(actor: Actor, partnerId: string): boolean {
  return isPartnerSelf(actor, partnerId) || hasRole(actor, 'finance');
}

/**
 * Segregation of duties: nobody approves or administers a payment to themselves, whatever their
 * roles. Throws `forbidden` when the actor is the payee.
 */
export function requireNotPayee(actor: Actor, payeePartnerId: string): void {
  if (actor.partnerId != null && actor.partnerId === payeePartnerId) {
    throw forbidden({
      fr: 'Vous ne pouvez pas approuver ni traiter un paiement qui vous est destiné.',
      en: 'You cannot approve or process a payment made to you.',
    });
  }
}

/**
 * Segregation of duties, in the service: {@link requireNotPayee}, and also when the staff
 * directory links the actor's user to the payee's partner record (`StaffMember.partnerIds`), so
 * the check does not depend on the `authenticate` callback setting `partnerId`.
 */
export async function requireNotPayeeLinked(ctx: Pick<OperationContext, 'actor' | 'directory'>, payeePartnerId: string): Promise<void> {
  requireNotPayee(ctx.actor, payeePartnerId);
  const member = await ctx.directory.find(ctx.actor.id);
  if (member?.partnerIds?.includes(payeePartnerId) === true) requireNotPayee({ ...ctx.actor, partnerId: payeePartnerId }, payeePartnerId);
}

/** Segregation of duties: the person who asked for something does not approve it. */
export function requireNotRequester(actor: Actor, requesterUserId: string): void {
  if (actor.id === requesterUserId) {
    throw forbidden({
      fr: 'La personne qui a fait la demande ne peut pas l’approuver elle-même.',
      en: 'The person who made the request cannot approve it themselves.',
    });
  }
}

/** The authority an approver acts with: their own (`actingFor: null`) or a delegation's. */
export interface ApproverAuthority {
  /** The person acted for under a delegation, or `null` when the actor is the assigned approver. */
  readonly actingFor: string | null;
  /** The delegation used, if any. */
  readonly delegationId: string | null;
}

/** The delegations to a user that are active on a date (organization's time zone) for a kind of decision. */
export async function activeDelegationsTo(
  scope: { readonly tx: Pick<StorageReader, 'list'> },
  toUserId: string,
  date: string,
  subject: ApprovalSubject,
): Promise<Delegation[]> {
  const out: Delegation[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord<StoredEntity<Delegation>>> = await scope.tx.list<StoredEntity<Delegation>>(DELEGATIONS_COLLECTION, { where: { assigneeId: toUserId }, limit: 500, cursor });
    for (const r of page.items) {
      const d = r.data.entity;
      if (d.revokedAt === undefined && d.from <= date && date <= d.to && d.subjects.includes(subject)) out.push(d);
    }
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/**
 * The delegations a user gave that are active on a date (organization's time zone) for a kind of
 * decision: whom `runDue` escalates to when the assignee is away.
 */
export async function activeDelegationsFrom(
  scope: { readonly tx: Pick<StorageReader, 'list'> },
  fromUserId: string,
  date: string,
  subject: ApprovalSubject,
): Promise<Delegation[]> {
  const out: Delegation[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord<StoredEntity<Delegation>>> = await scope.tx.list<StoredEntity<Delegation>>(DELEGATIONS_COLLECTION, { where: { parentId: fromUserId }, limit: 500, cursor });
    for (const r of page.items) {
      const d = r.data.entity;
      if (d.revokedAt === undefined && d.from <= date && date <= d.to && d.subjects.includes(subject)) out.push(d);
    }
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/**
 * Checks that the actor may decide on something assigned to `assignedUserId`: they are the
 * assignee, or the assignee delegated this kind of decision to them for today's date (in the
 * organization's time zone), in which case the decision is recorded as acting for the assignee.
 * Throws `forbidden` otherwise.
 */
export async function resolveApproverAuthority(
  ctx: Pick<OperationContext, 'actor' | 'framework'>,
  scope: { readonly tx: Pick<StorageReader, 'list'>; readonly now: Date },
  assignedUserId: string,
  subject: ApprovalSubject,
): Promise<ApproverAuthority> {
  if (ctx.actor.id === assignedUserId) return { actingFor: null, delegationId: null };
  if (ctx.framework.approvalPolicy.delegation.allowed) {
    const today = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const delegation = (await activeDelegationsTo(scope, ctx.actor.id, today, subject)).find((d) => d.fromUserId === assignedUserId);
    if (delegation !== undefined) return { actingFor: assignedUserId, delegationId: delegation.id };
  }
  throw forbidden(
    { fr: 'Cette décision est assignée à une autre personne.', en: 'This decision is assigned to someone else.' },
    { subject },
  );
}

/** Throws `forbidden` unless the actor is the administration (`admin`, or the framework's name for it). */
export function requireAdministration(ctx: Pick<OperationContext, 'actor' | 'framework'>): void {
  requireRole(ctx.actor, ADMIN_ROLE);
}
