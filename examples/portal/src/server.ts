// The portal's one fetch handler: pages, sign-in, the mail viewer, the demo clock, static assets,
// and the SDK's API mounted unchanged under /api. Served by node:http through the adapters' bridge.
import type { Notifier } from '@honoraria/core';
import type { Honoraria, Lang } from '@honoraria/core';
import { createFetchHandler } from '@honoraria/adapters/http';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AuthStore } from './auth';
import { createRateLimiter, SESSION_COOKIE, SESSION_HOURS } from './auth';
import type { PeopleDirectory } from './directory';
import { html } from './html';
import type { Html } from './html';
import type { PageContext } from './layout';
import { homePath, page } from './layout';
import type { MailBox } from './mail-box';
import { mailPage } from './mail-page';
import { t } from './messages';
import type { Person } from './people';
import { actorOf } from './people';
import { frameworkPage } from './public-page';
import type { RoleContext } from './role-pages';
import { adminPage, applicantPage, approverPage, directorPage, leadPage, partnerPage, secretariatPage } from './role-pages';
import { allowedOrigin, MAIL_PREVIEW_POLICY, secureHeaders } from './security';
import { signInPage, confirmPage, linkSentPage } from './sign-in-pages';

/** A clock the demonstration can move forward. */
export interface MovableClock {
  now(): Date;
  advance(minutes: number): void;
}

/** What the portal runs on. */
export interface PortalOptions {
  readonly service: Honoraria;
  readonly auth: AuthStore;
  readonly people: PeopleDirectory;
  /** Sends the magic links (the same SMTP notifier as the workflow's). */
  readonly mailer: Notifier;
  /** The in-process mail box, shown at /mail (demo only). */
  readonly mailBox: MailBox | null;
  readonly clock: MovableClock;
  /** Where forms.js and portal.css are. */
  readonly assetsDir: string;
  /** The demonstration tools: picker, /mail, the clock control. */
  readonly demo: boolean;
  /**
   * The portal's public URL, for the links in sign-in emails: never taken from the request's
   * Host header, which a client chooses.
   */
  readonly portalUrl: string;
  /** Set the cookie's Secure flag (behind https). */
  readonly secureCookies?: boolean;
}

/** The header the node listener sets to the peer's address (any incoming value is replaced). */
export const PEER_HEADER = 'x-honoraria-peer';

const ROLE_PAGES: Record<Person['home'], (ctx: RoleContext) => Promise<Html>> = {
  partner: partnerPage, lead: leadPage, approver: approverPage, admin: adminPage,
  secretariat: secretariatPage, director: directorPage, applicant: applicantPage,
};
const ROLE_TITLES = { partner: 'role_partner', lead: 'role_lead', approver: 'role_approver', admin: 'role_admin', secretariat: 'role_secretariat', director: 'role_director', applicant: 'role_applicant' } as const;
const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

function cookies(request: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

function htmlResponse(body: Html, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body.value, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

function redirect(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, ...headers } });
}

/** A same-site path to go back to, never another site. */
function backPath(value: unknown): string {
  const s = typeof value === 'string' ? value : '/';
  return s.startsWith('/') && !s.startsWith('//') && !s.startsWith('/\\') ? s : '/';
}

