// The workflow with the PDF renderer: the service accepts a mandate (with the master agreement)
// and pays a request; My Files then holds real PDFs whose SHA-256 is the one on record.
import { sha256Hex, staticDirectory } from '@honoraria/core';
import type { DocumentRef } from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { actors, createWorld, mandateAt, registerTestPartner, staff } from '../../../core/test/workflow/fixtures';
import { createPdfRenderer, verifyDocument } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { textOf } from '../documents/expect-text';
import { NAMES } from '../documents/fixtures';

async function bytesOf(world: ReturnType<typeof createWorld>, partnerId: string, doc: DocumentRef): Promise<Uint8Array> {
  const content = await world.service.as(actors.partner(partnerId)).getDocument({ id: doc.id });
  expect(content.contentType).toBe('application/pdf');
  return new Uint8Array(Buffer.from(content.base64, 'base64'));
}

describe('createPdfRenderer in the workflow', () => {
  it('files the accepted mandate, the master agreement and the paid request as verifiable PDFs in My Files', async () => {
    const world = createWorld({ documents: createPdfRenderer({ directory: staticDirectory(staff), creator: 'Portail partenaires' }) });
    const partnerId = await registerTestPartner(world, { name: NAMES.inuktitut, lang: 'en' });
    const mandate = await mandateAt(world, partnerId, 'active');

    world.clock.set('2026-04-01T14:00:00Z');
    const partner = world.service.as(actors.partner(partnerId));
    const draft = await partner.createPaymentRequest({
      mandateId: mandate.id,
      entries: [{ id: 'ent_1', date: '2026-03-10', category: 'meeting', minutes: 90, units: 1, description: 'Comité des usagers' }],
      expenses: [{ id: 'exp_1', date: '2026-03-10', type: 'mileage', km: 40, quantity: 1, receiptIds: [], preApproved: false }],
    });
    await partner.submitPaymentRequest({ id: draft.paymentRequest.id, attest: true, expectedVersion: draft.version });
    await world.service.as(actors.lead).approvePaymentRequest({ id: draft.paymentRequest.id, decisions: [{ lineId: 'ent_1', decision: 'adjusted', adjustedMinutes: 75, comment: 'Arrivée tardive.' }] });
    const admin = world.service.as(actors.admin);
    await admin.forwardPaymentRequest({ id: draft.paymentRequest.id });
    await admin.startPaymentProcessing({ id: draft.paymentRequest.id });
    await admin.markPaymentRequestPaid({ id: draft.paymentRequest.id, reference: 'EFT-2026-0001' });

    const files = await partner.getMyFiles({});
    expect(files.documents.map((d) => [d.kind, d.contentType, d.lang])).toEqual([
      ['mandate', 'application/pdf', 'en'],
      ['master_agreement', 'application/pdf', 'en'],
      ['payment_request', 'application/pdf', 'en'],
    ]);
    const texts: string[] = [];
    for (const doc of files.documents) {
      const bytes = await bytesOf(world, partnerId, doc);
      expect(sha256Hex(bytes)).toBe(doc.sha256);
      expect(bytes.byteLength).toBe(doc.size);
      expect(await verifyDocument(bytes, { expectedSha256: doc.sha256 })).toMatchObject({ valid: true, fileSha256: doc.sha256 });
      expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
      expect(pdfInfo(bytes).Creator).toBe('Portail partenaires');
      const text = textOf(bytes);
      expect(text).toContain(NAMES.inuktitut);
      texts.push(text);
    }
    const [mandateText, agreementText, requestText] = texts as [string, string, string];
    expect(files.documents[0]!.title).toEqual({ fr: 'Mandat de partenaire', en: 'Partner mandate' });
    expect(mandateText).toContain('Comité des usagers');
    // The mandate names its project (the service hands the stored project to the renderer), not its id.
    expect(mandateText).toContain('Comité des usagers 2026 (governance)');
    expect(mandateText).toContain('CC-4410');
    expect(mandateText).toContain('Drafted by Léa Gagnon');
    expect(mandateText).toContain('Audit trail');
    // The audit page names staff from the directory, and the partner by name.
    expect(mandateText).toContain('Léa Gagnon Mandate drafted — → Draft');
    expect(mandateText).toContain('Marc Roy Mandate approved Awaiting approval → Approved');
    expect(mandateText).toContain(`${NAMES.inuktitut} Accepted by the partner`);
    expect(agreementText).toContain('Master partnership agreement');
    expect(agreementText).toContain('This agreement creates no employment relationship.');
    expect(agreementText).toContain('Agreement accepted');
    expect(requestText).toContain('Payment request');
    expect(requestText).toContain('Adjusted');
    expect(requestText).toContain('Arrivée tardive.');
    expect(requestText).toContain('Paid');
    expect(requestText).toContain('Payment made');
  });

  it('renders the same bytes for the same request and instant, as a retried command needs', async () => {
    const texts: Uint8Array[] = [];
    for (let i = 0; i < 2; i++) {
      const recorded: Uint8Array[] = [];
      const renderer = createPdfRenderer();
      const world = createWorld({ documents: { render: async (request, options) => { const out = await renderer.render(request, options); recorded.push(out.bytes); return out; } } });
      const partnerId = await registerTestPartner(world);
      await mandateAt(world, partnerId, 'active');
      expect(recorded).toHaveLength(2);
      texts.push(recorded[0]!);
    }
    expect(Buffer.from(texts[0]!).equals(Buffer.from(texts[1]!))).toBe(true);
  });
});
