import type { Lang } from '../../i18n/lang';
import { defineMessages, message } from '../../i18n/messages';
import { formatCents } from '../../money/format-money';
import type { Mandate } from '../../schemas/mandate';
import type { Partner } from '../../schemas/partner';
import { formatDate } from '../../time/format-date';
import { formatDuration } from '../../time/format-duration';
import type { CommandScope } from '../command-scope';
import { mandateUrl } from '../mandates/mandate-notifications';
import type { OperationContext } from '../operation';
import type { Recipient } from '../partners/recipients';
import { partnerRecipient, queueNotification, staffRecipient } from '../partners/recipients';
import type { AmendmentEntity } from './amendment-store';
import { AMENDMENT_SUBJECT } from './amendment-store';

/** The FR/EN templates of amendment notifications. */
export const amendmentNotifications = defineMessages(
  'notifications.amendments',
  {
    awaiting_approval_subject: 'Modification de mandat à approuver : {title}',
    awaiting_approval_text: 'Bonjour {name},\n\nUne modification du mandat « {title} » ({partner}) attend votre approbation.\nChangements : {changes}\nMotif : {reason}\n\nExaminez-la : {url}',
    approved_subject: 'Modification de votre mandat à accepter : {title}',
    approved_text:
      'Bonjour {name},\n\nUne modification de votre mandat « {title} » vous est proposée.\nChangements : {changes}\nMotif : {reason}\n\nOuvrez le mandat dans le portail pour accepter ou refuser la modification : {url}\nTant que vous ne l’acceptez pas, le mandat garde ses conditions actuelles.',
    accepted_subject: 'Modification acceptée : {title}',
    accepted_text: 'Bonjour {name},\n\n{partner} a accepté la modification du mandat « {title} ».\nChangements : {changes}\n\nDétails : {url}',
    declined_subject: 'Modification refusée par le partenaire : {title}',
    declined_text: 'Bonjour {name},\n\n{partner} a refusé la modification du mandat « {title} ». Le mandat garde ses conditions.\nMotif : {comment}\n\nDétails : {url}',
    rejected_subject: 'Modification non approuvée : {title}',
    rejected_text: 'Bonjour {name},\n\nLa modification du mandat « {title} » n’a pas été approuvée.\nMotif : {comment}\n\nDétails : {url}',
    link_mandate: 'Voir le mandat',
    change_dates: 'du {start} au {end}',
    change_minutes: 'heures prévues : {minutes}',
    change_max_minutes: 'heures maximales : {minutes}',
    change_budget: 'plafond : {budget}',
    change_categories: 'catégories d’activité : {count}',
    change_rates: 'taux : grille en vigueur à l’approbation',
    no_comment: '(aucun)',
  },
  {
    awaiting_approval_subject: 'Mandate amendment to approve: {title}',
    awaiting_approval_text: 'Hello {name},\n\nAn amendment to the mandate “{title}” ({partner}) is waiting for your approval.\nChanges: {changes}\nReason: {reason}\n\nReview it: {url}',
    approved_subject: 'Amendment to your mandate to accept: {title}',
    approved_text:
      'Hello {name},\n\nAn amendment to your mandate “{title}” is proposed to you.\nChanges: {changes}\nReason: {reason}\n\nOpen the mandate in the portal to accept or decline the amendment: {url}\nUntil you accept it, the mandate keeps its current terms.',
    accepted_subject: 'Amendment accepted: {title}',
    accepted_text: 'Hello {name},\n\n{partner} accepted the amendment to the mandate “{title}”.\nChanges: {changes}\n\nDetails: {url}',
    declined_subject: 'Amendment declined by the partner: {title}',
    declined_text: 'Hello {name},\n\n{partner} declined the amendment to the mandate “{title}”. The mandate keeps its terms.\nReason: {comment}\n\nDetails: {url}',
    rejected_subject: 'Amendment not approved: {title}',
    rejected_text: 'Hello {name},\n\nThe amendment to the mandate “{title}” was not approved.\nReason: {comment}\n\nDetails: {url}',
    link_mandate: 'View the mandate',
    change_dates: 'from {start} to {end}',
    change_minutes: 'planned hours: {minutes}',
    change_max_minutes: 'maximum hours: {minutes}',
    change_budget: 'cap: {budget}',
    change_categories: 'activity categories: {count}',
    change_rates: 'rates: the schedule in force at approval',
    no_comment: '(none)',
  },
);

/** The changes of an amendment in words, in one language. */
export function describeChanges(amendment: AmendmentEntity, mandate: Mandate, lang: Lang): string {
  const c = amendment.changes;
  const parts: string[] = [];
  if (c.startDate !== undefined || c.endDate !== undefined) {
    parts.push(message(amendmentNotifications, 'change_dates', lang, { start: formatDate(c.startDate ?? mandate.startDate, lang), end: formatDate(c.endDate ?? mandate.endDate, lang) }));
  }
  if (c.estimatedMinutes !== undefined) parts.push(message(amendmentNotifications, 'change_minutes', lang, { minutes: formatDuration(c.estimatedMinutes, lang) }));
  if (c.maxMinutes !== undefined) parts.push(message(amendmentNotifications, 'change_max_minutes', lang, { minutes: formatDuration(c.maxMinutes, lang) }));
  if (c.budgetCapCents !== undefined) parts.push(message(amendmentNotifications, 'change_budget', lang, { budget: formatCents(c.budgetCapCents, mandate.currency, lang) }));
  if (c.allowedCategories !== undefined) parts.push(message(amendmentNotifications, 'change_categories', lang, { count: c.allowedCategories.length }));
  if (amendment.refreshRates) parts.push(message(amendmentNotifications, 'change_rates', lang));
  return parts.join(lang === 'fr' ? ' ; ' : '; ');
}

/** The amendment notices. */
export type AmendmentNotice = 'awaiting_approval' | 'approved' | 'accepted' | 'declined' | 'rejected';

type Ctx = Pick<OperationContext, 'portalUrl' | 'framework' | 'directory'>;

async function send(ctx: Ctx, scope: CommandScope, to: Recipient, notice: AmendmentNotice, amendment: AmendmentEntity, mandate: Mandate, partner: Partner, comment: string | null): Promise<void> {
  await queueNotification(scope, {
    messages: amendmentNotifications,
    key: notice,
    template: `amendment.${notice}`,
    to,
    params: (lang) => ({
      title: mandate.title,
      partner: partner.name,
      changes: describeChanges(amendment, mandate, lang),
      reason: amendment.reason,
      comment: comment ?? message(amendmentNotifications, 'no_comment', lang),
      url: mandateUrl(ctx, mandate.id),
    }),
    links: [{ label: 'link_mandate', url: mandateUrl(ctx, mandate.id) }],
    subjectRef: { type: AMENDMENT_SUBJECT, id: amendment.id },
  });
}

/** Queues an amendment notice to a staff member (skipped when the directory does not know them). */
export async function notifyAmendmentStaff(ctx: Ctx, scope: CommandScope, userId: string, notice: AmendmentNotice, amendment: AmendmentEntity, mandate: Mandate, partner: Partner, comment: string | null = null): Promise<void> {
  const to = await staffRecipient(ctx, userId);
  if (to !== null) await send(ctx, scope, to, notice, amendment, mandate, partner, comment);
}

/** Queues "an amendment to accept" to the partner. */
export function notifyAmendmentPartner(ctx: Ctx, scope: CommandScope, amendment: AmendmentEntity, mandate: Mandate, partner: Partner): Promise<void> {
  return send(ctx, scope, partnerRecipient(partner), 'approved', amendment, mandate, partner, null);
}
