import type { HonorariaClient, StorageAdapter } from '@honoraria/core';
import { createHonoraria, defineFramework, fixedClock, formatCents, formatDate, formatDuration, sequentialIds, staticDirectory } from '@honoraria/core';
import { MACHINE_LABELS } from '@honoraria/core/machines';
import { createPdfRenderer, verifyDocument } from '@honoraria/pdf';
import { ssaQuebecStyle } from '@honoraria/example-configs';
import type { Narrator } from './narrator';
import { ACTORS, nameOf, STAFF } from './staff';

/** What the compensated flow ends with, for tests. */
export interface SeedFlowResult {
  readonly partnerId: string;
  readonly mandateId: string;
  readonly requestId: string;
  readonly submittedTotalCents: number;
  readonly paidCents: number;
  readonly documents: readonly { readonly kind: string; readonly sha256: string; readonly fileName: string; readonly bytes: Uint8Array; readonly verified: boolean }[];
  readonly taxableCents: number;
  readonly auditValid: boolean;
  readonly auditEvents: number;
}

const statusLabel = (status: string, lang: 'fr' | 'en', machine: 'mandate' | 'payment_request' = 'mandate'): string =>
  (MACHINE_LABELS[machine].states as Record<string, { fr: string; en: string }>)[status]?.[lang] ?? status;

/**
 * The seed's process from end to end (Unité de soutien SSA Québec's guide): a project lead
 * drafts a mandate, the approver approves it, the partner accepts it with the master agreement,
 * the documents land in My Files, the partner submits a payment request with time entries and
 * mileage, the approver adjusts a line and approves, the administration forwards and pays, and
 * the year's tax summary follows.
 */
