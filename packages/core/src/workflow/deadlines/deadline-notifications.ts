import { defineMessages, message } from '../../i18n/messages';
import type { MessageParams } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { CommandScope } from '../command-scope';
import type { Recipient } from './staff-recipients';

/** The notifications `runDue` sends, in French and English (plain text). */
export const deadlineNotifications = defineMessages(
  'notifications.deadlines',
  {
    overdue_subject: 'Entrevue téléphonique en retard : {applicant}',
    overdue_text:
      'Bonjour {name},\n\nLa candidature de {applicant} au programme « {programme} », reçue le {receivedOn}, attend toujours son entrevue téléphonique, qui devait avoir lieu au plus tard le {dueOn}.',
    reminder_subject: 'Rappel : une demande de paiement attend votre décision',
    reminder_text: 'Bonjour {name},\n\nLa demande de paiement {request} ({amount}) attend votre décision depuis le {since}.',
    escalation_subject: 'Décision en retard : demande de paiement {request}',
    escalation_text:
      'Bonjour {name},\n\nLa demande de paiement {request} ({amount}) attend une décision depuis le {since}, soit depuis plus de {days} jours.',
    escalation_delegate: 'Vous êtes la personne déléguée pour ces décisions aujourd’hui : vous pouvez la traiter.',
    escalation_policy: 'Vous recevez ce message selon la politique d’approbation de l’établissement.',
    payment_overdue_subject: 'Paiement en retard : demande {request}',
    payment_overdue_text:
      'Bonjour {name},\n\nLa demande de paiement {request} ({amount}), approuvée le {approvedOn}, devait être payée au plus tard le {dueOn}.',
    term_ended_subject: 'Mandat arrivé à échéance : {title}',
    term_ended_text:
      'Bonjour {name},\n\nLe mandat « {title} » est arrivé à échéance le {endDate}. Des activités y ont été inscrites : il reste actif jusqu’à ce que vous le complétiez (ou qu’un avenant le prolonge).',
    link_application: 'Ouvrir la candidature',
    link_request: 'Examiner la demande',
    link_mandate: 'Ouvrir le mandat',
  },
  {
    overdue_subject: 'Phone interview overdue: {applicant}',
    overdue_text:
      'Hello {name},\n\nThe application of {applicant} to the “{programme}” programme, received on {receivedOn}, is still waiting for its phone interview, which was due by {dueOn}.',
    reminder_subject: 'Reminder: a payment request is waiting for your decision',
    reminder_text: 'Hello {name},\n\nPayment request {request} ({amount}) has been waiting for your decision since {since}.',
    escalation_subject: 'Overdue decision: payment request {request}',
    escalation_text: 'Hello {name},\n\nPayment request {request} ({amount}) has been waiting for a decision since {since}, more than {days} days.',
    escalation_delegate: 'You are the delegate for these decisions today: you can handle it.',
    escalation_policy: 'You receive this message under the institution’s approval policy.',
    payment_overdue_subject: 'Overdue payment: request {request}',
    payment_overdue_text: 'Hello {name},\n\nPayment request {request} ({amount}), approved on {approvedOn}, was due to be paid by {dueOn}.',
    term_ended_subject: 'Mandate term ended: {title}',
    term_ended_text:
      'Hello {name},\n\nThe mandate “{title}” reached its end date on {endDate}. Activity was recorded under it: it stays active until you complete it (or an amendment extends it).',
    link_application: 'Open the application',
    link_request: 'Review the request',
    link_mandate: 'Open the mandate',
  },
);

/** A key of {@link deadlineNotifications}. */
export type DeadlineMessageKey = keyof typeof deadlineNotifications.fr;

/** One deadline notification to queue. */
export interface DeadlineNotice {
  /** The template id the outbox records, such as `deadlines.review_reminder`. */
  readonly template: string;
  /** The message key prefix: `<key>_subject` and `<key>_text`. */
  readonly key: 'overdue' | 'reminder' | 'escalation' | 'payment_overdue' | 'term_ended';
  /** Placeholder values in the recipient's language. */
  readonly params: (lang: Lang) => MessageParams;
  /** Paragraphs appended to the body. */
  readonly extra?: readonly DeadlineMessageKey[];
  readonly link: { readonly label: DeadlineMessageKey; readonly url: string };
  readonly subjectRef: { readonly type: string; readonly id: string };
}

/** Queues a deadline notification to each recipient, in their language; returns how many were queued. */
export async function queueDeadlineNotice(scope: CommandScope, recipients: readonly Recipient[], notice: DeadlineNotice): Promise<number> {
  for (const to of recipients) {
    const params = { name: to.name ?? to.email, ...notice.params(to.lang) };
    const say = (key: DeadlineMessageKey) => message(deadlineNotifications, key, to.lang, params);
    await scope.notify({
      template: notice.template,
      lang: to.lang,
      to: { email: to.email, ...(to.name === undefined ? {} : { name: to.name }) },
      subject: say(`${notice.key}_subject`),
      text: [say(`${notice.key}_text`), ...(notice.extra ?? []).map(say)].join('\n\n'),
      links: [{ label: say(notice.link.label), url: notice.link.url }],
      subjectRef: notice.subjectRef,
    });
  }
  return recipients.length;
}

/** The recipients without duplicates (by email). */
export function distinctRecipients(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => (seen.has(r.email) ? false : (seen.add(r.email), true)));
}
