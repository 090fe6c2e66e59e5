import { defineMessages } from '../../i18n/messages';
import type { Partner } from '../../schemas/partner';
import type { PaymentProfile } from '../../schemas/payment-profile';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { Recipient } from './recipients';
import { partnerRecipient, queueNotification } from './recipients';
import { PARTNER_SUBJECT } from './partner-store';

/** The FR/EN templates of the notices sent when a partner's payout details change. */
export const paymentProfileNotifications = defineMessages(
  'notifications.payment_profile',
  {
    changed_subject: 'Vos coordonnées de paiement ont été modifiées',
    changed_text:
      'Bonjour {name},\n\nLes coordonnées où nous vous payons ont été modifiées le {at} : {before} → {after}.\nLes paiements vers ces nouvelles coordonnées attendent leur vérification par notre équipe des finances.\n\nSi vous n’avez pas demandé ce changement, communiquez avec nous sans tarder.',
    review_subject: 'Coordonnées de paiement à vérifier',
    review_text:
      'Bonjour {name},\n\nLes coordonnées de paiement d’un partenaire ({partnerId}) ont été modifiées le {at} : {before} → {after}.\nSes paiements sont retenus jusqu’à ce qu’une personne des finances vérifie le changement auprès de lui ou d’elle.\n\n{url}',
    link_partner: 'Ouvrir le dossier',
  },
  {
    changed_subject: 'Your payment details were changed',
    changed_text:
      'Hello {name},\n\nThe details we pay you at were changed on {at}: {before} → {after}.\nPayments to the new details wait until our finance team verifies them.\n\nIf you did not ask for this change, contact us at once.',
    review_subject: 'Payment details to verify',
    review_text:
      'Hello {name},\n\nA partner’s payment details ({partnerId}) were changed on {at}: {before} → {after}.\nTheir payments are held until someone in finance verifies the change with them.\n\n{url}',
    link_partner: 'Open the file',
  },
);

function distinct(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Tells the partner — at the address on file and at the previous and new e-transfer addresses,
 * so someone who took over one of them cannot hide the change — and the administration and
 * finance that the payout details changed. Masked details only.
 */
export async function notifyPaymentProfileChange(
  ctx: Pick<OperationContext, 'portalUrl' | 'framework' | 'directory'>,
  scope: CommandScope,
  partner: Partner,
  profiles: { readonly previous: PaymentProfile | undefined; readonly next: PaymentProfile },
  change: { readonly before: string | null; readonly after: string | null },
): Promise<void> {
  const next = [profiles.previous?.eTransferEmail, profiles.next.eTransferEmail].filter((e): e is string => e !== undefined);
  const self = partnerRecipient(partner);
  const partnerSide = distinct([self, ...next.map((email) => ({ ...self, email }))]);
  const holders = [...(await ctx.directory.withRole(ctx.framework.approvalPolicy.administrationRole)), ...(await ctx.directory.withRole('finance'))];
  const staff = distinct(holders.map((m) => ({ email: m.email, name: m.name, lang: m.lang ?? ctx.framework.defaultLang })));
  const params = () => ({ at: scope.at.slice(0, 16).replace('T', ' '), before: change.before ?? '—', after: change.after ?? '—', partnerId: partner.id, url: `${ctx.portalUrl}/partners/${partner.id}` });
  for (const to of partnerSide) {
    await queueNotification(scope, { messages: paymentProfileNotifications, key: 'changed', template: 'partner.payment_profile_changed', to, params, subjectRef: { type: PARTNER_SUBJECT, id: partner.id } });
  }
  for (const to of staff) {
    await queueNotification(scope, {
      messages: paymentProfileNotifications,
      key: 'review',
      template: 'partner.payment_profile_review',
      to,
      params,
      links: [{ label: 'link_partner', url: `${ctx.portalUrl}/partners/${partner.id}` }],
      subjectRef: { type: PARTNER_SUBJECT, id: partner.id },
    });
  }
}
