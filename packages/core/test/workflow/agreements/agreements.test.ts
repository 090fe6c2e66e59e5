import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/crypto/sha256';
import { defineFramework } from '../../../src/framework/define-framework';
import type { Framework } from '../../../src/framework/framework-config';
import { sequentialIds } from '../../../src/ports/id-generator';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { actors, createWorld, frameworkInput, mandateAt, registerTestPartner } from '../fixtures';

/** The test framework under a new policy version (2027), requiring re-acceptance or not. */
function nextPolicy(requiresReacceptance: boolean): Framework {
  const policyVersion = { ...frameworkInput.policyVersion, id: 'policy-2027', version: '2027.1', effectiveFrom: '2027-01-01', requiresReacceptance };
  const masterAgreement = frameworkInput.masterAgreement && { ...frameworkInput.masterAgreement, id: 'agreement-2027', policyVersionId: 'policy-2027', version: '2', effectiveFrom: '2027-01-01' };
  return defineFramework({ ...frameworkInput, policyVersion, masterAgreement });
}

describe('master agreement', () => {
  it('a partner accepts it on its own; it is filed with its hash and later mandates come without it', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const partner = world.service.as(actors.partner(partnerId));
    const accepted = await partner.acceptAgreement({ partnerId, idempotencyKey: 'agree-1' });
    expect(accepted.agreement).toMatchObject({ status: 'accepted', masterAgreementId: 'agreement-2026', policyVersionId: 'policy-2026', documentId: accepted.document?.id });
    expect(await partner.acceptAgreement({ partnerId, idempotencyKey: 'agree-1' })).toEqual(accepted);
    const blob = await world.storage.getBlob(accepted.document?.blobId ?? '');
    expect(sha256Hex(blob?.bytes ?? new Uint8Array())).toBe(accepted.document?.sha256);
    expect(accepted.document).toMatchObject({ kind: 'master_agreement', subjectRef: { type: 'agreement', id: accepted.agreement.id } });
    await expect(partner.acceptAgreement({ partnerId })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'already_accepted' } });
    await mandateAt(world, partnerId, 'sent_to_partner');
    expect(world.notifier.sent.at(-1)?.template).toBe('mandate.sent');
    expect((await world.storage.list('agreements')).items).toHaveLength(1);
  });

  it('only the partner themself accepts or declines it', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const otherId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org' });
    await expect(world.service.as(actors.partner(otherId)).acceptAgreement({ partnerId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(world.service.as(actors.partner(otherId)).declineAgreement({ partnerId })).rejects.toMatchObject({ code: 'not_found' });
    for (const actor of [actors.secretariat, actors.admin, actors.lead]) {
      await expect(world.service.as(actor).acceptAgreement({ partnerId })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(world.service.as(actor).declineAgreement({ partnerId })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect((await world.storage.list('agreements')).items).toEqual([]);
  });

  it('a declined agreement blocks acceptance until the partner accepts it with the mandate', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const partner = world.service.as(actors.partner(partnerId));
    await expect(partner.declineAgreement({ partnerId })).rejects.toMatchObject({ code: 'not_found' });
    const m = await mandateAt(world, partnerId, 'sent_to_partner');
    const declined = await partner.declineAgreement({ partnerId, reason: 'Je veux en parler d’abord.' });
    expect(declined.agreement).toMatchObject({ status: 'declined', declinedAt: '2026-03-02T14:00:00.000Z' });
    await expect(partner.acceptMandate({ id: m.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'agreement_required' } });
    const accepted = await partner.acceptMandate({ id: m.id, acceptAgreement: true });
    expect(accepted.agreement?.status).toBe('accepted');
    const statuses = (await world.storage.list('agreements')).items.map((r) => r.index.status);
    expect(statuses).toEqual(['declined', 'accepted']);
    expect((await world.storage.listAudit({ subjectId: accepted.agreement?.id ?? '' })).items.map((e) => e.action)).toEqual(['agreement.send', 'agreement.accept']);
  });

  it('a new policy version requiring re-acceptance supersedes acceptances and asks for the new agreement', async () => {
    const storage = createMemoryStorage();
    const ids = sequentialIds();
    const before = createWorld({ storage, ids });
    const partnerId = await registerTestPartner(before);
    await mandateAt(before, partnerId, 'active');
    const after = createWorld({ storage, ids, framework: nextPolicy(true), start: '2027-01-05T14:00:00Z' });
    for (const actor of [actors.lead, actors.secretariat, actors.partner(partnerId)]) {
      await expect(after.service.as(actor).supersedeAgreements({})).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await after.service.as(actors.admin).supersedeAgreements({})).toEqual({ superseded: 1, partnersNotified: 1 });
    expect(after.notifier.sent).toEqual([expect.objectContaining({ template: 'agreement.superseded', to: { email: 'zoe@example.org', name: 'Zoé Tremblay' } })]);
    expect(after.notifier.sent[0]?.text).toContain('2027.1');
    expect(await after.service.as(actors.admin).supersedeAgreements({})).toEqual({ superseded: 0, partnersNotified: 0 });
    const old = (await storage.list<{ entity: { status: string; supersededById: string } }>('agreements')).items[0];
    expect(old?.data.entity).toMatchObject({ status: 'superseded', supersededById: 'agreement-2027' });

    const next = await mandateAt(after, partnerId, 'sent_to_partner', { startDate: '2027-01-05', endDate: '2027-06-30' });
    expect(after.notifier.sent.at(-1)?.template).toBe('mandate.sent_with_agreement');
    const partner = after.service.as(actors.partner(partnerId));
    await expect(partner.acceptMandate({ id: next.id })).rejects.toMatchObject({ code: 'invalid_transition', details: { reason: 'agreement_required' } });
    const accepted = await partner.acceptMandate({ id: next.id, acceptAgreement: true });
    expect(accepted.agreement).toMatchObject({ policyVersionId: 'policy-2027', masterAgreementId: 'agreement-2027' });
    expect(await after.service.as(actors.admin).verifyAuditLog({})).toMatchObject({ valid: true });
  });

  it('a new policy version not requiring re-acceptance keeps earlier acceptances', async () => {
    const storage = createMemoryStorage();
    const ids = sequentialIds();
    const before = createWorld({ storage, ids });
    const partnerId = await registerTestPartner(before);
    await mandateAt(before, partnerId, 'active');
    const after = createWorld({ storage, ids, framework: nextPolicy(false), start: '2027-01-05T14:00:00Z' });
    await expect(after.service.as(actors.admin).supersedeAgreements({})).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'reacceptance_not_required' } });
    const next = await mandateAt(after, partnerId, 'sent_to_partner', { startDate: '2027-01-05', endDate: '2027-06-30' });
    expect(after.notifier.sent.at(-1)?.template).toBe('mandate.sent');
    expect((await after.service.as(actors.partner(partnerId)).acceptMandate({ id: next.id })).agreement).toBeNull();
  });
});
