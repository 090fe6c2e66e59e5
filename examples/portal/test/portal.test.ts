// The portal over HTTP: security headers, the cross-site check, sign-in by magic link read in the
// mail box, the demo picker, every role's page, the API through the session, rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/security';
import type { RunningPortal } from '../src/start-portal';
import { browserLike, startTestPortal } from './portal-fixture';

let portal: RunningPortal;
beforeAll(async () => {
  portal = await startTestPortal();
}, 240_000);
afterAll(async () => {
  await portal?.close();
});

interface MailJson { readonly messages: readonly { readonly to: readonly string[]; readonly subject: string; readonly text: string; readonly links: readonly string[] }[] }

async function mailsTo(email: string): Promise<MailJson['messages']> {
  const response = await fetch(`${portal.url}/mail/api?to=${encodeURIComponent(email)}`);
  return ((await response.json()) as MailJson).messages;
}

async function demoSignIn(personId: string) {
  const b = browserLike(portal.url);
  const r = await b.send('/auth/demo', { method: 'POST', form: { person: personId } });
  expect(r.status).toBe(303);
  return { b, home: r.headers.get('location')! };
}

describe('portal', () => {
  it('sends a strict CSP and the security headers on every page', async () => {
    for (const path of ['/', '/framework', '/mail', '/sign-in']) {
      const r = await fetch(portal.url + path);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await r.text();
      expect(body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
  });

  it('refuses a state-changing request without a good Origin or with cross-site Fetch Metadata', async () => {
    const form = { body: 'email=zoe.tremblay%40courriel.example', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    expect((await fetch(`${portal.url}/sign-in`, { method: 'POST', ...form })).status).toBe(403);
    expect((await fetch(`${portal.url}/sign-in`, { method: 'POST', ...form, headers: { ...form.headers, origin: 'https://evil.example' } })).status).toBe(403);
    expect((await fetch(`${portal.url}/sign-in`, { method: 'POST', ...form, headers: { ...form.headers, origin: portal.url, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const api = await fetch(`${portal.url}/api/commands/registerPartner`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: '{}' });
    expect(api.status).toBe(403);
  });

  it('signs in by a magic link read in the mail box: GET confirms, POST consumes once', async () => {
    const b = browserLike(portal.url);
    const sent = await b.send('/sign-in', { method: 'POST', form: { email: 'Marc.Roy@unite.example' } });
    expect(sent.status).toBe(200);
    const [mail] = await mailsTo('marc.roy@unite.example');
    expect(mail!.subject).toBe('Your sign-in link to the portal');
    const link = mail!.links.find((l) => l.includes('/auth/verify'))!;
    expect(link.startsWith(portal.url)).toBe(true);
    const token = new URL(link).searchParams.get('token')!;
    const confirm = await b.send(new URL(link).pathname + new URL(link).search);
    expect(await confirm.text()).toContain('name="token"');
    expect(b.cookie()).not.toContain('hon_session');
    const signed = await b.send('/auth/verify', { method: 'POST', form: { token } });
    expect(signed.status).toBe(303);
    expect(signed.headers.get('location')).toBe('/approver');
    expect(signed.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax; Path=\//);
    const inbox = await b.send('/approver');
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain('hon-approver-inbox');
    // The token works once.
    const again = await browserLike(portal.url).send('/auth/verify', { method: 'POST', form: { token } });
    expect(again.status).toBe(400);
    // Sign-out ends the session.
    await b.send('/sign-out', { method: 'POST', form: {} });
    expect((await b.send('/approver')).headers.get('location')).toBe('/sign-in');
  });

  it('answers an unknown address as a known one, and sends nothing', async () => {
    const r = await browserLike(portal.url).send('/sign-in', { method: 'POST', form: { email: 'nobody@nowhere.example' } });
    expect(r.status).toBe(200);
    expect(await mailsTo('nobody@nowhere.example')).toHaveLength(0);
  });

  it('limits sign-in requests per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await browserLike(portal.url).send('/sign-in', { method: 'POST', form: { email: 'alice.bergeron@courriel.example' } })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('renders every role page with its component tag and the server-rendered facts', async () => {
    const people = (await (await fetch(`${portal.url}/`)).text()).match(/data-person="([^"]+)"/g)!.map((m) => m.slice(13, -1));
    const expected: Record<string, readonly string[]> = {
      '/partner': ['hon-my-files', 'hon-payment-request-form', 'hon-mandate-offer', 'hon-partner-profile'],
      '/lead': ['hon-mandate-form', 'Atelier de co-design'],
      '/approver': ['hon-approver-inbox'],
      '/admin': ['hon-admin-queue', 'hon-tax-year', 'hon-audit-check', 'Journal intact'],
      '/secretariat': ['hon-partner-directory', 'Zoé Tremblay'],
      '/director': ['hon-application-desk', 'Alice Bergeron'],
      '/applicant': ['hon-volunteer-application'],
    };
    const seen = new Set<string>();
    for (const id of people) {
      const { b, home } = await demoSignIn(id);
      const r = await b.send(home);
      expect(r.status, home).toBe(200);
      const body = await r.text();
      for (const text of expected[home] ?? []) expect(body, `${home} ${text}`).toContain(text);
      seen.add(home);
    }
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
  }, 120_000);

  it('shows the partner their own files and offers, and the API answers through the session', async () => {
    const people = (await (await fetch(`${portal.url}/`)).text()).match(/data-person="(user_[^"]+)"/g)!.map((m) => m.slice(13, -1));
    const pages = await Promise.all(people.map(async (id) => {
      const { b } = await demoSignIn(id);
      return { b, body: await (await b.send('/partner')).text() };
    }));
    const zoe = pages.find((p) => p.body.includes('Comité des usagers'))!;
    expect(zoe.body).toContain('Payée');
    const samuel = pages.find((p) => p.body.includes('Revue de documents'))!;
    expect(samuel.body).not.toContain('Comité des usagers');
    const files = await zoe.b.send('/api/queries/getMyFiles', { method: 'POST', headers: { 'content-type': 'application/json', origin: portal.url }, body: '{}' });
    expect(files.status).toBe(200);
    const json = (await files.json()) as { result: { paymentRequests: unknown[] } };
    expect(json.result.paymentRequests).toHaveLength(2);
    const anonymous = await fetch(`${portal.url}/api/queries/getMyFiles`, { method: 'POST', headers: { 'content-type': 'application/json', origin: portal.url }, body: '{}' });
    expect(anonymous.status).toBe(401);
  });

  it('switches the language and moves the demo clock', async () => {
    const b = browserLike(portal.url);
    const switched = await b.send('/lang', { method: 'POST', form: { lang: 'en', back: '/framework' } });
    expect(switched.headers.get('location')).toBe('/framework');
    const page = await (await b.send('/framework')).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('The recognition and compensation framework');
    const before = /Simulated date: ([^<]+)/.exec(page)![1];
    await b.send('/dev/clock', { method: 'POST', form: { days: '30', back: '/framework' } });
    const after = /Simulated date: ([^<]+)/.exec(await (await b.send('/framework')).text())![1];
    expect(after).not.toBe(before);
    // Off-site "back" paths are ignored.
    expect((await b.send('/lang', { method: 'POST', form: { lang: 'fr', back: '//evil.example' } })).headers.get('location')).toBe('/');
  });
});
