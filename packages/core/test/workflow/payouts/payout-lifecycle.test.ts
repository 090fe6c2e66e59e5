import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRef } from '../../../src/schemas/document-ref';
import { verifyAuditChain } from '../../../src/workflow/audit-chain';
import type { StoredEntity } from '../../../src/workflow/stored-entity';
import type { LedgerEntry } from '../../../src/workflow/ledger-entry';
import { listLedgerEntries } from '../../../src/workflow/ledger-entry';
import type { PayoutEntity } from '../../../src/workflow/payouts/payout-store';
import { actors } from '../fixtures';
import { createPaymentWorld, entry, OMAR, paidRequest, processingRequest, seedActiveMandate, seedPartner, submitRequest, totalsOf, ZOE } from '../payment-requests/payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

async function payouts(world: World): Promise<PayoutEntity[]> {
  return (await world.storage.list<StoredEntity<PayoutEntity>>('payouts')).items.map((r) => r.data.entity);
}

describe('payouts: from approval to payment', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay' });
    await seedActiveMandate(world, { id: 'mnd_1' });
  });

  it('forwards, processes and pays: payout, ledger entry, paid total, document in My Files, partner notified', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    const admin = world.service.as(actors.admin);
    expect((await admin.forwardPaymentRequest({ id })).paymentRequest).toMatchObject({ status: 'forwarded_to_admin', forwardedAt: '2026-04-01T14:00:00.000Z' });
    const processing = await admin.startPaymentProcessing({ id });
    expect(processing.paymentRequest).toMatchObject({ status: 'processing', payoutId: 'pay_0001' });
    expect(await payouts(world)).toEqual([
      expect.objectContaining({ id: 'pay_0001', status: 'sent_to_finance', method: 'direct_deposit', form: 'cash', amountCents: 12_000, taxableCents: 10_000, nonTaxableCents: 2_000, attempts: 1 }),
    ]);
    world.clock.set('2026-04-03T15:00:00Z');
    const paid = await admin.markPaymentRequestPaid({ id, expectedVersion: processing.version, reference: 'EFT-77' });
    expect(paid.paymentRequest).toMatchObject({ status: 'paid', paidAt: '2026-04-03T15:00:00.000Z' });
    expect(await payouts(world)).toEqual([expect.objectContaining({ status: 'paid', paidOn: '2026-04-03', reference: 'EFT-77' })]);
    expect(await listLedgerEntries(world.storage, { year: 2026 })).toEqual([
      expect.objectContaining({ kind: 'payment', partnerId: ZOE, payerId: 'org', year: 2026, month: 4, taxableCents: 10_000, nonTaxableCents: 2_000, form: 'cash', paymentRequestId: id, payoutId: 'pay_0001' }),
    ]);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 12_000, paidCents: 12_000 });
    const docs = (await world.storage.list<DocumentRef>('documents')).items.map((r) => r.data);
    expect(docs).toEqual([expect.objectContaining({ kind: 'payment_request', partnerId: ZOE, subjectRef: { type: 'payment_request', id } })]);
    const blob = await world.storage.getBlob(docs[0]?.blobId ?? '');
    expect(new TextDecoder().decode(blob?.bytes)).toContain(`subject: ${id}`);
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'payment_request.paid', subject: 'Votre paiement de 120,00\u00a0$ est effectué' });
    expect(world.notifier.sent.at(-1)?.text).toContain('a été effectué le 3 avril 2026');
    expect(world.notifier.sent.at(-1)?.text).not.toMatch(/12345|1234567|046/);
    for (const subject of [id, 'pay_0001']) expect(verifyAuditChain((await world.storage.listAudit({ subjectId: subject })).items).valid).toBe(true);
    expect((await world.storage.listAudit({ subjectId: 'pay_0001' })).items.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['payout.create', null, 'sent_to_finance'],
      ['payout.paid', 'sent_to_finance', 'paid'],
    ]);
  });

  it('records a failed payment and retries it with the current payment method', async () => {
    const { id } = await processingRequest(world, 'mnd_1');
    const admin = world.service.as(actors.admin);
    const failed = await admin.markPaymentFailed({ id, reason: 'Compte fermé.' });
    expect(failed.paymentRequest.status).toBe('payment_failed');
    expect(await payouts(world)).toEqual([expect.objectContaining({ status: 'failed', failureReason: 'Compte fermé.' })]);
    await expect(admin.markPaymentRequestPaid({ id })).rejects.toMatchObject({ code: 'invalid_transition' });
    const retried = await admin.retryPayment({ id });
    expect(retried.paymentRequest.status).toBe('processing');
    const [payout] = await payouts(world);
    expect(payout).toMatchObject({ status: 'sent_to_finance', attempts: 2 });
    expect(payout?.failureReason).toBeUndefined();
    await expect(admin.markPaymentRequestPaid({ id })).resolves.toMatchObject({ paymentRequest: { status: 'paid' } });
  });

  it('reverses a payment: negative ledger entry in the payment’s year, issued slip flagged for amendment, totals reduced', async () => {
    const big = { entries: [entry('e1', '2026-03-10', 480), entry('e2', '2026-03-11', 480), entry('e3', '2026-03-12', 60)] }; // $680.00
    await seedActiveMandate(world, { id: 'mnd_big', budgetCapCents: 100_000 });
    const paid = await paidRequest(world, 'mnd_big', big);
    const finance = world.service.as(actors.finance);
    const generated = await finance.generateTaxSlips({ year: 2026 });
    expect(generated.generated).toEqual([expect.objectContaining({ partnerId: ZOE, kind: 'T4A', amountCents: 68_000 })]);
    const slipId = generated.generated[0]?.id ?? '';
    await finance.issueTaxSlip({ id: slipId });
    world.clock.set('2027-02-10T15:00:00Z');
    const reversed = await world.service.as(actors.admin).reversePayment({ id: paid.paymentRequest.id, reason: 'Paiement en double.' });
    expect(reversed.paymentRequest).toMatchObject({ status: 'reversed', reversedAt: '2027-02-10T15:00:00.000Z' });
    const entries = await listLedgerEntries(world.storage, { year: 2026 });
    expect(entries.map((e: LedgerEntry) => [e.kind, e.year, e.taxableCents, e.nonTaxableCents])).toEqual([
      ['payment', 2026, 68_000, 0],
      ['reversal', 2026, -68_000, 0],
    ]);
    expect(await listLedgerEntries(world.storage, { year: 2027 })).toEqual([]);
    expect(await payouts(world)).toEqual([expect.objectContaining({ status: 'reversed', reversalReason: 'Paiement en double.' })]);
    expect(await totalsOf(world, 'mnd_big')).toMatchObject({ approvedCents: 0, paidCents: 0, approvedMinutes: 0 });
    const slip = await world.storage.get<StoredEntity<{ status: string; amendmentDue?: unknown }>>('tax_slips', slipId);
    expect(slip?.data.entity).toMatchObject({ status: 'issued', amendmentDue: { reason: 'payment_reversed', paymentRequestId: paid.paymentRequest.id } });
    const summary = await finance.getTaxSummary({ year: 2026 });
    expect(summary.rows[0]).toMatchObject({ taxableCents: 0, thresholdCrossed: false, slips: [expect.objectContaining({ slipId, action: 'cancel' })] });
  });

  it('counts a gift card as taxable at face value, and a receipted expense as non-taxable', async () => {
    await seedPartner(world, { id: OMAR, lang: 'en', payment: null });
    await seedActiveMandate(world, { id: 'mnd_gift', partnerId: OMAR, paymentForm: 'gift_card' });
    const paid = await paidRequest(
      world,
      'mnd_gift',
      { entries: [entry('e1', '2026-03-10', 60)], expenses: [{ id: 'park', date: '2026-03-10', type: 'parking', amountCents: 1_200, quantity: 1, receiptIds: ['rcp_1'], preApproved: false }] },
      { partnerId: OMAR },
    );
    expect(paid.paymentRequest.quote).toMatchObject({ paymentForm: 'gift_card', compensationCents: 4_000, taxableCents: 4_000, nonTaxableCents: 1_200 });
    expect(await payouts(world)).toEqual([expect.objectContaining({ method: 'gift_card', form: 'gift_card', taxableCents: 4_000, nonTaxableCents: 1_200 })]);
    expect(await listLedgerEntries(world.storage, { year: 2026, partnerId: OMAR })).toEqual([expect.objectContaining({ form: 'gift_card', taxableCents: 4_000, nonTaxableCents: 1_200 })]);
    const summary = await world.service.as(actors.finance).getTaxSummary({ year: 2026, partnerId: OMAR });
    expect(summary.rows[0]).toMatchObject({ byForm: { cash: 0, gift_card: 4_000 }, taxableCents: 4_000, nonTaxableCents: 1_200 });
  });

  it('records the gift card on the payout when paid', async () => {
    await seedActiveMandate(world, { id: 'mnd_gift', paymentForm: 'gift_card' });
    const { id } = await processingRequest(world, 'mnd_gift', { entries: [entry('e1', '2026-03-10', 60)] });
    await world.service.as(actors.admin).markPaymentRequestPaid({ id, giftCard: { vendor: 'Épicerie', last4: '4242' } });
    expect(await payouts(world)).toEqual([expect.objectContaining({ giftCard: { vendor: 'Épicerie', last4: '4242', faceValueCents: 4_000 } })]);
  });

  it('refuses to process a payment without a payment profile', async () => {
    await seedPartner(world, { id: OMAR, payment: null });
    await seedActiveMandate(world, { id: 'mnd_o', partnerId: OMAR });
    const { id } = await submitRequest(world, 'mnd_o', { entries: [entry('e1', '2026-03-10', 60)] }, OMAR);
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    await world.service.as(actors.admin).forwardPaymentRequest({ id });
    await expect(world.service.as(actors.admin).startPaymentProcessing({ id })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'payment_profile_missing' } });
    expect(await payouts(world)).toEqual([]);
  });

  it('refuses a payment date in the future, and files a past payment date under its own year', async () => {
    const { id } = await processingRequest(world, 'mnd_1');
    const admin = world.service.as(actors.admin);
    await expect(admin.markPaymentRequestPaid({ id, paidAt: '2026-04-02T00:00:00Z' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['paidAt'] }] });
    await admin.markPaymentRequestPaid({ id, paidAt: '2026-03-31T16:00:00Z' });
    expect(await listLedgerEntries(world.storage, { year: 2026 })).toEqual([expect.objectContaining({ month: 3, paidOn: '2026-03-31' })]);
  });

  it('returns the first result to a retried payment with the same idempotency key: one ledger entry, one notification', async () => {
    const { id } = await processingRequest(world, 'mnd_1');
    const admin = world.service.as(actors.admin);
    const a = await admin.markPaymentRequestPaid({ id, idempotencyKey: 'pay-1' });
    const sent = world.notifier.sent.length;
    const b = await admin.markPaymentRequestPaid({ id, idempotencyKey: 'pay-1' });
    expect(b).toEqual(a);
    expect(await listLedgerEntries(world.storage, { year: 2026 })).toHaveLength(1);
    expect(world.notifier.sent).toHaveLength(sent);
  });
});

