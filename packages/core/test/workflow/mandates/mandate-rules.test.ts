import { describe, expect, it } from 'vitest';
import { actors, createWorld, framework, mandateAt, mandateTerms, registerTestPartner } from '../fixtures';

async function setup() {
  const world = createWorld();
  const partnerId = await registerTestPartner(world);
  return { world, partnerId, lead: world.service.as(actors.lead), approver: world.service.as(actors.approver), partner: world.service.as(actors.partner(partnerId)) };
}

describe('mandate rules', () => {
  it('refuses impossible transitions with a typed error and writes nothing', async () => {
    const { world, partnerId, lead, approver, partner } = await setup();
    const draft = await mandateAt(world, partnerId, 'draft');
    await expect(approver.approveMandate({ id: draft.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { machine: 'mandate', from: 'draft', event: 'APPROVE' } });
    await expect(lead.sendMandate({ id: draft.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { from: 'draft', event: 'SEND' } });
    await expect(lead.completeMandate({ id: draft.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    await lead.submitMandate({ id: draft.id });
    await expect(lead.submitMandate({ id: draft.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { from: 'pending_approval', event: 'SUBMIT' } });
    await expect(lead.updateMandate({ id: draft.id, changes: { title: 'Trop tard' } })).rejects.toMatchObject({ code: 'invalid_transition', details: { event: 'EDIT' } });
    const active = await mandateAt(world, partnerId, 'active', { title: 'Actif' });
    await expect(partner.acceptMandate({ id: active.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { from: 'active', event: 'ACCEPT' } });
    await expect(partner.declineMandate({ id: active.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    const audit = (await world.storage.listAudit({ subjectId: draft.id })).items;
    expect(audit.map((e) => e.action)).toEqual(['mandate.create', 'mandate.submit']);
  });

  it('refuses a first mandate accepted without the master agreement (agreement_required), in French and English', async () => {
    const { world, partnerId, partner } = await setup();
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    const error = await partner.acceptMandate({ id: m.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_transition', details: { reason: 'agreement_required' } });
    expect((error as { messages: { fr: string; en: string } }).messages.en).toContain('master agreement');
    expect((await world.storage.list('agreements')).items.map((r) => r.index.status)).toEqual(['sent']);
    expect((await world.storage.list('documents')).items).toEqual([]);
  });

  it('refuses an offer accepted after it lapsed (offer_expired)', async () => {
    const { world, partnerId, partner } = await setup();
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    // Sent 2 March, valid 30 days: through 1 April (Toronto), lapsed from 2 April 00:00 EDT.
    world.clock.set('2026-04-02T04:00:00Z');
    await expect(partner.acceptMandate({ id: m.id, acceptAgreement: true })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'offer_expired' } });
    expect((await world.storage.list('agreements')).items.map((r) => r.index.status)).toEqual(['sent']);
  });

  it('needs a payment profile to send a mandate, unless the partner declines all pay or claims expenses only', async () => {
    const { world, lead } = await setup();
    const noProfile = await registerTestPartner(world, { name: 'Sans profil', email: 'sans@example.org', paymentProfile: undefined });
    const m = await mandateAt(world, noProfile, 'approved');
    await expect(lead.sendMandate({ id: m.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'payment_profile_required' } });
    await world.service.as(actors.partner(noProfile)).setCompensationPreference({ id: noProfile, mode: 'expenses_only' });
    expect((await lead.sendMandate({ id: m.id })).mandate.status).toBe('sent_to_partner');
  });

  it('validates terms against the framework, with an issue per problem', async () => {
    const { partnerId, lead } = await setup();
    const error = await lead
      .createMandate(
        mandateTerms(partnerId, {
          allowedCategories: ['meeting', 'knitting'],
          activities: [{ category: 'document_review', estimatedMinutes: 60 }],
          engagementLevel: 'lead',
          startDate: '2026-06-01',
          endDate: '2026-05-01',
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation_failed' });
    expect((error as { issues: { path: unknown[]; code: string }[] }).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['endDate', 'end_before_start'],
      ['allowedCategories.1', 'unknown_category'],
      ['activities.0.category', 'category_not_allowed'],
      ['engagementLevel', 'unknown_engagement_level'],
    ]);
    await expect(lead.createMandate({ ...mandateTerms(partnerId), budgetCapCents: 10.5 })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['budgetCapCents'] }] });
    await expect(lead.createMandate({ ...mandateTerms(partnerId), surprise: true } as never)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('returns the first result for retried create, submit, approve and accept commands, and changes nothing', async () => {
    const { world, partnerId, lead, approver, partner } = await setup();
    const input = { ...mandateTerms(partnerId), idempotencyKey: 'draft-1' };
    const first = await lead.createMandate(input);
    expect(await lead.createMandate(input)).toEqual(first);
    await expect(lead.createMandate({ ...input, title: 'Autre' })).rejects.toMatchObject({ code: 'idempotency_mismatch' });
    const id = first.mandate.id;
    const submitted = await lead.submitMandate({ id: id, idempotencyKey: 'submit-1' });
    expect(await lead.submitMandate({ id: id, idempotencyKey: 'submit-1' })).toEqual(submitted);
    const approved = await approver.approveMandate({ id: id, idempotencyKey: 'approve-1' });
    expect(await approver.approveMandate({ id: id, idempotencyKey: 'approve-1' })).toEqual(approved);
    await lead.sendMandate({ id: id });
    const accepted = await partner.acceptMandate({ id: id, acceptAgreement: true, idempotencyKey: 'accept-1' });
    expect(await partner.acceptMandate({ id: id, acceptAgreement: true, idempotencyKey: 'accept-1' })).toEqual(accepted);
    expect((await world.storage.list('mandates')).items).toHaveLength(1);
    expect((await world.storage.listAudit({ subjectId: id })).items).toHaveLength(5);
    expect((await world.storage.list('documents')).items).toHaveLength(2);
    expect(world.notifier.sent.filter((n) => n.template === 'mandate.accepted')).toHaveLength(1);
  });

  it('refuses a stale version (conflict) and writes nothing', async () => {
    const { world, partnerId, lead } = await setup();
    const m = await mandateAt(world, partnerId, 'draft');
    await lead.updateMandate({ id: m.id, expectedVersion: m.version, changes: { title: 'Nouveau titre' } });
    await expect(lead.updateMandate({ id: m.id, expectedVersion: m.version, changes: { title: 'Titre concurrent' } })).rejects.toMatchObject({ code: 'conflict' });
    const stored = await world.storage.get<{ entity: { title: string } }>('mandates', m.id);
    expect(stored?.data.entity.title).toBe('Nouveau titre');
    expect(stored?.version).toBe(2);
  });

  it('freezes the schedule in force on the approval date, for the mandate’s engagement level only', async () => {
    const { world, partnerId } = await setup();
    const m = await mandateAt(world, partnerId, 'approved', { engagementLevel: 'consult' });
    const stored = await world.storage.get<{ entity: { rateSnapshot: { rules: { id: string; amountCents: number }[]; categories: unknown[] } } }>('mandates', m.id);
    expect(stored?.data.entity.rateSnapshot.rules).toEqual([expect.objectContaining({ id: 'consult_hourly', amountCents: 2500 })]);
    expect(stored?.data.entity.rateSnapshot.categories).toHaveLength(framework.activityCategories.length);
  });

  it('refuses the approval when no rate schedule is in force that day', async () => {
    const world = createWorld({ start: '2025-12-15T14:00:00Z' });
    const partnerId = await registerTestPartner(world);
    const m = await mandateAt(world, partnerId, 'pending_approval');
    await expect(world.service.as(actors.approver).approveMandate({ id: m.id })).rejects.toMatchObject({ code: 'rule_violation' });
    expect((await world.storage.get('mandates', m.id))?.index.status).toBe('pending_approval');
  });
});
