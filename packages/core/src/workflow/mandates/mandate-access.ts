import { HonorariaError } from '../../errors/honoraria-error';
import type { LocalizedText } from '../../i18n/lang';
import type { Mandate } from '../../schemas/mandate';
import type { Actor } from '../actor';
import { hasRole } from '../actor';
import { isPartnerSelf, STAFF_READ_ROLES } from '../authorization';
import type { MandateSnapshot } from './mandate-store';

/** Whether a partner may see a mandate: once it was sent to them (drafts and internal reviews stay internal). */
export function visibleToPartner(snapshot: MandateSnapshot): boolean {
  return snapshot.context.sentAt !== null;
}

/**
 * Refuses an actor: a partner who is not this mandate's partner (or may not see it yet) gets
 * `not_found`, so they never learn it exists; anyone else `forbidden`.
 */
export function refuseMandate(actor: Actor, mandate: Mandate, snapshot: MandateSnapshot, message?: LocalizedText): never {
  const outsider = hasRole(actor, 'partner') && !hasRole(actor, ...STAFF_READ_ROLES);
  if (outsider && (!isPartnerSelf(actor, mandate.partnerId) || !visibleToPartner(snapshot))) throw new HonorariaError('not_found', { details: { id: mandate.id } });
  throw new HonorariaError('forbidden', { message, details: { id: mandate.id } });
}

/** For reading a mandate: its partner (once sent to them), or staff who read partners' files. */
export function requireMandateReader(actor: Actor, mandate: Mandate, snapshot: MandateSnapshot): void {
  if (hasRole(actor, ...STAFF_READ_ROLES)) return;
  if (isPartnerSelf(actor, mandate.partnerId) && visibleToPartner(snapshot)) return;
  refuseMandate(actor, mandate, snapshot);
}

/** For editing, submitting or completing a mandate: its initiator only. */
export function requireInitiator(actor: Actor, mandate: Mandate, snapshot: MandateSnapshot): void {
  if (actor.id === mandate.initiatorUserId) return;
  refuseMandate(actor, mandate, snapshot, {
    fr: 'Seule la personne qui a rédigé le mandat peut faire cette action.',
    en: 'Only the person who drafted the mandate can do this.',
  });
}

/** For a staff action on a mandate: its initiator, or a holder of one of the roles (the administration). */
export function requireInitiatorOrRole(actor: Actor, mandate: Mandate, snapshot: MandateSnapshot, ...roles: readonly string[]): void {
  if (actor.id === mandate.initiatorUserId || hasRole(actor, ...roles)) return;
  refuseMandate(actor, mandate, snapshot, {
    fr: 'Seules la personne qui a rédigé le mandat et l’administration peuvent faire cette action.',
    en: 'Only the person who drafted the mandate and the administration can do this.',
  });
}

/** For the partner's answer to an offer: the mandate's own partner only. */
export function requireMandatePartner(actor: Actor, mandate: Mandate, snapshot: MandateSnapshot): void {
  if (isPartnerSelf(actor, mandate.partnerId)) return;
  refuseMandate(actor, mandate, snapshot, { fr: 'Seul le partenaire du mandat peut y répondre.', en: 'Only the mandate’s partner can answer it.' });
}
