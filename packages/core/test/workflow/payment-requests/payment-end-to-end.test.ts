import { describe, expect, it } from 'vitest';
import { actors, createWorld, mandateAt, registerTestPartner } from '../fixtures';
import { entry, mileage } from './payment-fixtures';

describe('end to end, through the service only: mandate → payment request → payment → tax summary', () => {
  it('runs the seed flow with the mandate commands and shows the request and the year to date in My Files', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const mandate = await mandateAt(world, partnerId, 'active', { budgetCapCents: 100_000 });
    world.clock.set('2026-04-01T14:00:00Z');

    // A delegation from the initiator (who approves payment requests by default) to a colleague.
    await world.service.as(actors.lead).createDelegation({ toUserId: actors.delegate.id, from: '2026-03-30', to: '2026-04-05', subjects: ['payment_request'], reason: 'Vacances.' });

    const partner = world.service.as(actors.partner(partnerId));
    const draft = await partner.createPaymentRequest({
      mandateId: mandate.id,
      entries: [entry('ent_1', '2026-03-10', 90), entry('ent_2', '2026-03-17', 120)],
      expenses: [mileage('exp_1', '2026-03-10', 40)],
    });
    const submitted = await partner.submitPaymentRequest({ id: draft.paymentRequest.id, attest: true, expectedVersion: draft.version, idempotencyKey: 'submit-1' });
    expect(submitted.paymentRequest).toMatchObject({ status: 'under_review', approverUserId: 'u_lead' });
    expect(submitted.paymentRequest.quote?.totalCents).toBe(16_000); // 1 h 30 + 2 h at $40/h + 40 km × $0.50

    const inbox = await world.service.as(actors.delegate).listApproverInbox({});
    expect(inbox.items.map((i) => [i.id, i.actingFor])).toEqual([[draft.paymentRequest.id, 'u_lead']]);
    const approved = await world.service.as(actors.delegate).approvePaymentRequest({
      id: draft.paymentRequest.id,
      expectedVersion: inbox.items[0]?.version,
      decisions: [{ lineId: 'ent_2', decision: 'adjusted', adjustedMinutes: 90, comment: 'La séance a duré 1 h 30.' }],
      idempotencyKey: 'approve-1',
    });
    expect(approved.paymentRequest.quote?.totalCents).toBe(14_000);
    expect(approved.paymentRequest.actingFor).toBe('u_lead');

    const admin = world.service.as(actors.admin);
    await admin.forwardPaymentRequest({ id: draft.paymentRequest.id });
    await admin.startPaymentProcessing({ id: draft.paymentRequest.id });
    await admin.markPaymentRequestPaid({ id: draft.paymentRequest.id, reference: 'EFT-2026-0001' });

    const files = await partner.getMyFiles({});
    expect(files.paymentRequests).toEqual([expect.objectContaining({ id: draft.paymentRequest.id, status: 'paid', totalCents: 14_000 })]);
    expect(files.paymentRequests[0]?.history.map((h) => h.toState)).toEqual(['draft', 'submitted', 'under_review', 'approved', 'forwarded_to_admin', 'processing', 'paid']);
    expect(files.yearToDate).toMatchObject({ year: 2026, taxableCents: 12_000, nonTaxableCents: 2_000, totalCents: 14_000, payments: 1 });
    expect(files.documents.map((d) => d.kind)).toEqual(['mandate', 'master_agreement', 'payment_request']);

    const summary = await world.service.as(actors.finance).getTaxSummary({ year: 2026 });
    expect(summary.rows).toEqual([expect.objectContaining({ partnerId, taxableCents: 12_000, nonTaxableCents: 2_000, thresholdCrossed: false })]);
    expect(await world.service.as(actors.admin).verifyAuditLog({})).toMatchObject({ valid: true, problems: [] });
    expect(world.notifier.sent.map((n) => n.template)).toEqual(
      expect.arrayContaining(['payment_request.awaiting_approval', 'payment_request.approved', 'payment_request.paid']),
    );
  });
});
