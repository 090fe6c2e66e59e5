import type { Actor } from '../actor';
import { requirePartnerOrRole } from '../authorization';

/** The staff roles that keep partners' tax and payment profiles. */
export const PROFILE_STAFF_ROLES = ['secretariat', 'admin', 'finance'] as const;

/**
 * For a change to a partner's tax or payment profile: the partner themself, or the secretariat,
 * the administration or finance. Another partner gets `not_found`.
 */
export function requireProfileAccess(actor: Actor, partnerId: string): void {
  requirePartnerOrRole(actor, partnerId, ...PROFILE_STAFF_ROLES);
}
