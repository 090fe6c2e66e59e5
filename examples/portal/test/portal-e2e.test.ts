// End to end in Debian's Chromium: sign-in by a magic link read in /mail, every page in both
// languages checked by axe with no CSP violation, a cross-site form refused, and the seed's flow
// across roles as far as the components in this branch allow. The composites (hon-mandate-review,
// hon-mandate-offer…) are not in this branch yet, so those steps call the API with fetch from the
// signed-in page: the same session cookie, origin and endpoint the components will use.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../src/start-portal';
import { axeViolations, launchChromium } from './chromium';
import { startTestPortal } from './portal-fixture';

let portal: RunningPortal;
let browser: Browser;
beforeAll(async () => {
  [portal, browser] = await Promise.all([startTestPortal(), launchChromium()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function fresh(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  return { page, problems };
}

async function becomeByPicker(page: Page, match: (label: string) => boolean): Promise<string> {
  await page.goto(`${portal.url}/sign-in`);
  const ids = await page.$$eval('button[data-person]', (bs) => bs.map((b) => [b.getAttribute('data-person')!, b.textContent ?? ''] as const));
  const id = ids.find(([, label]) => match(label))![0];
  await Promise.all([page.waitForNavigation(), page.click(`button[data-person="${id}"]`)]);
  return new URL(page.url()).pathname;
}

async function api(page: Page, kind: 'commands' | 'queries', name: string, input: unknown): Promise<{ status: number; body: { result?: Record<string, unknown> } }> {
  const answer = await page.evaluate(async (k, n, i) => {
    const r = await fetch(`/api/${k}/${n}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) });
    return { status: r.status, body: (await r.json()) as unknown };
  }, kind, name, input);
  return answer as { status: number; body: { result?: Record<string, unknown> } };
}

describe('portal in Chromium', () => {
  it('signs in by a magic link read in /mail', async () => {
    const { page, problems } = await fresh();
    await page.goto(`${portal.url}/sign-in`);
    await page.type('#email', 'zoe.tremblay@courriel.example');
    await Promise.all([page.waitForNavigation(), page.click('form.sign-in button')]);
    expect(await page.$eval('[role=status]', (e) => e.textContent)).toContain('lien');
    await page.goto(`${portal.url}/mail?to=zoe.tremblay%40courriel.example`);
    const link = await page.$$eval('.mail a[href*="/auth/verify"]', (as) => as[0]!.getAttribute('href')!);
    await page.goto(link);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/auth/verify"] button')]);
    expect(new URL(page.url()).pathname).toBe('/partner');
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('Partenaire');
    const cookies = await page.browserContext().cookies();
    const session = cookies.find((c) => c.name === 'hon_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(problems).toEqual([]);
    await page.browserContext().close();
  });

  it('passes axe on every page in French and English, with no CSP violation', async () => {
    const homes = ['Julie', 'Léa', 'Marc', 'Sylvie', 'Paul', 'Zoé', 'Alice'];
    const failures: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      for (const who of [null, ...homes]) {
        const { page, problems } = await fresh();
        if (lang === 'en') {
          await page.goto(`${portal.url}/framework`);
          await Promise.all([page.waitForNavigation(), page.click('form.lang button')]);
        }
        const paths = who === null ? ['/', '/framework', '/mail'] : [await becomeByPicker(page, (l) => l.includes(who))];
        for (const path of paths) {
          const response = await page.goto(`${portal.url}${path}`);
          expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
          expect(await page.$eval('html', (e) => e.lang)).toBe(lang);
          for (const v of await axeViolations(page)) failures.push(`${lang} ${path}: ${v}`);
        }
        for (const p of problems) failures.push(`${lang} ${who ?? 'public'}: ${p}`);
        await page.browserContext().close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses a cross-site form post', async () => {
    const { page } = await fresh();
    const before = portal.mailBox.list('samuel.cote@courriel.example').length;
    await page.setContent(`<form method="post" action="${portal.url}/sign-in"><input name="email" value="samuel.cote@courriel.example"><button>go</button></form>`);
    const [response] = await Promise.all([page.waitForNavigation(), page.click('button')]);
    expect(response!.status()).toBe(403);
    expect(portal.mailBox.list('samuel.cote@courriel.example').length).toBe(before);
    await page.browserContext().close();
  });

  it('runs the seed flow across roles: approval email read in /mail, approved, sent, accepted, in My Files', async () => {
    // The approver approves the mandate waiting for them (API from their page: hon-mandate-review is not in this branch).
    const approver = await fresh();
    expect(await becomeByPicker(approver.page, (l) => l.includes('Marc'))).toBe('/approver');
    expect(await approver.page.$eval('main', (e) => e.textContent)).toContain('Atelier de co-design');
    const waiting = await api(approver.page, 'queries', 'listMandates', { status: 'pending_approval' });
    const item = (waiting.body.result!.items as { mandate: { id: string; title: string }; version: number }[])[0]!;
    // The approval request reached the approver by email when the seed submitted it.
    expect(portal.mailBox.list('marc.roy@unite.example').some((m) => m.links.some((l) => l.includes(`/mandates/${item.mandate.id}`)))).toBe(true);
    const approved = await api(approver.page, 'commands', 'approveMandate', { id: item.mandate.id, expectedVersion: item.version });
    expect(approved.status).toBe(200);
    // The lead sends it to the partner.
    const lead = await fresh();
    await becomeByPicker(lead.page, (l) => l.includes('Léa'));
    const sent = await api(lead.page, 'commands', 'sendMandate', { id: item.mandate.id });
    expect(sent.status).toBe(200);
    // Samuel reads the offer email in /mail and follows it; the portal sends him to his page after sign-in.
    const samuel = await fresh();
    await samuel.page.goto(`${portal.url}/mail?to=samuel.cote%40courriel.example`);
    const offerLink = await samuel.page.$$eval('.mail a', (as) => as.map((a) => a.getAttribute('href') ?? '').find((h) => h.includes('/mandates/')));
    expect(offerLink).toBeDefined();
    await becomeByPicker(samuel.page, (l) => l.includes('Samuel'));
    await samuel.page.goto(offerLink!);
    expect(new URL(samuel.page.url()).pathname).toBe('/partner');
    const accepted = await api(samuel.page, 'commands', 'acceptMandate', { id: item.mandate.id, acceptAgreement: true });
    expect(accepted.status).toBe(200);
    await samuel.page.reload();
    expect(await samuel.page.$eval('#files ~ *, hon-my-files', (e) => e.textContent)).toContain('Atelier de co-design');
    for (const s of [approver, lead, samuel]) {
      expect(s.problems).toEqual([]);
      await s.page.browserContext().close();
    }
  }, 120_000);
});
