import { defineMessages } from '../../i18n/messages';
import { formatDate } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { queueNotification, staffRecipient } from '../partners/recipients';
import type { DelegationEntity } from './delegation-store';
import { DELEGATION_SUBJECT } from './delegation-store';

/** The FR/EN templates of delegation notifications. */
export const delegationNotifications = defineMessages(
  'notifications.delegations',
  {
    granted_subject: 'Délégation d’approbation : du {from} au {to}',
    granted_text:
      'Bonjour {name},\n\n{delegator} vous délègue ses approbations ({subjects}) du {from} au {to}.\nMotif : {reason}\n\nVos décisions seront inscrites au nom de {delegator}, « agissant pour » cette personne. Votre boîte de réception : {url}',
    revoked_subject: 'Délégation d’approbation retirée',
    revoked_text: 'Bonjour {name},\n\nLa délégation que {delegator} vous avait donnée (du {from} au {to}) est retirée.',
    link_inbox: 'Ouvrir ma boîte de réception',
  },
  {
    granted_subject: 'Approval delegation: {from} to {to}',
    granted_text:
      'Hello {name},\n\n{delegator} delegates their approvals ({subjects}) to you from {from} to {to}.\nReason: {reason}\n\nYour decisions will be recorded as acting for {delegator}. Your inbox: {url}',
    revoked_subject: 'Approval delegation withdrawn',
    revoked_text: 'Hello {name},\n\nThe delegation {delegator} gave you ({from} to {to}) is withdrawn.',
    link_inbox: 'Open my inbox',
  },
);

/** Queues a delegation notice to the delegate (skipped when the directory does not know them). */
export async function notifyDelegate(ctx: Pick<OperationContext, 'portalUrl' | 'framework' | 'directory'>, scope: CommandScope, notice: 'granted' | 'revoked', d: DelegationEntity): Promise<void> {
  const to = await staffRecipient(ctx, d.toUserId);
  if (to === null) return;
  const delegator = (await ctx.directory.find(d.fromUserId))?.name ?? d.fromUserId;
  const url = `${ctx.portalUrl}/inbox`;
  await queueNotification(scope, {
    messages: delegationNotifications,
    key: notice,
    template: `delegation.${notice}`,
    to,
    params: (lang) => ({ delegator, from: formatDate(d.from, lang), to: formatDate(d.to, lang), subjects: d.subjects.join(', '), reason: d.reason, url }),
    links: notice === 'granted' ? [{ label: 'link_inbox', url }] : [],
    subjectRef: { type: DELEGATION_SUBJECT, id: d.id },
  });
}
