// Payout diversion: whoever changes a partner's bank details, the change is audited (masked before
// and after), the partner is told at every address and the administration and finance are told,
// and payouts to the new account wait until someone in finance verifies it.
import { describe, expect, it } from 'vitest';
import { actors } from '../fixtures';
import { createPaymentWorld, seedActiveMandate, seedPartner, submitRequest, ZOE } from '../payment-requests/payment-fixtures';

const NEW_BANK = { institution: '815', transit: '54321', account: '99887766' };

async function approvedAndForwarded(world: ReturnType<typeof createPaymentWorld>) {
  await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay' });
  const mandate = await seedActiveMandate(world, { id: 'mnd_1' });
  const { id } = await submitRequest(world, mandate.id);
  await world.service.as(actors.lead).approvePaymentRequest({ id });
  await world.service.as(actors.admin).forwardPaymentRequest({ id });
  return id;
}

describe('payout details are guarded', () => {
  it('a partner’s change of bank account is audited masked, notified, held in the queue and the CSV, and released by finance', async () => {
    const world = createPaymentWorld();
    const requestId = await approvedAndForwarded(world);
    const partner = world.service.as(actors.partner(ZOE));
    const before = await partner.getPartner({ id: ZOE });
    world.notifier.sent.length = 0;

    const changed = await partner.updatePaymentProfile({ id: ZOE, expectedVersion: before.version, method: 'direct_deposit', bank: NEW_BANK, eTransferEmail: undefined });
    expect(changed.paymentProfile).toMatchObject({ bank: { institution: '***', transit: '***21', account: '*****766' } });
    expect(changed.paymentProfile?.verifiedAt).toBeUndefined();

    // Audited with masked fingerprints: never the full account.
    const events = (await world.storage.listAudit({ subjectId: ZOE })).items;
    const update = events.at(-1);
    expect(update?.action).toBe('partner.payment_profile.update');
    expect(update?.data).toMatchObject({ destinationChanged: true, before: 'direct_deposit ***/***45/****567', after: 'direct_deposit ***/***21/*****766', verified: false });
    expect(JSON.stringify(events)).not.toContain('99887766');

    // The partner and the administration and finance are told; no message carries the account.
    const templates = world.notifier.sent.map((n) => [n.template, n.to.email]);
    expect(templates).toContainEqual(['partner.payment_profile_changed', 'ptn_zoe@example.org']);
    expect(templates).toContainEqual(['partner.payment_profile_review', 'admin@example.org']);
    expect(templates).toContainEqual(['partner.payment_profile_review', 'finance@example.org']);
    expect(JSON.stringify(world.notifier.sent)).not.toContain('99887766');

    // The queue and the payroll CSV show the hold; the payment cannot start.
    const admin = world.service.as(actors.admin);
    expect((await admin.listAdminQueue({})).items.find((i) => i.id === requestId)?.payoutHold).toBe(true);
    const csv = (await world.service.as(actors.finance).exportPayrollCsv({ lang: 'en', status: ['forwarded_to_admin'] })).csv.split('\r\n');
    expect(csv[0]?.split(',').at(-1)).toBe('hold');
    expect(csv[1]?.split(',').at(-1)).toBe('HELD - details to verify');
    await expect(admin.startPaymentProcessing({ id: requestId })).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'payment_profile_unverified' } });

    // Only finance verifies, never the partner; then the payment goes through.
    await expect(partner.verifyPaymentProfile({ id: ZOE })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(admin.verifyPaymentProfile({ id: ZOE })).rejects.toMatchObject({ code: 'forbidden' });
    const verified = await world.service.as(actors.finance).verifyPaymentProfile({ id: ZOE, expectedVersion: changed.version });
    expect(verified.paymentProfile).toMatchObject({ verifiedByUserId: actors.finance.id });
    await expect(world.service.as(actors.finance).verifyPaymentProfile({ id: ZOE })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await admin.listAdminQueue({})).items.find((i) => i.id === requestId)?.payoutHold).toBe(false);
    const processing = await admin.startPaymentProcessing({ id: requestId });
    expect(processing.paymentRequest.status).toBe('processing');
  });

  it('a change by staff is held too, and the one who made it cannot verify it', async () => {
    const world = createPaymentWorld();
    const requestId = await approvedAndForwarded(world);
    const finance = world.service.as(actors.finance);
    const { version } = await finance.getPartner({ id: ZOE });
    await finance.updatePaymentProfile({ id: ZOE, expectedVersion: version, method: 'direct_deposit', bank: NEW_BANK });
    await expect(world.service.as(actors.admin).startPaymentProcessing({ id: requestId })).rejects.toMatchObject({ details: { reason: 'payment_profile_unverified' } });
    await expect(finance.verifyPaymentProfile({ id: ZOE })).rejects.toMatchObject({ code: 'forbidden', details: { reason: 'changed_by_verifier' } });
    await world.service.as({ id: 'u_finance_2', roles: ['finance'] }).verifyPaymentProfile({ id: ZOE });
    await expect(world.service.as(actors.admin).startPaymentProcessing({ id: requestId })).resolves.toMatchObject({ paymentRequest: { status: 'processing' } });
  });

  it('a change that keeps the destination (the holder’s name) keeps its verification and notifies nobody', async () => {
    const world = createPaymentWorld();
    await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay' });
    world.notifier.sent.length = 0;
    const partner = world.service.as(actors.partner(ZOE));
    const result = await partner.updatePaymentProfile({ id: ZOE, method: 'direct_deposit', bank: { institution: '001', transit: '12345', account: '1234567', holderName: 'Zoé T.' } });
    expect(result.paymentProfile?.verifiedAt).toBeDefined();
    expect(world.notifier.sent).toEqual([]);
  });
});
