// The mail viewer (demonstration only): every message the in-process SMTP server received, per
// recipient, its text (escaped), its links (clickable), and its HTML in a sandboxed frame; plus
// /mail/api, the same as JSON for tests.
import { html } from './html';
import type { Html } from './html';
import type { PageContext } from './layout';
import { page } from './layout';
import type { MailBox } from './mail-box';
import { t } from './messages';

/** Answers /mail, /mail/api and /mail/{id}/html. */
export function mailPage(ctx: PageContext, box: MailBox, url: URL, respond: (body: Html, status?: number) => Response): Response {
  const { lang } = ctx;
  const to = url.searchParams.get('to') ?? undefined;
  if (url.pathname === '/mail/api') {
    return new Response(JSON.stringify({ messages: box.list(to) }), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const preview = /^\/mail\/(\d+)\/html$/.exec(url.pathname);
  if (preview !== null) {
    const mail = box.get(Number(preview[1]));
    if (mail?.html == null) return new Response('not found', { status: 404 });
    // Served under a sandbox CSP (see security.ts): no script runs, nothing loads.
    return new Response(mail.html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  if (url.pathname !== '/mail') return respond(page(ctx, t(lang, 'not_found'), html``), 404);
  const recipients = [...new Set(box.list().flatMap((m) => m.to))].sort();
  const filter = html`<nav aria-label="${t(lang, 'mail_to')}"><ul class="recipients"><li><a href="/mail">${t(lang, 'mail_all')}</a></li>${recipients.map((r) => html`<li><a href="/mail?to=${encodeURIComponent(r)}"${r === to ? html` aria-current="page"` : null}>${r}</a></li>`)}</ul></nav>`;
  const mails = box.list(to).map((m) => html`<article class="mail" aria-labelledby="mail-${String(m.id)}">
<h2 id="mail-${String(m.id)}">${m.subject}</h2>
<p>${t(lang, 'mail_to')} : ${m.to.join(', ')} — ${m.receivedAt}</p>
<h3>${t(lang, 'mail_links')}</h3><ul>${m.links.map((l) => html`<li><a href="${l}">${l}</a></li>`)}</ul>
<h3>${t(lang, 'mail_text_part')}</h3><pre>${m.text}</pre>
${m.html === null ? null : html`<h3>${t(lang, 'mail_html_part')}</h3><iframe sandbox title="${m.subject}" src="/mail/${String(m.id)}/html"></iframe>`}
</article>`);
  return respond(page(ctx, t(lang, 'mail_title'), html`${filter}${mails.length === 0 ? html`<p>${t(lang, 'mail_none')}</p>` : mails}`));
}
