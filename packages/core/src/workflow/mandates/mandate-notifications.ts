import { dueOnOf } from '../../time/deadline';
import type { Lang } from '../../i18n/lang';
import { defineMessages } from '../../i18n/messages';
import { formatCents } from '../../money/format-money';
import type { Mandate } from '../../schemas/mandate';
import type { Partner } from '../../schemas/partner';
import { formatDate } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { partnerRecipient, queueNotification, staffRecipient } from '../partners/recipients';
import type { Recipient } from '../partners/recipients';
import { MANDATE_SUBJECT } from './mandate-store';

/** The FR/EN templates of mandate notifications (plain text; `{url}` links to the portal). */
export const mandateNotifications = defineMessages(
  'notifications.mandates',
  {
    awaiting_approval_subject: 'Mandat à approuver : {title}',
    awaiting_approval_text:
      'Bonjour {name},\n\nLe mandat « {title} » proposé à {partner} (du {start} au {end}, plafond de {budget}) attend votre approbation.\n\nExaminez-le dans le portail : {url}',
    sent_subject: 'Nouveau mandat à accepter : {title}',
    sent_text:
      'Bonjour {name},\n\nUn mandat vous est proposé : « {title} », du {start} au {end}.\n\nPour l’accepter :\n1. Ouvrez le mandat dans le portail : {url}\n2. Lisez ses détails : activités prévues, heures, taux et plafond.\n3. Choisissez « Accepter le mandat ».\n\nCette offre est valable jusqu’au {expires}. Vous pouvez aussi la refuser.',
    sent_agreement:
      'C’est votre premier mandat avec nous (ou l’entente a changé) : vous devez aussi accepter l’entente globale « {agreement} ». Lisez-la ici : {agreementUrl}. Cochez « J’accepte l’entente globale » au moment d’accepter le mandat : les deux sont acceptés en une seule étape, et les deux documents sont ensuite déposés dans Mes dossiers.',
    approved_subject: 'Mandat approuvé : {title}',
    approved_text: 'Bonjour {name},\n\nLe mandat « {title} » proposé à {partner} est approuvé. Envoyez-le maintenant au partenaire pour qu’il l’accepte : {url}',
    changes_requested_subject: 'Modifications demandées : {title}',
    changes_requested_text: 'Bonjour {name},\n\nDes modifications sont demandées au mandat « {title} » :\n{comment}\n\nModifiez-le puis soumettez-le de nouveau : {url}',
    rejected_subject: 'Mandat refusé : {title}',
    rejected_text: 'Bonjour {name},\n\nLe mandat « {title} » n’a pas été approuvé.\nMotif : {comment}\n\nDétails : {url}',
    accepted_subject: 'Mandat accepté : {title}',
    accepted_text: 'Bonjour {name},\n\n{partner} a accepté le mandat « {title} » (du {start} au {end}).\n\nDétails : {url}',
    declined_subject: 'Mandat décliné : {title}',
    declined_text: 'Bonjour {name},\n\n{partner} a décliné le mandat « {title} ».\nMotif : {comment}\n\nDétails : {url}',
    cancelled_subject: 'Mandat annulé : {title}',
    cancelled_text: 'Bonjour {name},\n\nLe mandat « {title} » est annulé.\nMotif : {comment}\n\nLes heures admissibles déjà faites restent payables. Détails : {url}',
    link_review: 'Examiner le mandat',
    link_mandate: 'Voir le mandat',
    link_agreement: 'Lire l’entente globale',
    no_comment: '(aucun)',
  },
  {
    awaiting_approval_subject: 'Mandate to approve: {title}',
    awaiting_approval_text:
      'Hello {name},\n\nThe mandate “{title}” offered to {partner} ({start} to {end}, cap of {budget}) is waiting for your approval.\n\nReview it in the portal: {url}',
    sent_subject: 'New mandate to accept: {title}',
    sent_text:
      'Hello {name},\n\nA mandate is offered to you: “{title}”, from {start} to {end}.\n\nTo accept it:\n1. Open the mandate in the portal: {url}\n2. Read its details: planned activities, hours, rates and cap.\n3. Choose “Accept the mandate”.\n\nThis offer is open until {expires}. You may also decline it.',
    sent_agreement:
      'This is your first mandate with us (or the agreement has changed): you must also accept the master agreement “{agreement}”. Read it here: {agreementUrl}. Tick “I accept the master agreement” when you accept the mandate: both are accepted in one step, and both documents are then filed in My Files.',
    approved_subject: 'Mandate approved: {title}',
    approved_text: 'Hello {name},\n\nThe mandate “{title}” offered to {partner} is approved. Send it to the partner now so they can accept it: {url}',
    changes_requested_subject: 'Changes requested: {title}',
    changes_requested_text: 'Hello {name},\n\nChanges are requested to the mandate “{title}”:\n{comment}\n\nEdit it, then submit it again: {url}',
    rejected_subject: 'Mandate rejected: {title}',
    rejected_text: 'Hello {name},\n\nThe mandate “{title}” was not approved.\nReason: {comment}\n\nDetails: {url}',
    accepted_subject: 'Mandate accepted: {title}',
    accepted_text: 'Hello {name},\n\n{partner} accepted the mandate “{title}” ({start} to {end}).\n\nDetails: {url}',
    declined_subject: 'Mandate declined: {title}',
    declined_text: 'Hello {name},\n\n{partner} declined the mandate “{title}”.\nReason: {comment}\n\nDetails: {url}',
    cancelled_subject: 'Mandate cancelled: {title}',
    cancelled_text: 'Hello {name},\n\nThe mandate “{title}” is cancelled.\nReason: {comment}\n\nEligible hours already worked remain payable. Details: {url}',
    link_review: 'Review the mandate',
    link_mandate: 'View the mandate',
    link_agreement: 'Read the master agreement',
    no_comment: '(none)',
  },
);

