import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/workflow/audit-chain';
import type { PaymentRequestEntity } from '../../../src/workflow/payment-requests/payment-request-store';
import { actors } from '../fixtures';
import { createPaymentWorld, entry, mileage, OMAR, seedActiveMandate, seedPartner, submitRequest, totalsOf, WORKED, ZOE } from './payment-fixtures';

type World = ReturnType<typeof createPaymentWorld>;

async function stored(world: World, id: string): Promise<{ entity: PaymentRequestEntity; version: number; index: Record<string, unknown> }> {
  const record = await world.storage.get<{ entity: PaymentRequestEntity }>('payment_requests', id);
  if (record === null) throw new Error('missing');
  return { entity: record.data.entity, version: record.version, index: { ...record.index } };
}

describe('payment request lifecycle', () => {
  let world: World;
  beforeEach(async () => {
    world = createPaymentWorld();
    await seedPartner(world, { id: ZOE, name: 'Zoé Tremblay', lang: 'fr' });
    await seedPartner(world, { id: OMAR, name: 'Omar Haddad', lang: 'en' });
    await seedActiveMandate(world, { id: 'mnd_1' });
    await seedActiveMandate(world, { id: 'mnd_omar', partnerId: OMAR });
  });

  it('creates a draft priced as an estimate, with one line per entry and expense', async () => {
    const zoe = world.service.as(actors.partner(ZOE));
    const created = await zoe.createPaymentRequest({ mandateId: 'mnd_1', ...structuredClone(WORKED) });
    expect(created.version).toBe(1);
    expect(created.paymentRequest).toMatchObject({ status: 'draft', partnerId: ZOE, mandateId: 'mnd_1', period: { from: '2026-03-10', to: '2026-03-12' } });
    expect(created.paymentRequest.quote).toMatchObject({ compensationCents: 10_000, expenseCents: 2_000, totalCents: 12_000, taxableCents: 10_000, nonTaxableCents: 2_000 });
    const view = await zoe.getPaymentRequest({ id: created.paymentRequest.id });
    expect(view.lines.map((l) => [l.lineId, l.target, l.claimedMinutes, l.claimedAmountCents])).toEqual([
      ['ent_meeting', 'entry', 90, null],
      ['ent_review', 'entry', 50, null],
      ['exp_km', 'expense', null, 2_000],
    ]);
    expect(view.allowedEvents).toEqual(['EDIT', 'SUBMIT']);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ pendingCents: 0, approvedCents: 0 });
  });

  it('submits: attests, freezes the quote, goes under review with the mandate initiator, counts as pending, notifies the approver', async () => {
    const { id, version } = await submitRequest(world, 'mnd_1');
    const { entity, index } = await stored(world, id);
    expect(version).toBe(3);
    expect(entity).toMatchObject({ status: 'under_review', approverUserId: 'u_lead', submittedOn: '2026-04-01', submittedAt: '2026-04-01T14:00:00.000Z' });
    expect(entity.attestation).toMatchObject({ lang: 'fr', at: '2026-04-01T14:00:00.000Z' });
    expect(entity.attestation?.text).toMatch(/^J’atteste/);
    expect(entity.submittedQuote).toEqual(entity.quote);
    expect(index).toMatchObject({ status: 'under_review', assigneeId: 'u_lead', parentId: 'mnd_1', partnerId: ZOE, dueAt: '2026-04-07T04:00:00.000Z' });
    expect(await totalsOf(world, 'mnd_1')).toEqual({ approvedCents: 0, pendingCents: 12_000, paidCents: 0, approvedMinutes: 0, pendingMinutes: 140 });
    const audit = (await world.storage.listAudit({ subjectId: id })).items;
    expect(audit.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['payment_request.create', null, 'draft'],
      ['payment_request.submit', 'draft', 'submitted'],
      ['payment_request.start_review', 'submitted', 'under_review'],
    ]);
    expect(verifyAuditChain(audit).valid).toBe(true);
    expect(world.notifier.sent).toHaveLength(1);
    expect(world.notifier.sent[0]).toMatchObject({
      template: 'payment_request.awaiting_approval',
      lang: 'fr',
      to: { email: 'lea.gagnon@example.org' },
      subject: 'Demande de paiement à approuver : Zoé Tremblay, 120,00\u00a0$',
      links: [{ label: 'Examiner la demande', url: `https://portail.example.org/payment-requests/${id}` }],
    });
    expect(world.notifier.sent[0]?.text).toContain('pour la période du 10 mars 2026 au 12 mars 2026');
  });

  it('recomputes the quote from the adjusted lines at approval (worked numbers) and moves pending to approved', async () => {
    const { id, version } = await submitRequest(world, 'mnd_1');
    const approved = await world.service.as(actors.lead).approvePaymentRequest({
      id,
      expectedVersion: version,
      decisions: [
        { lineId: 'ent_meeting', decision: 'adjusted', adjustedMinutes: 60, comment: 'La réunion a duré une heure.' },
        { lineId: 'exp_km', decision: 'adjusted', adjustedAmountCents: 1_500, comment: 'Trajet de 30 km.' },
      ],
      comment: 'Merci !',
    });
    const r = approved.paymentRequest;
    // 60 min at $40/h = $40.00; the review stays at $40.00; mileage adjusted to $15.00.
    expect(r.quote).toMatchObject({ compensationCents: 8_000, expenseCents: 1_500, totalCents: 9_500, taxableCents: 8_000, nonTaxableCents: 1_500, recordedMinutes: 110 });
    expect(r.quote?.lines.map((l) => [l.id, l.minutes, l.billableMinutes, l.cents])).toEqual([
      ['ent_meeting', 60, 60, 4_000],
      ['ent_review', 50, 60, 4_000],
    ]);
    expect(r.submittedQuote?.totalCents).toBe(12_000);
    expect(r.decisions.map((d) => [d.lineId, d.target, d.decision, d.adjustedMinutes, d.adjustedAmountCents, d.decidedByUserId])).toEqual([
      ['ent_meeting', 'entry', 'adjusted', 60, undefined, 'u_lead'],
      ['ent_review', 'entry', 'accepted', undefined, undefined, 'u_lead'],
      ['exp_km', 'expense', 'adjusted', undefined, 1_500, 'u_lead'],
    ]);
    expect(r).toMatchObject({ status: 'approved', reviewerNotes: 'Merci !', decidedByUserId: 'u_lead', actingFor: null, approvedAt: '2026-04-01T14:00:00.000Z' });
    expect(await totalsOf(world, 'mnd_1')).toEqual({ approvedCents: 9_500, pendingCents: 0, paidCents: 0, approvedMinutes: 110, pendingMinutes: 0 });
    const audit = (await world.storage.listAudit({ subjectId: id })).items.at(-1);
    expect(audit).toMatchObject({ action: 'payment_request.approve', fromState: 'under_review', toState: 'approved', data: { submittedTotalCents: 12_000, totalCents: 9_500, adjustedLines: ['ent_meeting', 'exp_km'] } });
    const notice = world.notifier.sent.at(-1);
    expect(notice).toMatchObject({ template: 'payment_request.approved', lang: 'fr', to: { email: `${ZOE}@example.org` }, subject: 'Votre demande de paiement est approuvée : 95,00\u00a0$' });
    expect(notice?.text).toContain('Certaines lignes ont été ajustées');
  });

  it('notifies an English-speaking partner in English', async () => {
    const { id } = await submitRequest(world, 'mnd_omar', { entries: [entry('e1', '2026-03-20', 60)] }, OMAR);
    await world.service.as(actors.lead).approvePaymentRequest({ id });
    expect(world.notifier.sent.at(-1)).toMatchObject({ lang: 'en', subject: 'Your payment request is approved: $40.00', links: [{ label: 'View the request' }] });
    expect(world.notifier.sent.at(-1)?.text).toContain('for March 20, 2026 to March 20, 2026');
  });

  it('sends a request back for changes, lets the partner edit and resubmit it', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    const lead = world.service.as(actors.lead);
    const back = await lead.requestPaymentRequestChanges({
      id,
      comment: 'Ajoutez le reçu de stationnement.',
      decisions: [{ lineId: 'exp_km', decision: 'rejected', comment: 'Kilométrage non prévu.' }],
    });
    expect(back.paymentRequest).toMatchObject({ status: 'changes_requested', reviewerNotes: 'Ajoutez le reçu de stationnement.' });
    expect(back.paymentRequest.decisions).toHaveLength(1);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ pendingCents: 0, pendingMinutes: 0 });
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'payment_request.changes_requested', links: [{ label: 'Modifier la demande' }] });
    expect(world.notifier.sent.at(-1)?.text).toContain('Commentaire : Ajoutez le reçu de stationnement.');

    const zoe = world.service.as(actors.partner(ZOE));
    const edited = await zoe.updatePaymentRequest({ id, expectedVersion: back.version, entries: [entry('ent_meeting', '2026-03-10', 90)] });
    expect(edited.paymentRequest).toMatchObject({ status: 'draft', entries: [{ id: 'ent_meeting' }], expenses: [] });
    expect(edited.paymentRequest.quote?.totalCents).toBe(6_000);
    const again = await zoe.submitPaymentRequest({ id, attest: true, expectedVersion: edited.version });
    expect(again.paymentRequest).toMatchObject({ status: 'under_review', decisions: [] });
    expect(again.paymentRequest.reviewerNotes).toBeUndefined();
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ pendingCents: 6_000, pendingMinutes: 90 });
  });

  it('rejects with a reason (final) and notifies the partner; withdraws a request under review', async () => {
    const first = await submitRequest(world, 'mnd_1');
    const rejected = await world.service.as(actors.lead).rejectPaymentRequest({ id: first.id, reason: 'Activité hors mandat.' });
    expect(rejected.paymentRequest.status).toBe('rejected');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'payment_request.rejected' });
    expect(world.notifier.sent.at(-1)?.text).toContain('Motif : Activité hors mandat.');

    const second = await submitRequest(world, 'mnd_1');
    const withdrawn = await world.service.as(actors.partner(ZOE)).withdrawPaymentRequest({ id: second.id, reason: 'Doublon.' });
    expect(withdrawn.paymentRequest.status).toBe('withdrawn');
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ pendingCents: 0, approvedCents: 0 });
  });

  it('refuses impossible transitions with invalid_transition and changes nothing', async () => {
    const { id } = await submitRequest(world, 'mnd_1');
    const lead = world.service.as(actors.lead);
    await lead.approvePaymentRequest({ id });
    const before = await stored(world, id);
    await expect(lead.approvePaymentRequest({ id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(lead.rejectPaymentRequest({ id, reason: 'Non.' })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(world.service.as(actors.partner(ZOE)).withdrawPaymentRequest({ id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(world.service.as(actors.partner(ZOE)).updatePaymentRequest({ id, entries: [] })).rejects.toMatchObject({ code: 'invalid_transition' });
    await expect(world.service.as(actors.admin).markPaymentRequestPaid({ id })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await stored(world, id)).version).toBe(before.version);
  });

  it('refuses to approve when every line is rejected, and to submit a draft without lines', async () => {
    const zoe = world.service.as(actors.partner(ZOE));
    const empty = await zoe.createPaymentRequest({ mandateId: 'mnd_1' });
    expect(empty.paymentRequest.period).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    await expect(zoe.submitPaymentRequest({ id: empty.paymentRequest.id, attest: true })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'no_lines' } });
    const { id } = await submitRequest(world, 'mnd_1', { entries: [entry('e1', '2026-03-10', 60)] });
    await expect(
      world.service.as(actors.lead).approvePaymentRequest({ id, decisions: [{ lineId: 'e1', decision: 'rejected', comment: 'Non prévu.' }] }),
    ).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'all_lines_rejected' } });
  });

  it('validates lines: distinct ids, dates inside the period, an attestation, a mandate open to requests', async () => {
    const zoe = world.service.as(actors.partner(ZOE));
    await expect(zoe.createPaymentRequest({ mandateId: 'mnd_1', entries: [entry('x', '2026-03-10', 60)], expenses: [mileage('x', '2026-03-10', 10)] })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['expenses', 0, 'id'], code: 'duplicate_line' }],
    });
    await expect(zoe.createPaymentRequest({ mandateId: 'mnd_1', period: { from: '2026-03-11', to: '2026-03-31' }, entries: [entry('x', '2026-03-10', 60)] })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['entries', 0, 'date'], code: 'lines_outside_period' }],
    });
    await expect(zoe.createPaymentRequest({ mandateId: 'mnd_1', entries: [entry('x', '2026-03-10', -5)] })).rejects.toMatchObject({ code: 'validation_failed' });
    const created = await zoe.createPaymentRequest({ mandateId: 'mnd_1', entries: [entry('x', '2026-03-10', 60)] });
    await expect(zoe.submitPaymentRequest({ id: created.paymentRequest.id, attest: false } as never)).rejects.toMatchObject({ code: 'validation_failed' });
    await seedActiveMandate(world, { id: 'mnd_done', status: 'completed' });
    await expect(zoe.createPaymentRequest({ mandateId: 'mnd_done' })).rejects.toMatchObject({ code: 'rule_violation', details: { status: 'completed' } });
  });

  it('returns the first result to a retried create, submit or approve with the same idempotency key, and changes nothing', async () => {
    const zoe = world.service.as(actors.partner(ZOE));
    const input = { mandateId: 'mnd_1', ...structuredClone(WORKED), idempotencyKey: 'create-1' };
    const a = await zoe.createPaymentRequest(input);
    const b = await zoe.createPaymentRequest(input);
    expect(b).toEqual(a);
    expect((await world.storage.list('payment_requests')).items).toHaveLength(1);
    const s1 = await zoe.submitPaymentRequest({ id: a.paymentRequest.id, attest: true, idempotencyKey: 'submit-1' });
    const s2 = await zoe.submitPaymentRequest({ id: a.paymentRequest.id, attest: true, idempotencyKey: 'submit-1' });
    expect(s2).toEqual(s1);
    const lead = world.service.as(actors.lead);
    const p1 = await lead.approvePaymentRequest({ id: a.paymentRequest.id, idempotencyKey: 'approve-1' });
    const sentBefore = world.notifier.sent.length;
    const p2 = await lead.approvePaymentRequest({ id: a.paymentRequest.id, idempotencyKey: 'approve-1' });
    expect(p2).toEqual(p1);
    expect(world.notifier.sent).toHaveLength(sentBefore);
    expect((await world.storage.listAudit({ subjectId: a.paymentRequest.id })).items).toHaveLength(4);
    expect(await totalsOf(world, 'mnd_1')).toMatchObject({ approvedCents: 12_000, pendingCents: 0 });
    await expect(lead.approvePaymentRequest({ id: a.paymentRequest.id, idempotencyKey: 'approve-1', comment: 'autre' })).rejects.toMatchObject({ code: 'idempotency_mismatch' });
  });

  it('refuses a stale expectedVersion with a conflict', async () => {
    const { id, version } = await submitRequest(world, 'mnd_1');
    await expect(world.service.as(actors.lead).approvePaymentRequest({ id, expectedVersion: version - 1 })).rejects.toMatchObject({ code: 'conflict' });
  });
});
