import { beforeEach, describe, expect, it } from 'vitest';
import { actors } from '../fixtures';
import { createPaymentWorld, OMAR, seedActiveMandate, seedPartner, submitRequest, WORKED, ZOE } from './payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;
const zoe = actors.partner(ZOE);
const omar = actors.partner(OMAR);
const pdf = new TextEncoder().encode('%PDF-1.7 reçu de stationnement');

describe('attachReceipt', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld({ framework: { expensePolicy: { allowedTypes: ['mileage', 'parking', 'transit'], kmRateCents: 50, receiptsRequired: true, receiptMaxBytes: 64, receiptTypes: ['application/pdf', 'image/png'] } as never } });
    await seedPartner(world, { id: ZOE });
    await seedPartner(world, { id: OMAR, lang: 'en' });
    await seedActiveMandate(world, { id: 'mnd_1' });
  });

  it('stores the bytes as a blob, files a receipt in My Files and links it to the expense', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const expenseId = created.paymentRequest.expenses[0]!.id;
    const result = await world.service.as(zoe).attachReceipt({ id: created.paymentRequest.id, expectedVersion: created.version, expenseId, fileName: 'recu.pdf', contentType: 'application/pdf', bytes: pdf });
    expect(result.version).toBe(created.version + 1);
    expect(result.document).toMatchObject({ kind: 'receipt', partnerId: ZOE, contentType: 'application/pdf', size: pdf.byteLength, subjectRef: { type: 'payment_request', id: created.paymentRequest.id } });
    expect(result.paymentRequest.expenses[0]!.receiptIds).toEqual([result.document.id]);
    const blob = await world.storage.getBlob(result.document.blobId);
    expect(new TextDecoder().decode(blob!.bytes)).toBe('%PDF-1.7 reçu de stationnement');
    const files = await world.service.as(zoe).getMyFiles({});
    expect(files.documents.map((d) => d.id)).toContain(result.document.id);
    const again = await world.service.as(zoe).getPaymentRequest({ id: created.paymentRequest.id });
    expect(again.paymentRequest.expenses[0]!.receiptIds).toEqual([result.document.id]);
  });

  it('refuses a type, a size or an expense the framework or the request does not allow, and changes nothing', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const id = created.paymentRequest.id;
    const expenseId = created.paymentRequest.expenses[0]!.id;
    const base = { id, expenseId, fileName: 'x', contentType: 'application/pdf', bytes: pdf };
    await expect(world.service.as(zoe).attachReceipt({ ...base, contentType: 'text/html' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ code: 'receipt_type' }] });
    await expect(world.service.as(zoe).attachReceipt({ ...base, bytes: new Uint8Array(65) })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ code: 'receipt_size' }] });
    await expect(world.service.as(zoe).attachReceipt({ ...base, bytes: new Uint8Array(0) })).rejects.toMatchObject({ issues: [{ code: 'receipt_empty' }] });
    await expect(world.service.as(zoe).attachReceipt({ ...base, expenseId: 'exp_nope' })).rejects.toMatchObject({ issues: [{ code: 'unknown_expense' }] });
    await expect(world.service.as(zoe).attachReceipt({ ...base, expectedVersion: created.version + 5 })).rejects.toMatchObject({ code: 'conflict' });
    expect((await world.storage.list('documents')).items).toHaveLength(0);
    expect((await world.service.as(zoe).getPaymentRequest({ id })).version).toBe(created.version);
  });

  it('is authorized to the partner owner only', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const input = { id: created.paymentRequest.id, expenseId: created.paymentRequest.expenses[0]!.id, fileName: 'r.pdf', contentType: 'application/pdf', bytes: pdf };
    await expect(world.service.as(omar).attachReceipt(input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.lead).attachReceipt(input)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await world.storage.list('documents')).items).toHaveLength(0);
  });

  it('replays an idempotent retry without a second receipt', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const input = { id: created.paymentRequest.id, expenseId: created.paymentRequest.expenses[0]!.id, fileName: 'r.pdf', contentType: 'application/pdf', bytes: pdf, idempotencyKey: 'k-1' };
    const first = await world.service.as(zoe).attachReceipt(input);
    const second = await world.service.as(zoe).attachReceipt(input);
    expect(second.document.id).toBe(first.document.id);
    expect((await world.storage.list('documents')).items).toHaveLength(1);
  });
});

describe('deletePaymentRequestDraft', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE });
    await seedPartner(world, { id: OMAR, lang: 'en' });
    await seedActiveMandate(world, { id: 'mnd_1' });
  });

  it('removes the draft and its receipts from storage and from My Files; the audit keeps the deletion', async () => {
    const created = await world.service.as(zoe).createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    const id = created.paymentRequest.id;
    const attached = await world.service.as(zoe).attachReceipt({ id, expenseId: created.paymentRequest.expenses[0]!.id, fileName: 'r.pdf', contentType: 'application/pdf', bytes: pdf });
    await expect(world.service.as(omar).deletePaymentRequestDraft({ id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(zoe).deletePaymentRequestDraft({ id, expectedVersion: created.version })).rejects.toMatchObject({ code: 'conflict' });
    const deleted = await world.service.as(zoe).deletePaymentRequestDraft({ id, expectedVersion: attached.version });
    expect(deleted.deleted).toBe(true);
    await expect(world.service.as(zoe).getPaymentRequest({ id })).rejects.toMatchObject({ code: 'not_found' });
    const files = await world.service.as(zoe).getMyFiles({});
    expect(files.paymentRequests).toHaveLength(0);
    expect(files.documents).toHaveLength(0);
    const audit = (await world.storage.listAudit({ subjectId: id })).items.map((e) => e.action);
    expect(audit.at(-1)).toBe('payment_request.delete_draft');
  });

  it('keeps a submitted request (invalid_transition)', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    await expect(world.service.as(zoe).deletePaymentRequestDraft({ id })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await world.service.as(zoe).getPaymentRequest({ id })).paymentRequest.id).toBe(id);
  });
});
