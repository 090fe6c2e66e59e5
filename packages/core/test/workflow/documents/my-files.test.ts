import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/crypto/sha256';
import type { AuditRecord, StorageAdapter } from '../../../src/ports/storage-adapter';
import type { Actor } from '../../../src/workflow/actor';
import { hashAuditEvent } from '../../../src/workflow/audit-chain';
import { toJson } from '../../../src/workflow/canonical-json';
import type { LedgerEntry } from '../../../src/workflow/ledger-entry';
import { ledgerEntryIndex } from '../../../src/workflow/ledger-entry';
import { actors, createWorld, mandateAt, registerTestPartner } from '../fixtures';

async function setup() {
  const world = createWorld();
  const partnerId = await registerTestPartner(world);
  const otherId = await registerTestPartner(world, { name: 'Omar', email: 'omar@example.org' });
  return { world, partnerId, otherId, as: (a: Actor) => world.service.as(a) };
}

function ledgerEntry(id: string, partnerId: string, paidAt: string, year: number, taxableCents: number, nonTaxableCents: number, kind: LedgerEntry['kind'] = 'payment'): LedgerEntry {
  return {
    id,
    kind,
    partnerId,
    payerId: 'org',
    year,
    month: Number(paidAt.slice(5, 7)),
    paidAt,
    paidOn: paidAt.slice(0, 10),
    currency: 'CAD',
    taxableCents,
    nonTaxableCents,
    form: 'cash',
    paymentRequestId: `prq_${id}`,
    payoutId: `pay_${id}`,
    mandateId: 'mnd_x',
    createdAt: paidAt,
  };
}