/** Creates the portal's fetch handler. */
export function createPortalHandler(options: PortalOptions): (request: Request) => Promise<Response> {
  const { service, auth, people, clock, demo } = options;
  const signInByIp = createRateLimiter(10, 10 * 60_000);
  const signInByEmail = createRateLimiter(3, 10 * 60_000);
  const verifyByIp = createRateLimiter(20, 10 * 60_000);
  const cookieFlags = `HttpOnly; SameSite=Lax; Path=/${options.secureCookies === true ? '; Secure' : ''}`;

  async function personOf(request: Request): Promise<Person | null> {
    const cookie = cookies(request).get(SESSION_COOKIE);
    if (cookie === undefined || cookie === '') return null;
    const id = await auth.sessionPerson(cookie, new Date());
    return id === null ? null : people.byId(id);
  }

  const api = createFetchHandler(service, {
    basePath: '/api',
    async authenticate(request) {
      const person = await personOf(request);
      return person === null ? null : actorOf(person);
    },
  });

  async function signInAs(person: Person): Promise<Response> {
    const session = await auth.openSession(person.id, new Date());
    return redirect(homePath(person), { 'set-cookie': `${SESSION_COOKIE}=${session}; ${cookieFlags}; Max-Age=${SESSION_HOURS * 3600}` });
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    const peer = request.headers.get(PEER_HEADER) ?? 'unknown';
    const lang: Lang = cookies(request).get('hon_lang') === 'en' ? 'en' : 'fr';
    if (!allowedOrigin(request, url.origin)) {
      return new Response(t(lang, 'forbidden'), { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    if (path === '/api' || path.startsWith('/api/')) return api(request);
    if (path.startsWith('/assets/') && request.method === 'GET') {
      const file = normalize(path.slice('/assets/'.length));
      if (file.startsWith('..') || file.includes('\0')) return new Response('not found', { status: 404 });
      try {
        const body = await readFile(join(options.assetsDir, file));
        return new Response(body, { headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' } });
      } catch {
        return new Response('not found', { status: 404 });
      }
    }
    const person = await personOf(request);
    const ctx: PageContext = { lang, path, person, demo, now: clock.now(), timeZone: service.framework.timeZone };
    const form = request.method === 'POST' ? await request.formData().catch(() => new FormData()) : null;

    if (form !== null && path === '/lang') {
      const to = form.get('lang') === 'en' ? 'en' : 'fr';
      return redirect(backPath(form.get('back')), { 'set-cookie': `hon_lang=${to}; SameSite=Lax; Path=/; Max-Age=31536000` });
    }
    if (form !== null && path === '/sign-out') {
      const cookie = cookies(request).get(SESSION_COOKIE);
      if (cookie !== undefined) await auth.closeSession(cookie);
      return redirect('/', { 'set-cookie': `${SESSION_COOKIE}=; ${cookieFlags}; Max-Age=0` });
    }
    if (form !== null && path === '/sign-in') {
      const email = String(form.get('email') ?? '').trim().toLowerCase();
      if (!signInByIp(peer, Date.now()) || !signInByEmail(email, Date.now())) return htmlResponse(page(ctx, t(lang, 'sign_in_title'), html`<p role="alert">${t(lang, 'too_many')}</p>`), 429);
      const who = email === '' ? null : await people.byEmail(email);
      if (who !== null) {
        const token = await auth.issueMagicLink(who.email, new Date());
        const link = `${options.portalUrl.replace(/\/+$/, '')}/auth/verify?token=${encodeURIComponent(token)}`;
        await options.mailer.send({
          id: `signin_${randomUUID()}`, template: 'portal.magic_link', lang: who.lang, to: { email: who.email, name: who.name },
          subject: t(who.lang, 'mail_subject'), text: t(who.lang, 'mail_text', { name: who.name }),
          links: [{ label: t(who.lang, 'mail_link'), url: link }], subjectRef: { type: 'person', id: who.id },
        });
      }
      // The same answer whether the address is known or not: no probing of who has an account.
      return htmlResponse(page(ctx, t(lang, 'link_sent_title'), linkSentPage(ctx)));
    }
    if (path === '/auth/verify' && request.method === 'GET') {
      return htmlResponse(page(ctx, t(lang, 'confirm_title'), confirmPage(ctx, url.searchParams.get('token') ?? '')));
    }
    if (form !== null && path === '/auth/verify') {
      if (!verifyByIp(peer, Date.now())) return htmlResponse(page(ctx, t(lang, 'confirm_title'), html`<p role="alert">${t(lang, 'too_many')}</p>`), 429);
      const email = await auth.consumeMagicLink(String(form.get('token') ?? ''), new Date());
      const who = email === null ? null : await people.byEmail(email);
      if (who === null) return htmlResponse(page(ctx, t(lang, 'link_invalid_title'), html`<p>${t(lang, 'link_invalid')}</p><p><a href="/sign-in">${t(lang, 'nav_sign_in')}</a></p>`), 400);
      return signInAs(who);
    }
    if (form !== null && path === '/auth/demo' && demo) {
      const who = await people.byId(String(form.get('person') ?? ''));
      if (who === null) return htmlResponse(page(ctx, t(lang, 'not_found'), html``), 404);
      return signInAs(who);
    }
    if (form !== null && path === '/dev/clock' && demo) {
      const days = Math.min(365, Math.max(1, Number.parseInt(String(form.get('days') ?? '1'), 10) || 1));
      clock.advance(days * 24 * 60);
      await service.runDue(clock.now());
      return redirect(backPath(form.get('back')));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });

    if (path === '/' || path === '/sign-in') {
      const everyone = demo ? await people.all() : [];
      return htmlResponse(page(ctx, t(lang, 'sign_in_title'), signInPage(ctx, everyone)));
    }
    if (path === '/framework') return htmlResponse(page(ctx, t(lang, 'framework_title'), frameworkPage(service.framework, lang)));
    if (demo && options.mailBox !== null && (path === '/mail' || path.startsWith('/mail/'))) {
      return mailPage(ctx, options.mailBox, url, htmlResponse);
    }
    const home = (Object.keys(ROLE_PAGES) as Person['home'][]).find((h) => path === `/${h}`);
    if (home !== undefined) {
      if (person === null) return redirect('/sign-in');
      if (person.home !== home) return redirect(homePath(person));
      const body = await ROLE_PAGES[home]({ lang, client: service.as(actorOf(person)), now: clock.now() });
      return htmlResponse(page(ctx, t(lang, ROLE_TITLES[home]), body));
    }
    // Links in the workflow's emails (/mandates/…, /payment-requests/…, /applications/…, /agreement, /inbox).
    if (/^\/(mandates|payment-requests|applications)\/[^/]+$/.test(path) || path === '/agreement' || path === '/inbox') {
      return redirect(person === null ? '/sign-in' : homePath(person));
    }
    return htmlResponse(page(ctx, t(lang, 'not_found'), html``), 404);
  }

  return async (request) => {
    const response = await route(request);
    const headers = new Headers(response.headers);
    if (new URL(request.url).pathname.match(/^\/mail\/\d+\/html$/)) headers.set('content-security-policy', MAIL_PREVIEW_POLICY);
    secureHeaders(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
