// The seed flow, through HTTP: a project lead drafts a mandate, the approver approves it, the
// partner accepts it with the master agreement, the documents are filed in My Files, the partner
// submits a payment request with time entries and mileage, the approver adjusts one line and
// approves, the administration forwards it and marks it paid, and finance reads the year's tax
// summary. The same scenario runs in process on a twin service: results, errors, stored records,
// the audit log and notifications must be identical.
import type { Actor, HonorariaClient } from '@honoraria/core';
import { HonorariaError, sha256Hex } from '@honoraria/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryStorage } from '../../../core/src/storage/memory-storage';
import { createMemoryStorage } from '../../../core/src/storage/memory-storage';
import type { TestWorld } from '../../../core/test/workflow/fixtures';
import { actors, createWorld, mandateTerms, TEST_SIN } from '../../../core/test/workflow/fixtures';
import { downloadUrl } from '../../src/http/client/download-url';
import { createRestClient } from '../../src/http/client/rest-client';
import type { TestServer } from './http-fixture';
import { send, startServer, tokenAuth } from './http-fixture';

/** One step of the scenario: its result or the error a caller could observe. */
interface Step {
  readonly step: string;
  readonly result?: unknown;
  readonly error?: unknown;
}

function observe(error: unknown): unknown {
  if (!(error instanceof HonorariaError)) throw error;
  return { code: error.code, message: error.message, messages: error.messages, issues: error.issues, details: error.details };
}

/** What happened in a scenario, step by step, and the values later assertions need. */
interface Run {
  readonly steps: Step[];
  readonly partnerId: string;
  readonly requestId: string;
}

/**
 * The seed flow, written once against the client interface: `as(actor)` gives either
 * `service.as(actor)` or a REST client authenticated as that actor.
 */
