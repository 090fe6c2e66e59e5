import { defineMessages } from '../../i18n/messages';
import type { Partner } from '../../schemas/partner';
import type { CommandScope } from '../command-scope';
import { agreementUrl } from '../mandates/mandate-notifications';
import type { OperationContext } from '../operation';
import { partnerRecipient, queueNotification } from '../partners/recipients';
import { AGREEMENT_SUBJECT } from './agreement-store';

/** The FR/EN templates of master-agreement notifications. */
export const agreementNotifications = defineMessages(
  'notifications.agreements',
  {
    superseded_subject: 'Nouvelle entente globale à accepter : {agreement}',
    superseded_text:
      'Bonjour {name},\n\nLe cadre de reconnaissance a changé (version {version}) et l’entente globale avec lui. Votre acceptation précédente ne vaut plus pour les nouveaux mandats.\n\nLisez la nouvelle entente « {agreement} » et acceptez-la dans le portail : {url}\nVous pourrez aussi l’accepter en même temps que votre prochain mandat.',
    link_agreement: 'Lire l’entente globale',
  },
  {
    superseded_subject: 'New master agreement to accept: {agreement}',
    superseded_text:
      'Hello {name},\n\nThe recognition framework has changed (version {version}), and the master agreement with it. Your previous acceptance no longer covers new mandates.\n\nRead the new agreement “{agreement}” and accept it in the portal: {url}\nYou may also accept it together with your next mandate.',
    link_agreement: 'Read the master agreement',
  },
);

/** Queues "a new master agreement must be accepted" to a partner whose acceptance was superseded. */
export async function notifySuperseded(ctx: Pick<OperationContext, 'framework' | 'portalUrl'>, scope: CommandScope, partner: Partner, acceptanceId: string): Promise<void> {
  const agreement = ctx.framework.masterAgreement;
  await queueNotification(scope, {
    messages: agreementNotifications,
    key: 'superseded',
    template: 'agreement.superseded',
    to: partnerRecipient(partner),
    params: (lang) => ({ agreement: agreement?.title[lang] ?? '', version: ctx.framework.policyVersion.version, url: agreementUrl(ctx) }),
    links: [{ label: 'link_agreement', url: agreementUrl(ctx) }],
    subjectRef: { type: AGREEMENT_SUBJECT, id: acceptanceId },
  });
}
