import type { Lang } from '../../i18n/lang';
import type { MessageNamespace, MessageParams } from '../../i18n/messages';
import { message } from '../../i18n/messages';
import type { Partner } from '../../schemas/partner';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';

/** Someone a notification goes to, with the language it is written in. */
export interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly lang: Lang;
}

/** A partner as a recipient: their email, name and language. */
export function partnerRecipient(partner: Pick<Partner, 'email' | 'name' | 'lang'>): Recipient {
  return { email: partner.email, name: partner.name, lang: partner.lang };
}

/**
 * A staff member as a recipient, from the directory: their language, or the framework's default.
 * `null` when the directory does not know them (nothing can be sent to them).
 */
export async function staffRecipient(ctx: Pick<OperationContext, 'directory' | 'framework'>, userId: string): Promise<Recipient | null> {
  const member = await ctx.directory.find(userId);
  if (member === null) return null;
  return { email: member.email, name: member.name, lang: member.lang ?? ctx.framework.defaultLang };
}

/** A notification to compose from a namespace: `<key>_subject` and `<key>_text` give its subject and body. */
export interface NotificationSpec<K extends string> {
  readonly messages: MessageNamespace<K>;
  /** The message key prefix, such as `awaiting_approval`. */
  readonly key: string;
  /** The template id the outbox records, such as `mandate.awaiting_approval`. */
  readonly template: string;
  readonly to: Recipient;
  /** Placeholder values, by language (money and dates are formatted per language). */
  readonly params: (lang: Lang) => MessageParams;
  /** Paragraphs appended to the body, as message keys of the same namespace. */
  readonly extra?: readonly string[];
  /** Links: a message key for the label, and the URL. */
  readonly links?: readonly { readonly label: string; readonly url: string }[];
  readonly subjectRef: { readonly type: string; readonly id: string };
}

/**
 * Renders a notification in its recipient's language (plain text, never HTML) and queues it in
 * the command's outbox, in the same transaction.
 */
export async function queueNotification<K extends string>(scope: CommandScope, spec: NotificationSpec<K>): Promise<string> {
  const lang = spec.to.lang;
  const params = { name: spec.to.name, ...spec.params(lang) };
  const text = (key: string): string => message(spec.messages, key as K, lang, params);
  const body = [text(`${spec.key}_text`), ...(spec.extra ?? []).map(text)].join('\n\n');
  return scope.notify({
    template: spec.template,
    lang,
    to: { email: spec.to.email, name: spec.to.name },
    subject: text(`${spec.key}_subject`),
    text: body,
    links: (spec.links ?? []).map((l) => ({ label: text(l.label), url: l.url })),
    subjectRef: spec.subjectRef,
  });
}
