// The page shell every portal page shares: language switch, navigation, the demo banner and
// clock, the forms bundle (an external module script: the CSP allows no inline script).
import type { Lang } from '@honoraria/core';
import { formatInstant } from '@honoraria/core';
import { html, Html } from './html';
import type { MessageKey } from './messages';
import { t } from './messages';
import type { Person } from './people';

/** What every page knows about its request. */
export interface PageContext {
  readonly lang: Lang;
  readonly path: string;
  readonly person: Person | null;
  /** Whether the demonstration tools (picker, clock) are on. */
  readonly demo: boolean;
  /** The workflow clock's instant. */
  readonly now: Date;
  readonly timeZone: string;
}

const HOME_KEYS: Record<Person['home'], MessageKey> = {
  partner: 'role_partner', lead: 'role_lead', approver: 'role_approver', admin: 'role_admin',
  secretariat: 'role_secretariat', director: 'role_director', applicant: 'role_applicant',
};

/** The path of a role's home page. */
export function homePath(person: Person): string {
  return `/${person.home}`;
}

/** A section with a heading. */
export function section(id: string, title: string, body: Html): Html {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;
}

/**
 * A `hon-*` tag with `endpoint="/api"`, holding the server-rendered facts as light-DOM children:
 * until the component is defined they show; once it upgrades, its shadow root (with no slot)
 * replaces them.
 */
export function component(tag: string, lang: Lang, attrs: Readonly<Record<string, string>>, facts: Html): Html {
  const name = tag.replace(/[^a-z-]/g, '');
  const attributes = Object.entries({ endpoint: '/api', lang, ...attrs }).map(([k, v]) => html` ${new Html(k.replace(/[^a-z-]/g, ''))}="${v}"`);
  return html`${new Html(`<${name}`)}${attributes}><div class="facts"><p class="note">${t(lang, 'waiting_component')}</p>${facts}</div>${new Html(`</${name}>`)}`;
}

/** A whole page. */
export function page(ctx: PageContext, title: string, main: Html): Html {
  const { lang, person } = ctx;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${t(lang, 'portal')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/portal.css">
<script type="module" src="/assets/forms.js"></script>
</head>
<body>
<a class="skip" href="#main">${t(lang, 'skip')}</a>
${ctx.demo ? html`<p class="demo-banner" role="note">${t(lang, 'demo_banner')}</p>` : null}
<header>
<p class="brand"><a href="/">${t(lang, 'portal')}</a></p>
<nav aria-label="${lang === 'fr' ? 'Navigation principale' : 'Main navigation'}"><ul>
<li><a href="/framework">${t(lang, 'nav_framework')}</a></li>
${ctx.demo ? html`<li><a href="/mail">${t(lang, 'nav_mail')}</a></li>` : null}
${person === null ? html`<li><a href="/sign-in">${t(lang, 'nav_sign_in')}</a></li>` : html`<li><a href="${homePath(person)}">${t(lang, HOME_KEYS[person.home])}</a></li>`}
</ul></nav>
<form method="post" action="/lang" class="lang"><input type="hidden" name="lang" value="${other}"><input type="hidden" name="back" value="${ctx.path}"><button type="submit" lang="${other}">${t(lang, 'lang_switch')}</button></form>
${person === null ? null : html`<form method="post" action="/sign-out" class="sign-out"><span>${t(lang, 'signed_in_as', { name: person.name })}</span> <button type="submit">${t(lang, 'sign_out')}</button></form>`}
</header>
<main id="main">
<h1>${title}</h1>
${main}
</main>
${ctx.demo ? clock(ctx) : null}
</body>
</html>`;
}

function clock(ctx: PageContext): Html {
  const { lang } = ctx;
  const button = (days: number, key: MessageKey) => html`<button type="submit" name="days" value="${String(days)}">${t(lang, key)}</button>`;
  return html`<footer><form method="post" action="/dev/clock" class="clock" aria-label="${t(lang, 'clock_title')}">
<input type="hidden" name="back" value="${ctx.path}">
<p>${t(lang, 'clock_now', { now: formatInstant(ctx.now.toISOString(), ctx.timeZone, lang) })}</p>
${button(1, 'clock_advance')} ${button(7, 'clock_week')} ${button(30, 'clock_month')}
</form></footer>`;
}
