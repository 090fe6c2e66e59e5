import type { Lang } from '../../i18n/lang';
import { defineMessages, message } from '../../i18n/messages';
import { formatDate, formatInstant } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { ApplicationEntity } from './application-store';

/** The notifications of the volunteer programme, in French and English (plain text). */
export const applicationNotifications = defineMessages(
  'notifications.applications',
  {
    received_subject: 'Candidature reçue : {programme}',
    received_text:
      'Bonjour {name},\n\nNous avons bien reçu votre candidature au programme « {programme} » le {receivedOn}. La direction du programme communiquera avec vous pour une brève entrevue téléphonique au plus tard le {dueOn}.\n\nVous pouvez suivre votre candidature dans le portail.',
    orientation_subject: 'Séance d’orientation : {when}',
    orientation_text:
      'Bonjour {name},\n\nBienvenue parmi les bénévoles du programme « {programme} » ! Votre séance d’orientation aura lieu le {when}.\n\nLes détails sont dans le portail.',
    link_application: 'Voir ma candidature',
  },
  {
    received_subject: 'Application received: {programme}',
    received_text:
      'Hello {name},\n\nWe received your application to the “{programme}” programme on {receivedOn}. The programme director will contact you for a brief phone interview by {dueOn}.\n\nYou can follow your application in the portal.',
    orientation_subject: 'Orientation session: {when}',
    orientation_text:
      'Hello {name},\n\nWelcome among the volunteers of the “{programme}” programme! Your orientation session will take place on {when}.\n\nThe details are in the portal.',
    link_application: 'View my application',
  },
);

type Key = keyof typeof applicationNotifications.fr;

function text(lang: Lang, key: Key, params: Readonly<Record<string, string>>): string {
  return message(applicationNotifications, key, lang, params);
}

/** The portal's page of an application. */
export function applicationUrl(ctx: Pick<OperationContext, 'portalUrl'>, id: string): string {
  return `${ctx.portalUrl}/applications/${encodeURIComponent(id)}`;
}

/** Queues « application received » to the applicant, when they gave an email address. */
export async function notifyApplicationReceived(ctx: OperationContext, scope: CommandScope, app: ApplicationEntity, dueOn: string): Promise<void> {
  const email = app.applicant.email;
  if (email === undefined) return;
  const lang = app.applicant.lang;
  const programme = ctx.framework.volunteerProgramme?.name[lang] ?? '';
  const params = { name: app.applicant.name, programme, receivedOn: formatDate(app.receivedOn, lang), dueOn: formatDate(dueOn, lang) };
  await scope.notify({
    template: 'application.received',
    lang,
    to: { email, name: app.applicant.name },
    subject: text(lang, 'received_subject', params),
    text: text(lang, 'received_text', params),
    links: [{ label: text(lang, 'link_application', {}), url: applicationUrl(ctx, app.id) }],
    subjectRef: { type: 'application', id: app.id },
  });
}

/** Queues « orientation scheduled » to the new volunteer, when they gave an email address. */
export async function notifyOrientationScheduled(ctx: OperationContext, scope: CommandScope, app: ApplicationEntity, at: string): Promise<void> {
  const email = app.applicant.email;
  if (email === undefined) return;
  const lang = app.applicant.lang;
  const programme = ctx.framework.volunteerProgramme?.name[lang] ?? '';
  const params = { name: app.applicant.name, programme, when: formatInstant(at, ctx.framework.timeZone, lang) };
  await scope.notify({
    template: 'application.orientation_scheduled',
    lang,
    to: { email, name: app.applicant.name },
    subject: text(lang, 'orientation_subject', params),
    text: text(lang, 'orientation_text', params),
    links: [{ label: text(lang, 'link_application', {}), url: applicationUrl(ctx, app.id) }],
    subjectRef: { type: 'application', id: app.id },
  });
}
