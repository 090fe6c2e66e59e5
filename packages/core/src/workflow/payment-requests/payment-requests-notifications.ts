import type { Lang } from '../../i18n/lang';
import { defineMessages } from '../../i18n/messages';
import type { MessageParams } from '../../i18n/messages';
import { formatCents } from '../../money/format-money';
import type { Mandate } from '../../schemas/mandate';
import type { Partner } from '../../schemas/partner';
import { formatDate } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { Recipient } from '../partners/recipients';
import { partnerRecipient, queueNotification, staffRecipient } from '../partners/recipients';
import { assignedRole } from './payment-request-access';
import type { PaymentRequestEntity } from './payment-request-store';
import { PAYMENT_REQUEST_SUBJECT } from './payment-request-store';

/** The notifications of payment requests, in French and English (plain text; `{name}` is the recipient). */
export const paymentRequestNotifications = defineMessages(
  'notifications.payment_requests',
  {
    awaiting_approval_subject: 'Demande de paiement à approuver : {partner}, {amount}',
    awaiting_approval_text:
      'Bonjour {name},\n\n{partner} a soumis une demande de paiement de {amount} pour la période du {from} au {to} (mandat « {mandate} »). Elle attend votre décision.',
    awaiting_approval_warnings: 'Le calcul comporte {count} avertissement(s) à vérifier avant d’approuver.',
    approved_subject: 'Votre demande de paiement est approuvée : {amount}',
    approved_text:
      'Bonjour {name},\n\nVotre demande de paiement pour la période du {from} au {to} (mandat « {mandate} ») est approuvée pour {amount}. L’administration procédera au paiement.',
    approved_adjusted: 'Certaines lignes ont été ajustées : les commentaires de la personne qui a approuvé la demande expliquent pourquoi.',
    changes_requested_subject: 'Votre demande de paiement est à modifier',
    changes_requested_text:
      'Bonjour {name},\n\nDes modifications sont demandées à votre demande de paiement pour la période du {from} au {to} (mandat « {mandate} »).\n\nCommentaire : {comment}',
    rejected_subject: 'Votre demande de paiement est refusée',
    rejected_text:
      'Bonjour {name},\n\nVotre demande de paiement pour la période du {from} au {to} (mandat « {mandate} ») est refusée.\n\nMotif : {comment}',
    paid_subject: 'Votre paiement de {amount} est effectué',
    paid_text:
      'Bonjour {name},\n\nLe paiement de {amount} pour votre demande de la période du {from} au {to} (mandat « {mandate} ») a été effectué le {date}.',
    link_review: 'Examiner la demande',
    link_view: 'Voir la demande',
    link_edit: 'Modifier la demande',
  },
  {
    awaiting_approval_subject: 'Payment request to approve: {partner}, {amount}',
    awaiting_approval_text:
      'Hello {name},\n\n{partner} submitted a payment request of {amount} for {from} to {to} (mandate “{mandate}”). It awaits your decision.',
    awaiting_approval_warnings: 'The calculation has {count} warning(s) to check before approving.',
    approved_subject: 'Your payment request is approved: {amount}',
    approved_text:
      'Hello {name},\n\nYour payment request for {from} to {to} (mandate “{mandate}”) is approved for {amount}. The administration will make the payment.',
    approved_adjusted: 'Some lines were adjusted: the approver’s comments explain why.',
    changes_requested_subject: 'Your payment request needs changes',
    changes_requested_text:
      'Hello {name},\n\nChanges are requested to your payment request for {from} to {to} (mandate “{mandate}”).\n\nComment: {comment}',
    rejected_subject: 'Your payment request is rejected',
    rejected_text: 'Hello {name},\n\nYour payment request for {from} to {to} (mandate “{mandate}”) is rejected.\n\nReason: {comment}',
    paid_subject: 'Your payment of {amount} is made',
    paid_text: 'Hello {name},\n\nThe payment of {amount} for your request for {from} to {to} (mandate “{mandate}”) was made on {date}.',
    link_review: 'Review the request',
    link_view: 'View the request',
    link_edit: 'Edit the request',
  },
);