/** The portal address of a mandate. */
export function mandateUrl(ctx: Pick<OperationContext, 'portalUrl'>, mandateId: string): string {
  return `${ctx.portalUrl}/mandates/${encodeURIComponent(mandateId)}`;
}

/** The portal address of the current master agreement. */
export function agreementUrl(ctx: Pick<OperationContext, 'portalUrl'>): string {
  return `${ctx.portalUrl}/agreement`;
}

function params(ctx: Pick<OperationContext, 'portalUrl' | 'framework'>, mandate: Mandate, partner: Pick<Partner, 'name'>, lang: Lang, comment?: string | null) {
  return {
    title: mandate.title,
    partner: partner.name,
    start: formatDate(mandate.startDate, lang),
    end: formatDate(mandate.endDate, lang),
    budget: formatCents(mandate.budgetCapCents, mandate.currency, lang),
    url: mandateUrl(ctx, mandate.id),
    comment: comment ?? mandateNotifications[lang].no_comment,
  };
}

type Ctx = Pick<OperationContext, 'portalUrl' | 'framework' | 'directory'>;

/** Queues "mandate awaiting approval" to its approver (skipped when the directory does not know them). */
export async function notifyAwaitingApproval(ctx: Ctx, scope: CommandScope, mandate: Mandate, partner: Partner): Promise<void> {
  const to = await staffRecipient(ctx, mandate.approverUserId);
  if (to === null) return;
  await queueNotification(scope, {
    messages: mandateNotifications,
    key: 'awaiting_approval',
    template: 'mandate.awaiting_approval',
    to,
    params: (lang) => params(ctx, mandate, partner, lang),
    links: [{ label: 'link_review', url: mandateUrl(ctx, mandate.id) }],
    subjectRef: { type: MANDATE_SUBJECT, id: mandate.id },
  });
}

/**
 * Queues the offer to the partner: how to accept, until when, and — when they do not hold the
 * current master agreement (a first mandate) — the agreement to accept in the same step.
 */
export async function notifyOffer(ctx: Ctx, scope: CommandScope, mandate: Mandate, partner: Partner, offer: { readonly expiresAt: string | null; readonly withAgreement: boolean }): Promise<void> {
  const agreement = ctx.framework.masterAgreement;
  const withAgreement = offer.withAgreement && agreement !== undefined;
  await queueNotification(scope, {
    messages: mandateNotifications,
    key: 'sent',
    template: withAgreement ? 'mandate.sent_with_agreement' : 'mandate.sent',
    to: partnerRecipient(partner),
    params: (lang) => ({
      ...params(ctx, mandate, partner, lang),
      expires: offer.expiresAt === null ? '—' : formatDate(dueOnOf(offer.expiresAt, ctx.framework.timeZone), lang),
      agreement: agreement?.title[lang] ?? '',
      agreementUrl: agreementUrl(ctx),
    }),
    extra: withAgreement ? ['sent_agreement'] : [],
    links: [{ label: 'link_mandate', url: mandateUrl(ctx, mandate.id) }, ...(withAgreement ? [{ label: 'link_agreement', url: agreementUrl(ctx) }] : [])],
    subjectRef: { type: MANDATE_SUBJECT, id: mandate.id },
  });
}

/** The mandate notifications that tell someone a decision. */
export type MandateDecisionNotice = 'approved' | 'changes_requested' | 'rejected' | 'accepted' | 'declined' | 'cancelled';

/** Queues a decision notice to a staff member (the initiator, usually); skipped when the directory does not know them. */
export async function notifyStaff(ctx: Ctx, scope: CommandScope, userId: string, notice: MandateDecisionNotice, mandate: Mandate, partner: Partner, comment?: string | null): Promise<void> {
  const to = await staffRecipient(ctx, userId);
  if (to !== null) await notifyRecipient(ctx, scope, to, notice, mandate, partner, comment);
}

/** Queues a decision notice to a recipient. */
export async function notifyRecipient(ctx: Ctx, scope: CommandScope, to: Recipient, notice: MandateDecisionNotice, mandate: Mandate, partner: Partner, comment?: string | null): Promise<void> {
  await queueNotification(scope, {
    messages: mandateNotifications,
    key: notice,
    template: `mandate.${notice}`,
    to,
    params: (lang) => params(ctx, mandate, partner, lang, comment),
    links: [{ label: 'link_mandate', url: mandateUrl(ctx, mandate.id) }],
    subjectRef: { type: MANDATE_SUBJECT, id: mandate.id },
  });
}
