import type { NotificationLink } from '@honoraria/core';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Whether a link may become an `<a href>`: only web and mail links, never `javascript:` or `data:`. */
export function isSafeHref(url: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim());
}

/** What {@link renderNotificationHtml} puts on the page; every string is plain text, escaped here. */
export interface NotificationHtmlContent {
  /** The BCP 47 language of the page, such as `fr-CA`. */
  readonly locale: string;
  readonly subject: string;
  /** The body, plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
  readonly text: string;
  readonly links: readonly NotificationLink[];
  readonly footer?: string;
}

/**
 * The HTML alternative of a notification. Honoraria never treats user text as HTML: each value
 * (subject, body, link labels and addresses, footer) is escaped, and only `http(s):` and
 * `mailto:` addresses become links; any other address is shown as text.
 */
export function renderNotificationHtml(content: NotificationHtmlContent): string {
  const paragraphs = content.text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`);
  const links =
    content.links.length === 0
      ? []
      : [
          '<ul>',
          ...content.links.map((l) =>
            isSafeHref(l.url)
              ? `<li><a href="${escapeHtml(l.url.trim())}">${escapeHtml(l.label)}</a></li>`
              : `<li>${escapeHtml(l.label)} — ${escapeHtml(l.url)}</li>`,
          ),
          '</ul>',
        ];
  const footer = content.footer === undefined ? [] : ['<hr>', `<p><small>${escapeHtml(content.footer)}</small></p>`];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(content.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title>`,
    '</head>',
    '<body>',
    ...paragraphs,
    ...links,
    ...footer,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