type Ctx = Pick<OperationContext, 'directory' | 'framework' | 'portalUrl'>;

/** The portal address of a payment request. */
export function paymentRequestUrl(ctx: Pick<OperationContext, 'portalUrl'>, id: string): string {
  return `${ctx.portalUrl}/payment-requests/${encodeURIComponent(id)}`;
}

function common(request: PaymentRequestEntity, mandate: Pick<Mandate, 'title'>, amountCents: number, currency: string) {
  return (lang: Lang): MessageParams => ({
    amount: formatCents(amountCents, currency, lang),
    from: formatDate(request.period.from, lang),
    to: formatDate(request.period.to, lang),
    mandate: mandate.title,
  });
}

/** The staff a request's approval is assigned to: the named user, or everyone holding the role. */
async function approverRecipients(ctx: Ctx, assignee: string): Promise<Recipient[]> {
  const role = assignedRole(assignee);
  if (role === null) {
    const one = await staffRecipient(ctx, assignee);
    return one === null ? [] : [one];
  }
  const members = await ctx.directory.withRole(role);
  return members.map((m) => ({ email: m.email, name: m.name, lang: m.lang ?? ctx.framework.defaultLang }));
}

/** Queues "payment request awaiting approval" to its approver(s), each in their language. */
export async function notifyAwaitingApproval(ctx: Ctx, scope: CommandScope, request: PaymentRequestEntity, mandate: Mandate, partner: Partner): Promise<void> {
  const quote = request.quote;
  if (request.approverUserId === undefined || quote === undefined) return;
  const warnings = quote.warnings.filter((w) => w.severity !== 'info').length;
  const base = common(request, mandate, quote.totalCents, quote.currency);
  for (const to of await approverRecipients(ctx, request.approverUserId)) {
    await queueNotification(scope, {
      messages: paymentRequestNotifications,
      key: 'awaiting_approval',
      template: 'payment_request.awaiting_approval',
      to,
      params: (lang) => ({ ...base(lang), partner: partner.name, count: warnings }),
      extra: warnings > 0 ? ['awaiting_approval_warnings'] : [],
      links: [{ label: 'link_review', url: paymentRequestUrl(ctx, request.id) }],
      subjectRef: { type: PAYMENT_REQUEST_SUBJECT, id: request.id },
    });
  }
}

/** What a partner is told about their request. */
export type PartnerNotice = 'approved' | 'changes_requested' | 'rejected' | 'paid';

/** Queues a notice about a request to its partner, in the partner's language. */
export async function notifyPartner(
  ctx: Ctx,
  scope: CommandScope,
  notice: PartnerNotice,
  request: PaymentRequestEntity,
  mandate: Mandate,
  partner: Partner,
  details: { readonly comment?: string | null; readonly paidOn?: string; readonly adjusted?: boolean } = {},
): Promise<void> {
  const quote = request.quote;
  const base = common(request, mandate, quote?.totalCents ?? 0, quote?.currency ?? mandate.currency);
  await queueNotification(scope, {
    messages: paymentRequestNotifications,
    key: notice,
    template: `payment_request.${notice}`,
    to: partnerRecipient(partner),
    params: (lang) => ({
      ...base(lang),
      comment: details.comment ?? '',
      date: details.paidOn === undefined ? '' : formatDate(details.paidOn, lang),
    }),
    extra: notice === 'approved' && details.adjusted === true ? ['approved_adjusted'] : [],
    links: [{ label: notice === 'changes_requested' ? 'link_edit' : 'link_view', url: paymentRequestUrl(ctx, request.id) }],
    subjectRef: { type: PAYMENT_REQUEST_SUBJECT, id: request.id },
  });
}
