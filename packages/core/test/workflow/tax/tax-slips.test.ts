import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/workflow/audit-chain';
import { actors } from '../fixtures';
import { createPaymentWorld, entry, LIN, OMAR, paidRequest, seedActiveMandate, seedPartner, ZOE } from '../payment-requests/payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

const hours = (id: string, minutes: number) => ({ entries: [entry(id, '2026-03-10', minutes)] }); // $40/h

describe('tax slips and the tax summary', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay' });
    await seedPartner(world, { id: OMAR, name: 'Omar Haddad', sin: null });
    await seedPartner(world, { id: LIN, name: 'Lin Wu' });
    await seedActiveMandate(world, { id: 'mnd_z', budgetCapCents: 500_000 });
    await seedActiveMandate(world, { id: 'mnd_o', partnerId: OMAR, budgetCapCents: 500_000 });
    await seedActiveMandate(world, { id: 'mnd_l', partnerId: LIN, budgetCapCents: 500_000 });
    await paidRequest(world, 'mnd_z', hours('z1', 600)); // $400.00
    await paidRequest(world, 'mnd_z', hours('z2', 300)); // $200.00 → $600.00: above $500
    await paidRequest(world, 'mnd_o', hours('o1', 900), { partnerId: OMAR }); // $600.00, no SIN
    await paidRequest(world, 'mnd_l', hours('l1', 750), { partnerId: LIN }); // $500.00 exactly: no T4A
  });

  it('summarizes the year per partner and payer, with the threshold and the slips to generate', async () => {
    const summary = await world.service.as(actors.finance).getTaxSummary({ year: 2026 });
    expect(summary).toMatchObject({ year: 2026, currency: 'CAD', totals: { taxableCents: 170_000, nonTaxableCents: 0 }, slipsToAct: 2 });
    expect(summary.rows.map((r) => [r.partnerId, r.partnerName, r.taxableCents, r.payments, r.thresholdCrossed, r.sinMissing, r.slips.map((s) => s.action)])).toEqual([
      [LIN, 'Lin Wu', 50_000, 1, false, false, []],
      [OMAR, 'Omar Haddad', 60_000, 1, true, true, ['generate']],
      [ZOE, 'Zoé Tremblay', 60_000, 2, true, false, ['generate']],
    ]);
    expect(summary.rows[2]?.crossings).toEqual([{ ruleId: 't4a_028', kind: 'T4A', at: '2026-04-01T14:00:00.000Z' }]);
    expect(summary.rows[2]?.slips[0]).toMatchObject({ kind: 'T4A', box: '028', dueCents: 60_000, slipId: null });
  });

  it('generates the slips once, issues, amends after a reversal and cancels, each with its audit event', async () => {
    const finance = world.service.as(actors.finance);
    const first = await finance.generateTaxSlips({ year: 2026 });
    expect(first.generated.map((s) => [s.partnerId, s.kind, s.amountCents])).toEqual([
      [OMAR, 'T4A', 60_000],
      [ZOE, 'T4A', 60_000],
    ]);
    expect(first.missingSin).toEqual([OMAR]);
    const again = await finance.generateTaxSlips({ year: 2026 });
    expect(again).toMatchObject({ generated: [], regenerated: [], unchanged: 2, amendmentsDue: [], noLongerRequired: [] });

    const zoeSlip = first.generated.find((s) => s.partnerId === ZOE)?.id ?? '';
    const issued = await finance.issueTaxSlip({ id: zoeSlip, expectedVersion: 1 });
    expect(issued.taxSlip).toMatchObject({ status: 'issued', boxes: { '028': 60_000 }, issuedAt: '2026-04-01T14:00:00.000Z' });
    expect((await finance.getTaxSummary({ year: 2026, partnerId: ZOE })).rows[0]?.slips[0]?.action).toBe('none');

    // A third payment to Zoé: the issued slip must be amended.
    await paidRequest(world, 'mnd_z', hours('z3', 150)); // $100.00
    expect((await finance.generateTaxSlips({ year: 2026 })).amendmentsDue).toEqual([zoeSlip]);
    expect((await finance.getTaxSummary({ year: 2026, partnerId: ZOE })).rows[0]?.slips[0]).toMatchObject({ action: 'amend', dueCents: 70_000, slipCents: 60_000 });
    const amended = await finance.amendTaxSlip({ id: zoeSlip, reason: 'Paiement additionnel.' });
    expect(amended.taxSlip).toMatchObject({ status: 'amended', amountCents: 70_000, boxes: { '028': 70_000 }, comment: 'Paiement additionnel.' });

    const omarSlip = first.generated.find((s) => s.partnerId === OMAR)?.id ?? '';
    const cancelled = await finance.cancelTaxSlip({ id: omarSlip, reason: 'Émis par erreur.' });
    expect(cancelled.taxSlip.status).toBe('cancelled');
    await expect(finance.issueTaxSlip({ id: omarSlip })).rejects.toMatchObject({ code: 'invalid_transition' });

    const events = (await world.storage.listAudit({ subjectId: zoeSlip })).items;
    expect(events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['tax_slip.generate', null, 'generated'],
      ['tax_slip.issue', 'generated', 'issued'],
      ['tax_slip.amend', 'issued', 'amended'],
    ]);
    expect(verifyAuditChain(events).valid).toBe(true);
  });

  it('regenerates a generated slip whose amount changed, and lists slips no longer called for after a reversal', async () => {
    const finance = world.service.as(actors.finance);
    const first = await finance.generateTaxSlips({ year: 2026 });
    const zoeSlip = first.generated.find((s) => s.partnerId === ZOE)?.id ?? '';
    await paidRequest(world, 'mnd_z', hours('z3', 150));
    const second = await finance.generateTaxSlips({ year: 2026 });
    expect(second.regenerated).toEqual([expect.objectContaining({ id: zoeSlip, amountCents: 70_000, version: 2 })]);
    const paidOmar = (await world.storage.list<{ entity: { id: string; partnerId: string; status: string } }>('payment_requests', { where: { partnerId: OMAR } })).items[0]?.data.entity;
    await world.service.as(actors.admin).reversePayment({ id: paidOmar?.id ?? '', reason: 'Retourné.' });
    const third = await finance.generateTaxSlips({ year: 2026 });
    expect(third.noLongerRequired).toEqual([first.generated.find((s) => s.partnerId === OMAR)?.id]);
  });

  it('clears the amendment flag a reversal set once the slip is amended', async () => {
    const finance = world.service.as(actors.finance);
    const { generated } = await finance.generateTaxSlips({ year: 2026 });
    const zoeSlip = generated.find((s) => s.partnerId === ZOE)?.id ?? '';
    await finance.issueTaxSlip({ id: zoeSlip });
    const extra = await paidRequest(world, 'mnd_z', hours('z3', 150));
    await world.service.as(actors.admin).reversePayment({ id: extra.paymentRequest.id, reason: 'Erreur.' });
    const flagged = await world.storage.get<{ entity: { amendmentDue?: unknown; amountCents: number } }>('tax_slips', zoeSlip);
    expect(flagged?.data.entity.amendmentDue).toMatchObject({ reason: 'payment_reversed', paymentRequestId: extra.paymentRequest.id });
    expect((await finance.getTaxSummary({ year: 2026, partnerId: ZOE })).rows[0]?.slips[0]).toMatchObject({ action: 'amend', dueCents: 60_000, slipCents: 60_000 });
    const amended = await finance.amendTaxSlip({ id: zoeSlip, reason: 'Annulation d’un paiement.' });
    expect(amended.taxSlip.amendmentDue).toBeUndefined();
    expect((await finance.getTaxSummary({ year: 2026, partnerId: ZOE })).rows[0]?.slips[0]?.action).toBe('none');
  });

  it('lets a partner read only their own summary; other staff and other partners are refused', async () => {
    const mine = await world.service.as(actors.partner(ZOE)).getTaxSummary({ year: 2026 });
    expect(mine.rows.map((r) => r.partnerId)).toEqual([ZOE]);
    await expect(world.service.as(actors.partner(ZOE)).getTaxSummary({ year: 2026, partnerId: OMAR })).rejects.toMatchObject({ code: 'not_found' });
    for (const actor of [actors.lead, actors.approver, actors.secretariat]) {
      await expect(world.service.as(actor).getTaxSummary({ year: 2026 }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('slip commands are for the administration and finance only', async () => {
    const { generated } = await world.service.as(actors.admin).generateTaxSlips({ year: 2026 });
    const id = generated[0]?.id ?? '';
    for (const actor of [actors.lead, actors.approver, actors.secretariat, actors.partner(ZOE)]) {
      const client = world.service.as(actor);
      await expect(client.generateTaxSlips({ year: 2026 }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
      await expect(client.issueTaxSlip({ id }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
      await expect(client.amendTaxSlip({ id, reason: 'x' }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
      await expect(client.cancelTaxSlip({ id, reason: 'x' }), actor.id).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await world.storage.listAudit({ subjectId: id })).items).toHaveLength(1);
  });
});
