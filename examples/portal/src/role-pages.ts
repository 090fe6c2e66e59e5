// The role pages: server-rendered facts for the signed-in person, read through the workflow
// service as that person (so the service authorizes them), each beside the `hon-*` tag a CMS
// page would embed.
import type { HonorariaClient, Lang } from '@honoraria/core';
import { formatDate } from '@honoraria/core';
import { html } from './html';
import type { Html } from './html';
import { component, section } from './layout';
import { t } from './messages';
import { money, statusLabel, table } from './pages-common';

/** What a role page reads. */
export interface RoleContext {
  readonly lang: Lang;
  readonly client: HonorariaClient;
  readonly now: Date;
}

/** The partner's page: my files, a new payment request, offers to answer, the profile. */
export async function partnerPage({ lang, client }: RoleContext): Promise<Html> {
  const files = await client.getMyFiles({});
  const mandates = [...files.mandates.active, ...files.mandates.past];
  const mandateRows = mandates.map((m) => [m.mandate.title, statusLabel('mandate', m.mandate.status, lang)]);
  const requestRows = files.paymentRequests.map((r) => [r.id, statusLabel('payment_request', r.status, lang), money(r.totalCents, r.currency, lang)]);
  const docs = files.documents.map((d) => html`<li><a href="/api/downloads/getDocument?input=${encodeURIComponent(JSON.stringify({ id: d.id }))}">${d.title?.[lang] ?? d.kind}</a></li>`);
  const offers = files.mandates.offers.map((m) => [m.mandate.title, statusLabel('mandate', m.mandate.status, lang)]);
  const first = files.mandates.active[0]?.mandate.id;
  return html`
${section('files', t(lang, 'my_files'), component('hon-my-files', lang, {}, html`
  ${table(lang, t(lang, 'mandates'), [t(lang, 'col_title'), t(lang, 'col_status')], mandateRows)}
  ${table(lang, t(lang, 'my_files'), ['#', t(lang, 'col_status'), t(lang, 'col_total')], requestRows)}
  ${docs.length === 0 ? null : html`<ul class="documents">${docs}</ul>`}
  <p>${money(files.yearToDate.totalCents, 'CAD', lang)} (${files.yearToDate.year})</p>`))}
${section('new-request', t(lang, 'new_request'), component('hon-payment-request-form', lang, first === undefined ? {} : { 'mandate-id': first }, html``))}
${section('offers', t(lang, 'offers'), component('hon-mandate-offer', lang, {}, table(lang, t(lang, 'offers'), [t(lang, 'col_title'), t(lang, 'col_status')], offers)))}
${section('profile', t(lang, 'profile'), component('hon-partner-profile', lang, { 'partner-id': files.partner.id }, html`<p>${files.partner.name}</p>`))}`;
}

/** The project lead's page: my mandates and a new mandate. */
export async function leadPage({ lang, client }: RoleContext): Promise<Html> {
  const page = await client.listMandates({ limit: 50 });
  const rows = page.items.map((m) => [m.mandate.title, statusLabel('mandate', m.mandate.status, lang)]);
  return html`
${section('mandates', t(lang, 'mandates'), component('hon-mandate-list', lang, {}, table(lang, t(lang, 'mandates'), [t(lang, 'col_title'), t(lang, 'col_status')], rows)))}
${section('new-mandate', t(lang, 'new_mandate'), component('hon-mandate-form', lang, {}, html``))}`;
}

/** The approver's page: the inbox of payment requests and the mandates waiting for approval. */
export async function approverPage({ lang, client }: RoleContext): Promise<Html> {
  const inbox = await client.listApproverInbox({});
  const rows = inbox.items.map((i) => [i.partnerName ?? i.partnerId, i.mandateTitle ?? i.mandateId, money(i.totalCents, i.currency, lang)]);
  const mandates = await client.listMandates({ status: 'pending_approval' });
  const mandateRows = mandates.items.map((m) => [m.mandate.title, statusLabel('mandate', m.mandate.status, lang)]);
  return html`
${section('inbox', t(lang, 'inbox'), component('hon-approver-inbox', lang, {}, html`
  ${table(lang, t(lang, 'inbox'), [t(lang, 'col_partner'), t(lang, 'col_title'), t(lang, 'col_total')], rows)}
  ${table(lang, t(lang, 'mandates'), [t(lang, 'col_title'), t(lang, 'col_status')], mandateRows)}`))}`;
}

/** Administration and finance: the queue, the tax year, the audit check. */
export async function adminPage({ lang, client, now }: RoleContext): Promise<Html> {
  const queue = await client.listAdminQueue({});
  const rows = queue.items.map((i) => [i.partnerName ?? i.partnerId, statusLabel('payment_request', i.status, lang), money(i.totalCents, i.currency, lang)]);
  const year = now.getUTCFullYear();
  const summary = await client.getTaxSummary({ year });
  const taxRows = summary.rows.map((r) => [r.partnerName ?? r.partnerId, money(r.taxableCents, 'CAD', lang), money(r.nonTaxableCents, 'CAD', lang), t(lang, r.thresholdCrossed ? 'yes' : 'no')]);
  const audit = await client.verifyAuditLog({});
  return html`
${section('queue', t(lang, 'queue'), component('hon-admin-queue', lang, {}, table(lang, t(lang, 'queue'), [t(lang, 'col_partner'), t(lang, 'col_status'), t(lang, 'col_total')], rows)))}
${section('tax', t(lang, 'tax_year', { year }), component('hon-tax-year', lang, { year: String(year) }, table(lang, t(lang, 'tax_year', { year }), [t(lang, 'col_partner'), t(lang, 'col_taxable'), t(lang, 'col_nontaxable'), t(lang, 'col_threshold')], taxRows)))}
${section('audit', t(lang, 'audit'), component('hon-audit-check', lang, {}, html`<p>${audit.valid ? t(lang, 'audit_ok', { n: audit.checked }) : t(lang, 'audit_bad', { n: audit.problems.length })}</p>`))}`;
}

/** The secretariat's partner directory. */
export async function secretariatPage({ lang, client }: RoleContext): Promise<Html> {
  const page = await client.listPartners({ limit: 200 });
  const rows = page.items.map((p) => [p.partner.name, p.partner.email ?? '—']);
  return html`${section('directory', t(lang, 'directory'), component('hon-partner-directory', lang, {}, table(lang, t(lang, 'directory'), [t(lang, 'col_partner'), t(lang, 'col_email')], rows)))}`;
}

/** The programme director's application desk. */
export async function directorPage({ lang, client }: RoleContext): Promise<Html> {
  const page = await client.listApplications({});
  const rows = page.items.map((a) => [a.application.applicant.name, statusLabel('application', a.application.status, lang), a.application.receivedAt === undefined ? '—' : formatDate(a.application.receivedAt.slice(0, 10), lang)]);
  return html`${section('desk', t(lang, 'desk'), component('hon-application-desk', lang, {}, table(lang, t(lang, 'desk'), [t(lang, 'col_partner'), t(lang, 'col_status'), t(lang, 'col_received')], rows)))}`;
}

/** The applicant's page: apply, and the status of their application. */
export async function applicantPage({ lang, client }: RoleContext): Promise<Html> {
  const page = await client.listApplications({});
  const rows = page.items.map((a) => [statusLabel('application', a.application.status, lang)]);
  return html`
${section('status', t(lang, 'status'), table(lang, t(lang, 'status'), [t(lang, 'col_status')], rows))}
${section('apply', t(lang, 'apply'), component('hon-volunteer-application', lang, {}, html`<p>${t(lang, 'volunteer_text')}</p>`))}`;
}
