import type { Lang } from '../i18n/lang';

/** A link inside a notification, such as "Review the request". */
export interface NotificationLink {
  readonly label: string;
  readonly url: string;
}

/**
 * A notification ready to send: already rendered in its recipient's language, as plain text.
 * Honoraria never builds HTML from user text; a notifier that sends HTML must escape every value.
 */
export interface OutgoingNotification {
  /** The outbox entry's id: the same entry is never sent twice, so notifiers can use it as a message id. */
  readonly id: string;
  /** The template that produced it, such as `mandate.awaiting_approval`. */
  readonly template: string;
  readonly lang: Lang;
  readonly to: { readonly email: string; readonly name?: string };
  readonly subject: string;
  /** The body, plain text. */
  readonly text: string;
  readonly links: readonly NotificationLink[];
  /** What the notification is about. */
  readonly subjectRef: { readonly type: string; readonly id: string };
}

/** The result of a successful send. */
export interface NotifierReceipt {
  /** The provider's id for the message, when it gives one. */
  readonly providerId?: string;
}

/** The notification port: email (SMTP), a webhook, the console… */
export interface Notifier {
  /** Sends one notification; throws when it could not be handed over (the dispatcher retries). */
  send(notification: OutgoingNotification): Promise<NotifierReceipt>;
}