async function seedFlow(as: (actor: Actor) => HonorariaClient, world: TestWorld): Promise<Run> {
  const steps: Step[] = [];
  const ok = async <T>(step: string, call: () => Promise<T>): Promise<T> => {
    const result = await call().catch((e: unknown) => {
      throw new Error(`${step}: ${JSON.stringify(e instanceof HonorariaError ? e.toJSON() : String(e))}`);
    });
    steps.push({ step, result });
    return result;
  };
  const refused = async (step: string, call: () => Promise<unknown>): Promise<void> => {
    const error = await call().then(
      () => null,
      (e: unknown) => observe(e),
    );
    steps.push({ step, error });
  };

  // The secretariat opens the partner's file (SIN and bank details kept apart, redacted for others).
  const registered = await ok('registerPartner', () =>
    as(actors.secretariat).registerPartner({
      name: 'Zoé Tremblay',
      email: 'zoe@example.org',
      lang: 'fr',
      roles: ['patient'],
      taxProfile: { sinStatus: 'provided', sin: TEST_SIN, province: 'QC' },
      paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567' } },
      idempotencyKey: 'register-zoe',
    }),
  );
  const partnerId = registered.partner.id;
  const partner = as(actors.partner(partnerId));
  const lead = as(actors.lead);
  const approver = as(actors.approver);
  const admin = as(actors.admin);

  // The project lead drafts the mandate (a retry with the same key changes nothing) and submits it.
  const project = await ok('createProject', () => lead.createProject({ title: 'Comité des usagers 2026', type: 'governance', costCentre: 'CC-4410', budgetCents: 500_000, idempotencyKey: 'project-1' }));
  const terms = { ...mandateTerms(partnerId, { projectId: project.project.id }), idempotencyKey: 'draft-1' } as Parameters<HonorariaClient['createMandate']>[0];
  const drafted = await ok('createMandate', () => lead.createMandate(terms));
  await ok('createMandate (retry)', () => lead.createMandate(terms));
  const mandateId = drafted.mandate.id;
  await ok('submitMandate', () => lead.submitMandate({ id: mandateId, expectedVersion: drafted.version }));
  await refused('approveMandate by the partner', () => partner.approveMandate({ id: mandateId }));
  await refused('approveMandate with a stale version', () => approver.approveMandate({ id: mandateId, expectedVersion: drafted.version }));
  await ok('approveMandate', () => approver.approveMandate({ id: mandateId, idempotencyKey: 'approve-mandate-1' }));
  await ok('sendMandate', () => lead.sendMandate({ id: mandateId }));
  await refused('getMandate by another partner', () => as(actors.partner('ptn_other')).getMandate({ id: mandateId }));

  // The partner accepts the mandate and the master agreement in one step; both are filed.
  world.clock.set('2026-03-03T15:00:00Z');
  await ok('acceptMandate', () => partner.acceptMandate({ id: mandateId, acceptAgreement: true }));
  const files = await ok('getMyFiles (after acceptance)', () => partner.getMyFiles({}));
  for (const document of files.documents) {
    await ok(`getDocument ${document.kind}`, () => partner.getDocument({ id: document.id }));
  }

  // The partner claims two meetings and mileage, and submits.
  world.clock.set('2026-03-20T15:00:00Z');
  const created = await ok('createPaymentRequest', () =>
    partner.createPaymentRequest({
      mandateId,
      entries: [
        { id: 'ent_meeting', date: '2026-03-10', category: 'meeting', minutes: 90, units: 1 },
        { id: 'ent_prep', date: '2026-03-12', category: 'preparation', minutes: 50, units: 1 },
      ],
      expenses: [{ id: 'exp_km', date: '2026-03-10', type: 'mileage', km: 40, quantity: 1, receiptIds: [], preApproved: false }],
      idempotencyKey: 'claim-march',
    }),
  );
  const requestId = created.paymentRequest.id;
  await refused('submitPaymentRequest without attesting', () => partner.submitPaymentRequest({ id: requestId, attest: false as true, expectedVersion: created.version }));
  const submitted = await ok('submitPaymentRequest', () => partner.submitPaymentRequest({ id: requestId, attest: true, expectedVersion: created.version }));
  await refused('approvePaymentRequest by the payee', () => partner.approvePaymentRequest({ id: requestId }));

  // The approver of payment requests (the project lead, per the approval policy) adjusts the meeting.
  await ok('listApproverInbox', () => lead.listApproverInbox({}));
  await ok('approvePaymentRequest (one line adjusted)', () =>
    lead.approvePaymentRequest({
      id: requestId,
      expectedVersion: submitted.version,
      decisions: [{ lineId: 'ent_meeting', decision: 'adjusted', adjustedMinutes: 60, comment: 'La réunion a duré une heure.' }],
      idempotencyKey: 'approve-claim-march',
    }),
  );
  await refused('markPaymentRequestPaid before forwarding', () => admin.markPaymentRequestPaid({ id: requestId, reference: 'EFT-0001' }));

  // The administration forwards it, sends it for payment and records the payment.
  world.clock.set('2026-03-25T15:00:00Z');
  await ok('listAdminQueue', () => admin.listAdminQueue({}));
  await ok('forwardPaymentRequest', () => admin.forwardPaymentRequest({ id: requestId }));
  await ok('startPaymentProcessing', () => admin.startPaymentProcessing({ id: requestId }));
  await ok('markPaymentRequestPaid', () => admin.markPaymentRequestPaid({ id: requestId, reference: 'EFT-0001', idempotencyKey: 'paid-claim-march' }));

  // What everyone sees afterwards.
  await ok('getPaymentRequest', () => partner.getPaymentRequest({ id: requestId }));
  await ok('getMyFiles (after payment)', () => partner.getMyFiles({ year: 2026 }));
  await ok('getTaxSummary (finance)', () => as(actors.finance).getTaxSummary({ year: 2026 }));
  await ok('getTaxSummary (partner)', () => partner.getTaxSummary({ year: 2026 }));
  await refused('getTaxSummary by the project lead', () => lead.getTaxSummary({ year: 2026 }));
  await ok('history of the request', () => partner.getHistory({ subjectType: 'payment_request', subjectId: requestId }));
  await ok('verifyAuditLog', () => admin.verifyAuditLog({}));
  return { steps, partnerId, requestId };
}

const tokens = tokenAuth();
const local = createWorld({ storage: createMemoryStorage() });
const remote = createWorld({ storage: createMemoryStorage() });
let server: TestServer;
let viaHttp: Run;
let inProcess: Run;

beforeAll(async () => {
  server = await startServer(remote.service, { authenticate: (request) => tokens.authenticate(request), basePath: '/api/honoraria' });
  viaHttp = await seedFlow((actor) => createRestClient({ baseUrl: `${server.url}/api/honoraria`, headers: () => tokens.header(actor) }), remote);
  inProcess = await seedFlow((actor) => local.service.as(actor), local);
});
afterAll(() => server.close());

// The scenario's results are read as the JSON a portal would get; `any` keeps the assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const resultOf = (run: Run, step: string): any => run.steps.find((s) => s.step === step)?.result;

