// Inert text everywhere: formula starters, semicolons and tabs, bidirectional overrides and
// isolates, and a CRLF header injection in every free-text field of a partner's file, a mandate,
// a payment request and its approval, carried through the whole flow over HTTP (JSON both ways),
// out through a real SMTP server, the payroll CSV and the PDFs filed in My Files.
import type { Actor, HonorariaClient } from '@honoraria/core';
import { createHonoraria, createMemoryStorage, fixedClock, sequentialIds, staticDirectory } from '@honoraria/core';
import { createFetchHandler } from '@honoraria/adapters/http';
import { createRestClient } from '@honoraria/adapters/http/client';
import { createSmtpNotifier } from '@honoraria/adapters/smtp';
import { createPdfRenderer } from '@honoraria/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actors, ensureTestProject, framework, mandateTerms, staff } from '../../../packages/core/test/workflow/fixtures';
import type { SmtpTestServer } from '../../../packages/adapters/test/smtp/smtp-test-server';
import { startSmtpTestServer } from '../../../packages/adapters/test/smtp/smtp-test-server';
import { pdfToText } from '../../../packages/pdf/test/helpers/poppler';

/** Every hostile payload at once: formula starters after `;`, `,` and a tab, bidi controls, a header injection. */
const PAYLOAD = '=HYPERLINK("http://e.example");-2\t@A1,+3 \u202Egnp.exe\u202C \u2066i\u2069\r\nBcc: x@evil.example';
const field = (name: string) => `${PAYLOAD} ${name}`;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Reads CSV honouring quotes, splitting at `delimiter` (fr-CA Excel reads `;`-separated files). */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1);
    else cell += c;
  }
  return rows;
}

let server: SmtpTestServer;
let notifier: ReturnType<typeof createSmtpNotifier>;
let as: (actor: Actor) => HonorariaClient;

beforeAll(async () => {
  server = await startSmtpTestServer();
  notifier = createSmtpNotifier({ smtp: { ...server.connectionOptions(), pool: false }, from: { email: 'portail@unite.example', name: { fr: `Portail ${PAYLOAD}`, en: 'Portal' } } });
  const directory = staticDirectory(staff);
  const storage = createMemoryStorage();
  await ensureTestProject(storage);
  const service = createHonoraria({
    framework,
    storage,
    clock: fixedClock('2026-03-02T14:00:00Z'),
    ids: sequentialIds(),
    notifier,
    documents: createPdfRenderer({ directory }),
    directory,
    portalUrl: 'https://portail.example.org',
  });
  // Every call goes through the HTTP API: JSON requests and responses.
  const handler = createFetchHandler(service, { authenticate: (request) => JSON.parse(request.headers.get('x-test-actor') ?? 'null') as Actor | null });
  as = (actor) =>
    createRestClient({
      baseUrl: 'https://portail.example.org',
      headers: { 'x-test-actor': JSON.stringify(actor) },
      fetch: async (input, init) => handler(new Request(input, init)),
    });
});

afterAll(async () => {
  await notifier.close();
  await server.stop();
});

