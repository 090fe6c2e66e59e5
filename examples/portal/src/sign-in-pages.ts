// The sign-in pages: the email form, the demo picker, "check your email", and the confirmation
// page a magic link opens (its GET changes nothing; the button POSTs the token).
import { html } from './html';
import type { Html } from './html';
import type { PageContext } from './layout';
import { section } from './layout';
import { t } from './messages';
import type { Person } from './people';

const ROLE_KEYS = { partner: 'role_partner', lead: 'role_lead', approver: 'role_approver', admin: 'role_admin', secretariat: 'role_secretariat', director: 'role_director', applicant: 'role_applicant' } as const;

/** The sign-in form, and the demo picker when the demonstration is on. */
export function signInPage(ctx: PageContext, everyone: readonly Person[]): Html {
  const { lang } = ctx;
  const picker = everyone.map((p) => html`<li><form method="post" action="/auth/demo"><input type="hidden" name="person" value="${p.id}"><button type="submit" data-person="${p.id}">${t(lang, 'become', { name: p.name })}</button> <span>${t(lang, ROLE_KEYS[p.home])}</span></form></li>`);
  return html`
<p>${t(lang, 'sign_in_intro')}</p>
<form method="post" action="/sign-in" class="sign-in">
<label for="email">${t(lang, 'email')}</label>
<input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">${t(lang, 'send_link')}</button>
</form>
${ctx.person === null && everyone.length > 0 ? section('demo', t(lang, 'demo_title'), html`<div class="demo-picker"><p>${t(lang, 'demo_intro')}</p><ul>${picker}</ul></div>`) : null}`;
}

/** "Check your email". */
export function linkSentPage(ctx: PageContext): Html {
  return html`<p role="status">${t(ctx.lang, 'link_sent')}</p>${ctx.demo ? html`<p><a href="/mail">${t(ctx.lang, 'read_mail')}</a></p>` : null}`;
}

/** The page a magic link opens: one button that POSTs the token. */
export function confirmPage(ctx: PageContext, token: string): Html {
  return html`<p>${t(ctx.lang, 'confirm_intro')}</p>
<form method="post" action="/auth/verify"><input type="hidden" name="token" value="${token}"><button type="submit">${t(ctx.lang, 'continue')}</button></form>`;
}
