import { describe, expect, it } from 'vitest';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { fixedClock } from '../../src/ports/clock';
import { sequentialIds } from '../../src/ports/id-generator';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import type { Actor } from '../../src/workflow/actor';
import { verifyAuditChain } from '../../src/workflow/audit-chain';
import { runCommand } from '../../src/workflow/run-command';

const lead: Actor = { id: 'lead_1', roles: ['project_lead'] };

function env() {
  return { storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z'), ids: sequentialIds() };
}

async function createThing(e: ReturnType<typeof env>, id: string, key?: string) {
  return runCommand(e, { name: 'createThing', actor: lead, input: { id }, idempotencyKey: key }, async (scope) => {
    const record = await scope.put({ collection: 'things', id, data: { id, status: 'draft' }, index: { status: 'draft', sortKey: scope.at }, expectedVersion: 0 });
    await scope.audit({ subjectType: 'thing', subjectId: id, action: 'create', toState: 'draft' });
    await scope.notify({ template: 't', lang: 'fr', to: { email: 'a@example.org' }, subject: 's', text: 'x', links: [], subjectRef: { type: 'thing', id } });
    return { id, version: record.version };
  });
}

describe('runCommand', () => {
  it('writes the record, an audit event chained by hash and an outbox entry in one transaction', async () => {
    const e = env();
    expect(await createThing(e, 'th_1')).toEqual({ id: 'th_1', version: 1 });
    const audit = await e.storage.listAudit({ subjectId: 'th_1' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ seq: 1, prevHash: null, at: '2026-03-02T14:00:00.000Z', actor: { id: 'lead_1' } });
    expect(verifyAuditChain(audit.items).valid).toBe(true);
    expect((await e.storage.list('outbox')).items).toHaveLength(1);
  });

  it('rolls everything back when the work throws after writing', async () => {
    const e = env();
    await expect(
      runCommand(e, { name: 'x', actor: lead, input: {} }, async (scope) => {
        await scope.put({ collection: 'things', id: 'th_1', data: { a: 1 }, index: { sortKey: 'a' }, expectedVersion: 0 });
        await scope.audit({ subjectType: 'thing', subjectId: 'th_1', action: 'create' });
        await scope.notify({ template: 't', lang: 'fr', to: { email: 'a@example.org' }, subject: 's', text: 'x', links: [], subjectRef: { type: 'thing', id: 'th_1' } });
        throw new HonorariaError('rule_violation');
      }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    expect(await e.storage.get('things', 'th_1')).toBeNull();
    expect((await e.storage.listAudit()).items).toEqual([]);
    expect((await e.storage.list('outbox')).items).toEqual([]);
  });

  it('returns the first result for a retried idempotency key and changes nothing', async () => {
    const e = env();
    const first = await createThing(e, 'th_1', 'key-1');
    const again = await createThing(e, 'th_1', 'key-1');
    expect(again).toEqual(first);
    expect((await e.storage.listAudit()).items).toHaveLength(1);
    expect((await e.storage.list('outbox')).items).toHaveLength(1);
  });

  it('refuses the same key with another input', async () => {
    const e = env();
    await createThing(e, 'th_1', 'key-1');
    await expect(createThing(e, 'th_2', 'key-1')).rejects.toMatchObject({ code: 'idempotency_mismatch' });
    expect(await e.storage.get('things', 'th_2')).toBeNull();
  });

  it('answers concurrent retries of one key with one result and one write', async () => {
    const e = env();
    const results = await Promise.all([createThing(e, 'th_1', 'k'), createThing(e, 'th_1', 'k'), createThing(e, 'th_1', 'k')]);
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect((await e.storage.listAudit()).items).toHaveLength(1);
  });

  it('chains a second event of the same subject to the first', async () => {
    const e = env();
    await createThing(e, 'th_1');
    await runCommand(e, { name: 'submit', actor: lead, input: {} }, async (scope) => {
      const r = await scope.load<{ id: string }>('things', 'th_1');
      await scope.put({ collection: 'things', id: 'th_1', data: { ...r.data, status: 'submitted' }, index: { status: 'submitted', sortKey: 'x' }, expectedVersion: r.version });
      await scope.audit({ subjectType: 'thing', subjectId: 'th_1', action: 'submit', fromState: 'draft', toState: 'submitted' });
    });
    const events = (await e.storage.listAudit({ subjectId: 'th_1' })).items;
    expect(events.map((x) => x.seq)).toEqual([1, 2]);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(verifyAuditChain(events).valid).toBe(true);
  });

  it('reports a missing record as not_found with a message in both languages', async () => {
    const e = env();
    const error = await runCommand(e, { name: 'x', actor: lead, input: {} }, (scope) => scope.load('things', 'nope', { fr: 'Mandat', en: 'Mandate' })).catch((x: unknown) => x);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).messages).toEqual({ fr: 'Mandat introuvable.', en: 'Mandate not found.' });
  });
});

describe('an idempotent replay re-checks the caller', () => {
  it('answers a replay only while the caller holds the roles and partner file of the first call', async () => {
    const e = env();
    const work = (actor: Actor) =>
      runCommand(e, { name: 'createThing', actor, input: { id: 'th_r' }, idempotencyKey: 'k-replay' }, async (scope) => {
        const record = await scope.put({ collection: 'things', id: 'th_r', data: { id: 'th_r' }, index: { sortKey: scope.at }, expectedVersion: 0 });
        return { id: 'th_r', version: record.version };
      });
    expect(await work({ id: 'lead_1', roles: ['project_lead', 'approver'] })).toEqual({ id: 'th_r', version: 1 });
    // Same roles, in another order or with one more: the first result.
    expect(await work({ id: 'lead_1', roles: ['approver', 'project_lead', 'admin'] })).toEqual({ id: 'th_r', version: 1 });
    // A role withdrawn since: forbidden, nothing changes.
    await expect(work({ id: 'lead_1', roles: ['project_lead'] })).rejects.toMatchObject({ code: 'forbidden', details: { reason: 'authorization_changed' } });
    await expect(work({ id: 'lead_1', roles: [] })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(work({ id: 'lead_1', roles: ['project_lead', 'approver'], partnerId: 'ptn_x' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await e.storage.list('things')).items).toHaveLength(1);
  });
});