describe('hostile text in every free-text field', () => {
  it('stays data in JSON, never a header in email, never a formula in CSV, never a bidi control in a PDF', async () => {
    const file = await as(actors.secretariat).registerPartner({
      name: field('name'),
      legalName: field('legalName'),
      email: 'zoe@example.org',
      lang: 'fr',
      roles: ['patient'],
      address: { line1: field('line1'), line2: field('line2'), city: field('city'), region: 'QC', postalCode: 'J8X 1A1' },
      taxProfile: { sinStatus: 'provided', sin: '046454286', province: 'QC' },
      paymentProfile: { method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567', holderName: field('holder') } },
    });
    const partnerId = file.partner.id;
    // JSON: the text comes back exactly as given (it is data, stored and returned unchanged).
    expect(file.partner.name).toBe(field('name'));
    const partnerClient = as(actors.partner(partnerId));

    const lead = as(actors.lead);
    const drafted = await lead.createMandate(
      mandateTerms(partnerId, { title: field('title'), description: field('description'), role: field('role') }) as Parameters<HonorariaClient['createMandate']>[0],
    );
    const mandateId = drafted.mandate.id;
    expect(drafted.mandate.title).toBe(field('title'));
    await lead.submitMandate({ id: mandateId });
    await as(actors.approver).approveMandate({ id: mandateId });
    await lead.sendMandate({ id: mandateId });
    await partnerClient.acceptMandate({ id: mandateId, acceptAgreement: true });

    const created = await partnerClient.createPaymentRequest({
      mandateId,
      entries: [{ id: 'e1', date: '2026-03-10', category: 'meeting', minutes: 90, description: field('entry') }],
      expenses: [{ id: 'x1', date: '2026-03-10', type: 'mileage', km: 40, amountCents: 2000, description: field('expense') }],
    } as Parameters<HonorariaClient['createPaymentRequest']>[0]);
    const requestId = created.paymentRequest.id;
    await partnerClient.submitPaymentRequest({ id: requestId, attest: true, expectedVersion: created.version });
    await lead.approvePaymentRequest({ id: requestId, comment: field('comment') });
    const admin = as(actors.admin);
    await admin.forwardPaymentRequest({ id: requestId });

    // CSV: no cell starts a formula, whatever the reader's delimiter; the name is there, neutralized.
    const csv = await as(actors.finance).exportPayrollCsv({});
    expect(csv.rows).toBe(1);
    for (const delimiter of [',', ';', '\t']) {
      for (const row of parseCsv(csv.csv, delimiter)) for (const cell of row) expect(cell, `${delimiter}: ${JSON.stringify(cell)}`).not.toMatch(FORMULA_START);
    }
    expect(csv.csv.split(/[,;\t\r\n]/).filter((part) => /^"?[=+\-@]/.test(part))).toEqual([]);
    expect(parseCsv(csv.csv, ',')[1]).toContain(`'${field('legalName').replace(/([,;\t\r\n])(?=[=+\-@\t\r])/g, "$1'")}`);

    await admin.startPaymentProcessing({ id: requestId });
    await admin.markPaymentRequestPaid({ id: requestId, reference: 'EFT-0001' });

    // Email: one recipient per message, no injected header, no bidi control in any header.
    const mails = await server.waitForMessages(4);
    expect(mails.length).toBeGreaterThanOrEqual(4);
    for (const mail of mails) {
      expect(mail.envelope.to).toHaveLength(1);
      expect(mail.envelope.to[0]).not.toContain('evil');
      expect(mail.parsed.headers.has('bcc')).toBe(false);
      const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
      expect(head).not.toMatch(/^bcc:/im);
      for (const header of [mail.parsed.subject ?? '', mail.parsed.from?.text ?? '', mail.parsed.to === undefined ? '' : JSON.stringify(mail.parsed.to)]) {
        expect(header).not.toMatch(BIDI);
        expect(header).not.toMatch(/[\r\n]/);
      }
      expect(mail.parsed.text ?? '').not.toMatch(BIDI);
    }
    const quotingTitle = mails.filter((m) => (m.parsed.subject ?? '').includes('gnp.exe'));
    expect(quotingTitle.length).toBeGreaterThan(0);
    expect(quotingTitle[0]!.parsed.subject).toContain('Bcc: x@evil.example title');

    // PDF: every document filed for the partner renders, shows the text, and carries no bidi control.
    const files = await partnerClient.getMyFiles({});
    expect(files.documents.length).toBeGreaterThanOrEqual(2);
    for (const ref of files.documents) {
      const content = await partnerClient.getDocument({ id: ref.id });
      const text = pdfToText(Uint8Array.from(Buffer.from(content.base64, 'base64')));
      expect(text).toContain('gnp.exe');
      expect(text).not.toMatch(BIDI);
    }
  });
});
