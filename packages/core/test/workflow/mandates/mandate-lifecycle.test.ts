import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/crypto/sha256';
import type { AuditRecord } from '../../../src/ports/storage-adapter';
import type { DocumentRef } from '../../../src/schemas/document-ref';
import { verifyAuditChain } from '../../../src/workflow/audit-chain';
import { actors, createWorld, mandateAt, mandateTerms, registerTestPartner } from '../fixtures';

async function auditOf(world: ReturnType<typeof createWorld>, subjectId: string): Promise<AuditRecord[]> {
  return [...(await world.storage.listAudit({ subjectId })).items];
}

describe('mandate lifecycle: draft → approval → offer → acceptance with the master agreement', () => {
  it('runs the seed flow and files both documents in My Files with their SHA-256', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const lead = world.service.as(actors.lead);
    const partner = world.service.as(actors.partner(partnerId));

    const created = await lead.createMandate(mandateTerms(partnerId));
    expect(created.mandate).toMatchObject({ status: 'draft', initiatorUserId: 'u_lead', approverUserId: 'u_approver', policyVersionId: 'policy-2026', currency: 'CAD', version: 1 });
    expect(created.version).toBe(1);
    const id = created.mandate.id;

    const submitted = await lead.submitMandate({ id: id, expectedVersion: created.version });
    expect(submitted.mandate.status).toBe('pending_approval');
    expect((await world.storage.get('mandates', id))?.index.assigneeId).toBe('u_approver');

    const approved = await world.service.as(actors.approver).approveMandate({ id: id, expectedVersion: submitted.version });
    expect(approved.mandate.status).toBe('approved');
    expect(approved.mandate.rateSnapshot).toMatchObject({ scheduleId: 'rates_2026', takenOn: '2026-03-02', takenAt: '2026-03-02T14:00:00.000Z' });
    expect(approved.mandate.rateSnapshot?.rules.map((r) => r.id)).toEqual(['involve_hourly']);

    const sent = await lead.sendMandate({ id: id });
    expect(sent.mandate).toMatchObject({ status: 'sent_to_partner', masterAgreementId: 'agreement-2026' });
    const index = (await world.storage.get('mandates', id))?.index;
    expect(index?.dueAt).toBe('2026-04-02T04:00:00.000Z'); // valid through 1 April (Toronto), lapsed from the next midnight
    expect(index?.assigneeId).toBeNull();

    const accepted = await partner.acceptMandate({ id: id, acceptAgreement: true, userAgent: 'test-agent' });
    expect(accepted.mandate.status).toBe('active'); // start date already reached: active at once
    expect(accepted.mandate.acceptedAt).toBe('2026-03-02T14:00:00.000Z');
    expect(accepted.agreement).toMatchObject({ status: 'accepted', partnerId, policyVersionId: 'policy-2026', evidence: { method: 'portal', userAgent: 'test-agent' } });
    expect(accepted.documents.map((d) => d.kind)).toEqual(['mandate', 'master_agreement']);
    expect(accepted.agreement?.documentId).toBe(accepted.documents[1]?.id);
    // the end of term is the next deadline of an active mandate
    expect((await world.storage.get('mandates', id))?.index.dueAt).toBe('2027-01-01T05:00:00.000Z');

    for (const doc of accepted.documents as DocumentRef[]) {
      const blob = await world.storage.getBlob(doc.blobId);
      expect(blob).not.toBeNull();
      expect(sha256Hex(blob?.bytes ?? new Uint8Array())).toBe(doc.sha256);
      expect(doc).toMatchObject({ partnerId, lang: 'fr', contentType: 'text/plain; charset=utf-8', size: blob?.size });
      expect(await world.storage.get('documents', doc.id)).toMatchObject({ data: doc, index: { partnerId } });
    }
    const text = new TextDecoder().decode((await world.storage.getBlob(accepted.documents[0]?.blobId ?? ''))?.bytes);
    expect(text).toContain(`subject: ${id}`);
    expect(text).toContain('events: 5'); // create, submit, approve, send, accept

    const trail = await auditOf(world, id);
    expect(trail.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['mandate.create', null, 'draft'],
      ['mandate.submit', 'draft', 'pending_approval'],
      ['mandate.approve', 'pending_approval', 'approved'],
      ['mandate.send', 'approved', 'sent_to_partner'],
      ['mandate.accept', 'sent_to_partner', 'active'],
    ]);
    expect(trail[2]?.actor).toMatchObject({ id: 'u_approver', actingFor: null });
    const agreementTrail = await auditOf(world, accepted.agreement?.id ?? '');
    expect(agreementTrail.map((e) => e.action)).toEqual(['agreement.send', 'agreement.accept']);
    expect(verifyAuditChain([...trail, ...agreementTrail]).valid).toBe(true);
    expect(await world.service.as(actors.admin).verifyAuditLog({})).toMatchObject({ valid: true, problems: [] });
  });

  it('queues the notifications of each step, in the recipient’s language', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    await mandateAt(world, partnerId, 'active');
    const sent = world.notifier.sent.map((n) => [n.template, n.to.email, n.lang]);
    expect(sent).toEqual([
      ['mandate.awaiting_approval', 'marc.roy@example.org', 'en'],
      ['mandate.approved', 'lea.gagnon@example.org', 'fr'],
      ['mandate.sent_with_agreement', 'zoe@example.org', 'fr'],
      ['mandate.accepted', 'lea.gagnon@example.org', 'fr'],
    ]);
    const offer = world.notifier.sent[2];
    expect(offer?.subject).toBe('Nouveau mandat à accepter : Comité des usagers');
    expect(offer?.text).toContain('Pour l’accepter');
    expect(offer?.text).toContain('Entente globale de partenariat');
    expect(offer?.text).toContain('1er avril 2026');
    expect(offer?.links.map((l) => l.url)).toEqual([expect.stringMatching(/^https:\/\/portail\.example\.org\/mandates\/mnd_/), 'https://portail.example.org/agreement']);
    expect(world.notifier.sent[0]?.subject).toBe('Mandate to approve: Comité des usagers');
    const outbox = (await world.storage.list('outbox')).items;
    expect(outbox).toHaveLength(4);
    expect(outbox.every((o) => (o.data as { status: string }).status === 'sent')).toBe(true);
  });

  it('offers a second mandate without the master agreement once the partner holds it', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    await mandateAt(world, partnerId, 'active');
    const second = await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Deuxième mandat' });
    expect(world.notifier.sent.at(-1)?.template).toBe('mandate.sent');
    expect(world.notifier.sent.at(-1)?.text).not.toContain('entente globale');
    const accepted = await world.service.as(actors.partner(partnerId)).acceptMandate({ id: second.id });
    expect(accepted.agreement).toBeNull();
    expect(accepted.documents.map((d) => d.kind)).toEqual(['mandate']);
  });

  it('keeps an accepted mandate as accepted until its start date, with activation as its deadline', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const m = await mandateAt(world, partnerId, 'active', { startDate: '2026-05-01' });
    const record = await world.storage.get('mandates', m.id);
    expect(record?.index).toMatchObject({ status: 'accepted', dueAt: '2026-05-01T04:00:00.000Z' });
  });

  it('declines, completes and cancels, telling the other side', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const partner = world.service.as(actors.partner(partnerId));
    const offered = await mandateAt(world, partnerId, 'sent_to_partner');
    const declined = await partner.declineMandate({ id: offered.id, reason: 'Pas disponible cet automne.' });
    expect(declined.mandate.status).toBe('declined');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'mandate.declined', to: { email: 'lea.gagnon@example.org' } });
    expect(world.notifier.sent.at(-1)?.text).toContain('Pas disponible cet automne.');

    const active = await mandateAt(world, partnerId, 'active', { title: 'Actif' });
    const completed = await world.service.as(actors.lead).completeMandate({ id: active.id, expectedVersion: active.version });
    expect(completed.mandate.status).toBe('completed');

    const other = await mandateAt(world, partnerId, 'active', { title: 'Autre' });
    const cancelled = await partner.cancelMandate({ id: other.id, reason: 'Raisons personnelles.' });
    expect(cancelled.mandate.status).toBe('cancelled');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'mandate.cancelled', to: { email: 'lea.gagnon@example.org' } });

    const third = await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Troisième' });
    await world.service.as(actors.admin).cancelMandate({ id: third.id, reason: 'Projet suspendu.' });
    expect(world.notifier.sent.slice(-2).map((n) => [n.template, n.to.email])).toEqual([
      ['mandate.cancelled', 'zoe@example.org'],
      ['mandate.cancelled', 'lea.gagnon@example.org'],
    ]);
  });

  it('sends changes back to the initiator, who edits and resubmits', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const lead = world.service.as(actors.lead);
    const m = await mandateAt(world, partnerId, 'pending_approval');
    const back = await world.service.as(actors.approver).requestMandateChanges({ id: m.id, comment: 'Précisez les activités.' });
    expect(back.mandate.status).toBe('changes_requested');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'mandate.changes_requested', lang: 'fr' });
    expect(world.notifier.sent.at(-1)?.text).toContain('Précisez les activités.');
    const edited = await lead.updateMandate({ id: m.id, expectedVersion: back.version, changes: { endDate: '2026-10-31', budgetCapCents: 30_000 } });
    expect(edited.mandate).toMatchObject({ status: 'draft', endDate: '2026-10-31', budgetCapCents: 30_000 });
    await lead.submitMandate({ id: m.id });
    const rejected = await world.service.as(actors.approver).rejectMandate({ id: m.id, reason: 'Hors du mandat du projet.' });
    expect(rejected.mandate.status).toBe('rejected');
    expect(world.notifier.sent.at(-1)).toMatchObject({ template: 'mandate.rejected' });
  });
});