describe('the tax-slip gate on payments without a SIN', () => {
  it('blocks a payment that crosses the threshold without a usable SIN when the framework says block, and allows it otherwise', async () => {
    const world = createPaymentWorld({ framework: { tax: { ...createPaymentWorld().framework.tax, missingSin: 'block' } } });
    await seedPartner(world, { id: ZOE, sin: null });
    await seedActiveMandate(world, { id: 'mnd_1', budgetCapCents: 200_000 });
    const small = await paidRequest(world, 'mnd_1', { entries: [entry('a', '2026-03-10', 600)] }); // $400.00: under $500
    expect(small.paymentRequest.status).toBe('paid');
    const { id } = await submitRequest(world, 'mnd_1', { entries: [entry('b', '2026-03-11', 300)] }); // $200.00 → $600.00
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    await world.service.as(actors.admin).forwardPaymentRequest({ id });
    await expect(world.service.as(actors.admin).startPaymentProcessing({ id })).rejects.toMatchObject({
      code: 'rule_violation',
      details: { reason: 'sin_required', ruleId: 't4a_028', totalCents: 60_000 },
    });

    const warnWorld = createPaymentWorld();
    await seedPartner(warnWorld, { id: ZOE, sin: null });
    await seedActiveMandate(warnWorld, { id: 'mnd_1', budgetCapCents: 200_000 });
    await expect(paidRequest(warnWorld, 'mnd_1', { entries: [entry('a', '2026-03-10', 900)] })).resolves.toMatchObject({ paymentRequest: { status: 'paid' } });
  });
});