describe('My Files, documents and histories', () => {
  it('shows a partner their offers, active and past mandates, agreements, documents, requests and year-to-date totals', async () => {
    const { world, partnerId, otherId, as } = await setup();
    await mandateAt(world, partnerId, 'draft', { title: 'Brouillon interne' });
    const active = await mandateAt(world, partnerId, 'active', { title: 'Actif' });
    await mandateAt(world, partnerId, 'sent_to_partner', { title: 'Offre' });
    const past = await mandateAt(world, partnerId, 'active', { title: 'Terminé' });
    await as(actors.lead).completeMandate({ id: past.id });
    // a payment request as the payment-request commands store it, with its audit trail, and tax-ledger entries
    await world.storage.transaction(async (tx) => {
      const request = { id: 'prq_1', mandateId: active.id, partnerId, period: { from: '2026-03-01', to: '2026-03-31' }, status: 'paid', quote: { totalCents: 12_000, currency: 'CAD' }, submittedAt: '2026-03-05T14:00:00.000Z', paidAt: '2026-03-20T14:00:00.000Z', createdAt: '2026-03-04T14:00:00.000Z' };
      await tx.put({ collection: 'payment_requests', id: 'prq_1', data: toJson({ entity: request, machine: null, auditHead: null }), index: { partnerId, status: 'paid', parentId: active.id, sortKey: request.createdAt }, expectedVersion: 0 });
      for (const e of [ledgerEntry('a', partnerId, '2026-03-20T14:00:00.000Z', 2026, 10_000, 2_000), ledgerEntry('b', partnerId, '2026-04-02T14:00:00.000Z', 2026, -2_500, 0, 'reversal'), ledgerEntry('c', partnerId, '2025-12-10T14:00:00.000Z', 2025, 5_000, 0), ledgerEntry('d', otherId, '2026-03-20T14:00:00.000Z', 2026, 9_999, 0)]) {
        await tx.put({ collection: 'ledger_entries', id: e.id, data: toJson({ entity: e, machine: null, auditHead: null }), index: ledgerEntryIndex(e), expectedVersion: 0 });
      }
    });
    await world.storage.transaction(async (tx) => {
      const event = { id: 'aud_x1', subjectType: 'payment_request', subjectId: 'prq_1', seq: 1, at: '2026-03-05T14:00:00.000Z', actor: { id: 'user_p' }, action: 'payment_request.submit', fromState: 'draft', toState: 'under_review', data: null, prevHash: null };
      await tx.appendAudit({ ...event, hash: hashAuditEvent(event) });
    });

    const files = await as(actors.partner(partnerId)).getMyFiles({});
    expect(files.partner).toEqual({ id: partnerId, name: 'Zoé Tremblay', lang: 'fr' });
    expect(files.mandates.offers.map((m) => m.mandate.title)).toEqual(['Offre']);
    expect(files.mandates.active.map((m) => m.mandate.title)).toEqual(['Actif']);
    expect(files.mandates.past.map((m) => [m.mandate.title, m.mandate.status])).toEqual([['Terminé', 'completed']]);
    expect(files.agreements.map((a) => a.status)).toEqual(['accepted']);
    expect(files.documents.map((d) => d.kind).sort()).toEqual(['mandate', 'mandate', 'master_agreement']);
    expect(files.paymentRequests).toEqual([
      {
        id: 'prq_1',
        mandateId: active.id,
        status: 'paid',
        period: { from: '2026-03-01', to: '2026-03-31' },
        totalCents: 12_000,
        currency: 'CAD',
        submittedAt: '2026-03-05T14:00:00.000Z',
        paidAt: '2026-03-20T14:00:00.000Z',
        history: [{ at: '2026-03-05T14:00:00.000Z', action: 'payment_request.submit', fromState: 'draft', toState: 'under_review' }],
      },
    ]);
    expect(files.yearToDate).toEqual({ year: 2026, currency: 'CAD', taxableCents: 7_500, nonTaxableCents: 2_000, totalCents: 9_500, payments: 1 });
    expect((await as(actors.partner(partnerId)).getMyFiles({ year: 2025 })).yearToDate).toMatchObject({ taxableCents: 5_000, payments: 1 });
    // staff who keep files see the same; others do not
    expect((await as(actors.finance).getMyFiles({ partnerId })).mandates.active).toHaveLength(1);
    await expect(as(actors.partner(otherId)).getMyFiles({ partnerId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.lead).getMyFiles({ partnerId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.admin).getMyFiles({})).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await as(actors.partner(otherId)).getMyFiles({})).documents).toEqual([]);
  });

  it('getDocument returns the bytes whose SHA-256 is recorded, to the partner and the staff who keep files', async () => {
    const { world, partnerId, otherId, as } = await setup();
    await mandateAt(world, partnerId, 'active');
    const [doc] = (await as(actors.partner(partnerId)).getMyFiles({})).documents;
    if (doc === undefined) throw new Error('no document');
    const content = await as(actors.partner(partnerId)).getDocument({ id: doc.id });
    const bytes = Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
    expect(sha256Hex(bytes)).toBe(doc.sha256);
    expect(new TextDecoder().decode(bytes)).toContain(`partner: Zoé Tremblay`);
    expect(content.contentType).toBe('text/plain; charset=utf-8');
    expect((await as(actors.secretariat).getDocument({ id: doc.id })).base64).toBe(content.base64);
    await expect(as(actors.partner(otherId)).getDocument({ id: doc.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.approver).getDocument({ id: doc.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.partner(partnerId)).getDocument({ id: 'doc_none' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('history returns one record’s audit trail, verified, authorized like the record', async () => {
    const { world, partnerId, otherId, as } = await setup();
    const m = await mandateAt(world, partnerId, 'active');
    const draft = await mandateAt(world, partnerId, 'draft', { title: 'Brouillon' });
    const trail = await as(actors.partner(partnerId)).getHistory({ subjectType: 'mandate', subjectId: m.id });
    expect(trail.events.map((e) => e.action)).toEqual(['mandate.create', 'mandate.submit', 'mandate.approve', 'mandate.send', 'mandate.accept']);
    expect(trail.verification).toMatchObject({ valid: true, checked: 5 });
    expect((await as(actors.approver).getHistory({ subjectType: 'partner', subjectId: partnerId })).events.map((e) => e.action)).toEqual(['partner.register']);
    await expect(as(actors.partner(otherId)).getHistory({ subjectType: 'mandate', subjectId: m.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(partnerId)).getHistory({ subjectType: 'mandate', subjectId: draft.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as(actors.partner(otherId)).getHistory({ subjectType: 'partner', subjectId: partnerId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(as({ id: 'u_x', roles: ['applicant'] }).getHistory({ subjectType: 'mandate', subjectId: m.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(actors.approver).getHistory({ subjectType: 'mandate', subjectId: 'mnd_none' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('history and verifyAuditLog detect an edited event and removed latest events', async () => {
    const { world, partnerId } = await setup();
    const m = await mandateAt(world, partnerId, 'active');
    const real = world.storage;
    // A view of the same storage whose audit log was tampered with: `edit` rewrites what it returns.
    function tampered(edit: (items: readonly AuditRecord[]) => AuditRecord[]): StorageAdapter {
      return {
        name: 'tampered',
        get: (c, id) => real.get(c, id),
        list: (c, q) => real.list(c, q),
        listAudit: async (q) => {
          const page = await real.listAudit(q);
          return { ...page, items: edit(page.items) };
        },
        lastAudit: (id) => real.lastAudit(id),
        getBlob: (id) => real.getBlob(id),
        getIdempotency: (k) => real.getIdempotency(k),
        transaction: (work) => real.transaction(work),
        close: () => real.close(),
      };
    }
    const forged = createWorld({ storage: tampered((items) => items.map((e) => (e.subjectId === m.id && e.seq === 3 ? { ...e, data: { rateScheduleId: 'forged' } } : e))) });
    const edited = await forged.service.as(actors.approver).getHistory({ subjectType: 'mandate', subjectId: m.id });
    expect(edited.verification.valid).toBe(false);
    expect(edited.verification.problems.map((p) => p.code)).toEqual(['hash_mismatch']);
    expect((await forged.service.as(actors.admin).verifyAuditLog({})).problems.map((p) => [p.subjectId, p.code])).toEqual([[m.id, 'hash_mismatch']]);
    const truncated = createWorld({ storage: tampered((items) => items.filter((e) => !(e.subjectId === m.id && e.seq === 5))) });
    const cut = await truncated.service.as(actors.approver).getHistory({ subjectType: 'mandate', subjectId: m.id });
    expect(cut.verification.problems.map((p) => p.code)).toEqual(['head_mismatch']);
    expect((await world.service.as(actors.admin).verifyAuditLog({})).valid).toBe(true);
  });
});