describe('the seed flow through HTTP', () => {
  it('gives the same result or error at every step as in process', () => {
    expect(viaHttp.steps.map((s) => s.step)).toEqual(inProcess.steps.map((s) => s.step));
    for (let i = 0; i < inProcess.steps.length; i++) expect(viaHttp.steps[i], inProcess.steps[i]?.step).toEqual(inProcess.steps[i]);
  });

  it('leaves the same records, audit log, blobs and notifications behind', () => {
    const a = (remote.storage as MemoryStorage).snapshot();
    const b = (local.storage as MemoryStorage).snapshot();
    expect(a.records).toEqual(b.records);
    expect(a.audit).toEqual(b.audit);
    expect(a.blobs).toEqual(b.blobs);
    expect(a.idempotency).toEqual(b.idempotency);
    expect(remote.notifier.sent).toEqual(local.notifier.sent);
    expect(remote.notifier.sent.length).toBeGreaterThan(0);
  });

  it('refuses what it must, with the right codes', () => {
    const errors = Object.fromEntries(viaHttp.steps.filter((s) => s.error !== undefined).map((s) => [s.step, (s.error as { code: string }).code]));
    expect(errors).toEqual({
      'approveMandate by the partner': 'forbidden',
      'approveMandate with a stale version': 'conflict',
      'getMandate by another partner': 'not_found',
      'submitPaymentRequest without attesting': 'validation_failed',
      'approvePaymentRequest by the payee': 'forbidden',
      'markPaymentRequestPaid before forwarding': 'invalid_transition',
      'getTaxSummary by the project lead': 'forbidden',
    });
  });

  it('files the mandate and the master agreement in My Files, with their SHA-256', () => {
    const files = resultOf(viaHttp, 'getMyFiles (after acceptance)');
    expect(files.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['mandate', 'master_agreement']);
    for (const document of files.documents) {
      const content = resultOf(viaHttp, `getDocument ${document.kind}`);
      const bytes = Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
      expect(sha256Hex(bytes)).toBe(document.sha256);
      expect(new TextDecoder().decode(bytes)).toContain(`kind: ${document.kind}`);
    }
  });

  it('retries with an idempotency key change nothing', () => {
    expect(resultOf(viaHttp, 'createMandate (retry)')).toEqual(resultOf(viaHttp, 'createMandate'));
  });

  it('pays the adjusted amount and reports it in the tax summary', () => {
    const paid = resultOf(viaHttp, 'getPaymentRequest');
    expect(paid.paymentRequest.status).toBe('paid');
    // 60 min (adjusted) + 50 min of preparation rounded up to 60 at $40/h = $80.00; 40 km at $0.50 = $20.00.
    const files = resultOf(viaHttp, 'getMyFiles (after payment)');
    expect(files.yearToDate).toMatchObject({ year: 2026, taxableCents: 8_000, nonTaxableCents: 2_000, totalCents: 10_000, payments: 1 });
    const summary = resultOf(viaHttp, 'getTaxSummary (finance)');
    const row = summary.rows.find((r: { partnerId: string }) => r.partnerId === viaHttp.partnerId);
    // $80.00 is under the $500 T4A threshold: no slip due.
    expect(row).toMatchObject({ partnerName: 'Zoé Tremblay', taxableCents: 8_000, nonTaxableCents: 2_000, byForm: { cash: 8_000 }, payments: 1, thresholdCrossed: false, sinMissing: false, slips: [] });
    expect(resultOf(viaHttp, 'verifyAuditLog')).toMatchObject({ valid: true });
  });

  it('never sends a SIN or bank details to the partner’s views or the lead', async () => {
    for (const step of viaHttp.steps) {
      if (step.step.startsWith('getTaxSummary (finance)') || step.step === 'registerPartner') continue;
      const text = JSON.stringify(step);
      expect(text, step.step).not.toContain(TEST_SIN);
      expect(text, step.step).not.toContain('1234567');
    }
    const lead = await send(`${server.url}/api/honoraria/queries/getPaymentRequest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...tokens.header(actors.lead) },
      body: JSON.stringify({ id: viaHttp.requestId }),
    });
    expect(lead.status).toBe(200);
    expect(JSON.stringify(lead.body)).not.toContain(TEST_SIN);
  });

  it('downloads a document of My Files as a file, for its partner only', async () => {
    const files = resultOf(viaHttp, 'getMyFiles (after acceptance)');
    const document = files.documents.find((d: { kind: string }) => d.kind === 'mandate');
    const url = downloadUrl(`${server.url}/api/honoraria`, 'getDocument', { id: document.id });
    const response = await fetch(url, { headers: tokens.header(actors.partner(viaHttp.partnerId)) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="mandate-${document.id}.txt"`);
    expect(sha256Hex(new Uint8Array(await response.arrayBuffer()))).toBe(document.sha256);
    const other = await send(url, { headers: tokens.header(actors.partner('ptn_other')) });
    expect([other.status, other.body?.error?.code]).toEqual([404, 'not_found']);
    const lead = await send(url, { headers: tokens.header(actors.lead) });
    expect([lead.status, lead.body?.error?.code]).toEqual([403, 'forbidden']);
  });

  it('accepts the Idempotency-Key header for a command', async () => {
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'draft-1', ...tokens.header(actors.lead) };
    const body = JSON.stringify(mandateTerms(viaHttp.partnerId, { projectId: resultOf(viaHttp, 'createProject').project.id }));
    const retried = await send(`${server.url}/api/honoraria/commands/createMandate`, { method: 'POST', headers, body });
    expect(retried.status).toBe(200);
    expect(retried.body?.result).toEqual(JSON.parse(JSON.stringify(resultOf(viaHttp, 'createMandate'))));
  });
});