export async function runSeedFlow(options: {
  readonly storage: StorageAdapter;
  readonly narrator: Narrator;
}): Promise<SeedFlowResult> {
  const { narrator: say, storage } = options;
  const lang = say.lang;
  const framework = defineFramework(ssaQuebecStyle);
  const clock = fixedClock('2026-03-02T14:00:00Z');
  const directory = staticDirectory(STAFF);
  const service = createHonoraria({
    framework,
    storage,
    clock,
    ids: sequentialIds(),
    notifier: say.notifier,
    // The narrated demo prints each email under the step that caused it; a server keeps the
    // default (`'background'`): commands never wait for the mail server.
    autoDispatch: 'inline',
    // Mandates, the master agreement and paid requests are filed in My Files as PDFs.
    documents: createPdfRenderer({ directory }),
    directory,
    portalUrl: 'https://portail.unite.example',
  });
  const money = (cents: number) => formatCents(cents, framework.currency, lang);
  const as = (actor: Parameters<typeof service.as>[0]): HonorariaClient => service.as(actor);

  say.part('part_paid');

  // 1. The secretariat opens the partner's file.
  say.step('step_register', { partner: 'Zoé Tremblay' });
  const file = await as(ACTORS.secretariat).registerPartner({
    name: 'Zoé Tremblay',
    email: 'zoe.tremblay@courriel.example',
    lang: 'fr',
    roles: ['patient', 'caregiver'],
    taxProfile: { sinStatus: 'provided', sin: '046454286', province: 'QC' },
    paymentProfile: { method: 'direct_deposit', bank: { institution: '815', transit: '30105', account: '4412345' } },
    idempotencyKey: 'register-zoe',
  });
  const partnerId = file.partner.id;
  say.say('sin_masked', { sin: file.taxProfile?.sin ?? '—' });

  // 2. The project lead drafts the mandate.
  const title = lang === 'fr' ? 'Comité des usagers — projet Équité en soins' : 'User committee — Equity in care project';
  say.step('step_draft', { lead: nameOf('u_lead'), title });
  const lead = as(ACTORS.lead);
  // The project the mandate belongs to: its name, cost centre and budget (the lead leads it).
  const { project } = await lead.createProject({
    title: lang === 'fr' ? 'Équité en soins' : 'Equity in care',
    type: 'research',
    costCentre: 'FRQS-2026-117',
    budgetCents: 1_200_000,
    idempotencyKey: 'project-equite',
  });
  let mandate = await lead.createMandate({
    partnerId,
    projectId: project.id,
    approverUserId: 'u_approver',
    title,
    role: lang === 'fr' ? 'Membre patiente partenaire' : 'Patient partner member',
    engagementLevel: 'partner',
    activities: [
      { category: 'meeting', estimatedMinutes: 480, description: lang === 'fr' ? 'Quatre réunions du comité' : 'Four committee meetings' },
      { category: 'preparation', estimatedMinutes: 120 },
    ],
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    estimatedMinutes: 600,
    budgetCapCents: 50_000,
    allowedCategories: ['meeting', 'preparation', 'document_review'],
    idempotencyKey: 'draft-mandate-1',
  });
  say.say('mandate_terms', {
    start: formatDate('2026-03-01', lang),
    end: formatDate('2026-12-31', lang),
    minutes: formatDuration(600, lang),
    budget: money(50_000),
  });

  // 3. Submitted for approval: the approver gets an email.
  say.step('step_submit', { lead: nameOf('u_lead') });
  mandate = await lead.submitMandate({ id: mandate.mandate.id, expectedVersion: mandate.version });
  say.say('status', { from: statusLabel('draft', lang), to: statusLabel(mandate.mandate.status, lang) });

  // 4. The approver approves: the rate schedule in force is frozen into the mandate.
  clock.set('2026-03-03T15:00:00Z');
  say.step('step_approve', { approver: nameOf('u_approver') });
  mandate = await as(ACTORS.approver).approveMandate({ id: mandate.mandate.id, expectedVersion: mandate.version, idempotencyKey: 'approve-mandate-1' });
  for (const rule of mandate.mandate.rateSnapshot?.rules ?? []) {
    say.say('rate_frozen', { rule: rule.label[lang], rate: `${money(rule.amountCents)}/h` });
  }

  // 5. Sent to the partner, with the master agreement on a first mandate.
  say.step('step_send', { lead: nameOf('u_lead'), partner: 'Zoé Tremblay' });
  mandate = await lead.sendMandate({ id: mandate.mandate.id, expectedVersion: mandate.version });

  // 6. The partner accepts both in one step; the documents land in My Files.
  clock.set('2026-03-04T23:10:00Z');
  say.step('step_accept', { partner: 'Zoé Tremblay' });
  const zoe = as(ACTORS.partner(partnerId));
  const accepted = await zoe.acceptMandate({ id: mandate.mandate.id, acceptAgreement: true, expectedVersion: mandate.version });
  say.say('status', { from: statusLabel('sent_to_partner', lang), to: statusLabel(accepted.mandate.status, lang) });
  const filesAfterAccept = await zoe.getMyFiles({});
  for (const doc of filesAfterAccept.documents) {
    say.say('filed', { title: doc.title?.[lang] ?? doc.kind, bytes: doc.size ?? 0, hash: doc.sha256.slice(0, 16) });
  }

  // 7. The partner submits a payment request: time entries and mileage.
  clock.set('2026-03-31T13:00:00Z');
  say.step('step_request', { partner: 'Zoé Tremblay' });
  const draft = await zoe.createPaymentRequest({
    mandateId: accepted.mandate.id,
    entries: [
      { id: 'ent_prep', date: '2026-03-09', category: 'preparation', minutes: 45, units: 1, description: lang === 'fr' ? 'Lecture du dossier' : 'Reading the brief' },
      { id: 'ent_meet1', date: '2026-03-10', category: 'meeting', minutes: 120, units: 1 },
      { id: 'ent_meet2', date: '2026-03-24', category: 'meeting', minutes: 90, units: 1 },
    ],
    expenses: [{ id: 'exp_km', date: '2026-03-10', type: 'mileage', km: 42, quantity: 1, receiptIds: [], preApproved: false }],
    idempotencyKey: 'request-march',
  });
  const submitted = await zoe.submitPaymentRequest({ id: draft.paymentRequest.id, attest: true, expectedVersion: draft.version, idempotencyKey: 'submit-march' });
  const quote = submitted.paymentRequest.quote!;
  for (const line of quote.lines) say.say('line', { date: line.date ?? '', explanation: line.explanation[lang], amount: money(line.cents) });
  for (const line of quote.expenseLines) {
    say.say('line', { date: line.date, explanation: line.explanation[lang], amount: money(line.cents) });
  }
  say.say('totals', { comp: money(quote.compensationCents), exp: money(quote.expenseCents), total: money(quote.totalCents), taxable: money(quote.taxableCents) });
  for (const w of quote.warnings) say.say('warning', { message: w.message[lang] });

  // 8. The approver (the mandate's initiator, by the framework) adjusts one line and approves.
  clock.set('2026-04-01T14:00:00Z');
  say.step('step_review', { approver: nameOf('u_lead') });
  const inbox = await lead.listApproverInbox({});
  const item = inbox.items.find((i) => i.id === draft.paymentRequest.id)!;
  const comment = lang === 'fr' ? 'La réunion a duré 1 h 45 selon le procès-verbal.' : 'The meeting lasted 1 h 45 per the minutes.';
  const approved = await lead.approvePaymentRequest({
    id: draft.paymentRequest.id,
    expectedVersion: item.version,
    decisions: [{ lineId: 'ent_meet1', decision: 'adjusted', adjustedMinutes: 105, comment }],
    idempotencyKey: 'approve-march',
  });
  say.say('adjusted', { minutes: formatDuration(105, lang), before: formatDuration(120, lang), comment });
  const final = approved.paymentRequest.quote!;
  say.say('totals', { comp: money(final.compensationCents), exp: money(final.expenseCents), total: money(final.totalCents), taxable: money(final.taxableCents) });

  // 9. The administration forwards the request and pays it by direct deposit.
  clock.set('2026-04-02T15:00:00Z');
  say.step('step_admin');
  const admin = as(ACTORS.admin);
  await admin.forwardPaymentRequest({ id: draft.paymentRequest.id, idempotencyKey: 'forward-march' });
  await admin.startPaymentProcessing({ id: draft.paymentRequest.id });
  clock.set('2026-04-09T15:00:00Z');
  const paid = await admin.markPaymentRequestPaid({ id: draft.paymentRequest.id, reference: 'DD-2026-04-0042', idempotencyKey: 'paid-march' });
  say.say('paid', { amount: money(paid.paymentRequest.quote?.totalCents ?? 0), reference: 'DD-2026-04-0042' });

  // 10. My Files, as the partner sees them.
  say.step('step_files', { partner: 'Zoé Tremblay' });
  const files = await zoe.getMyFiles({});
  for (const m of [...files.mandates.active, ...files.mandates.past]) say.say('files_mandate', { title: m.mandate.title, status: statusLabel(m.mandate.status, lang) });
  for (const r of files.paymentRequests) {
    say.say('files_request', { id: r.id, total: money(r.totalCents ?? 0), history: r.history.map((h) => statusLabel(h.toState ?? '', lang, 'payment_request')).join(' → ') });
  }
  const documents: SeedFlowResult['documents'][number][] = [];
  for (const d of files.documents) {
    // Downloaded as a partner would, then checked against the hash the workflow filed.
    const download = await zoe.getDocument({ id: d.id });
    const bytes = Uint8Array.from(atob(download.base64), (c) => c.charCodeAt(0));
    const check = await verifyDocument(bytes, { expectedSha256: d.sha256 });
    documents.push({ kind: d.kind, sha256: d.sha256, fileName: `${d.kind}-${d.id}.pdf`, bytes, verified: check.valid });
    say.say('files_document', { title: d.title?.[lang] ?? d.kind, pages: '', check: say.t(check.valid ? 'verified' : 'altered') });
  }
  say.say('files_ytd', { year: files.yearToDate.year, total: money(files.yearToDate.totalCents), taxable: money(files.yearToDate.taxableCents), nontaxable: money(files.yearToDate.nonTaxableCents) });

  // 11. The year's tax summary.
  say.step('step_tax', { year: 2026 });
  const summary = await as(ACTORS.finance).getTaxSummary({ year: 2026 });
  for (const row of summary.rows) {
    say.say('tax_row', {
      partner: row.partnerName ?? row.partnerId,
      taxable: money(row.taxableCents),
      nontaxable: money(row.nonTaxableCents),
      crossed: say.t(row.thresholdCrossed ? 'tax_crossed' : 'tax_not_crossed'),
    });
  }

  // 12. The audit chain verifies.
  say.step('step_audit');
  const audit = await admin.verifyAuditLog({});
  if (audit.valid) say.say('audit_ok', { checked: audit.checked });
  else say.say('audit_bad', { problems: audit.problems.length });

  return {
    partnerId,
    mandateId: accepted.mandate.id,
    requestId: draft.paymentRequest.id,
    submittedTotalCents: quote.totalCents,
    paidCents: paid.paymentRequest.quote?.totalCents ?? 0,
    documents,
    taxableCents: files.yearToDate.taxableCents,
    auditValid: audit.valid,
    auditEvents: audit.checked,
  };
}
