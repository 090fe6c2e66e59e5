import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../../src/framework/define-framework';
import { actors, createWorld, frameworkInput } from '../fixtures';

describe('delegations', () => {
  it('an approver delegates for a window; the delegate is told; both see it; the approver revokes it', async () => {
    const world = createWorld();
    const created = await world.service.as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-03-02', to: '2026-03-20', reason: 'Vacances', idempotencyKey: 'dlg-1' });
    expect(created.delegation).toMatchObject({ fromUserId: 'u_approver', toUserId: 'u_delegate', subjects: ['mandate', 'payment_request', 'amendment'], reason: 'Vacances', createdByUserId: 'u_approver' });
    expect(await world.service.as(actors.approver).createDelegation({ toUserId: 'u_delegate', from: '2026-03-02', to: '2026-03-20', reason: 'Vacances', idempotencyKey: 'dlg-1' })).toEqual(created);
    expect(world.notifier.sent).toEqual([expect.objectContaining({ template: 'delegation.granted', lang: 'fr', to: { email: 'nadia.cote@example.org', name: 'Nadia Côté' } })]);
    expect(world.notifier.sent[0]?.text).toContain('Marc Roy');
    expect((await world.storage.get('delegations', created.delegation.id))?.index).toMatchObject({ assigneeId: 'u_delegate', parentId: 'u_approver', status: 'active' });
    expect((await world.service.as(actors.delegate).getDelegations({})).received.map((d) => d.delegation.id)).toEqual([created.delegation.id]);
    expect((await world.service.as(actors.approver).getDelegations({})).given).toHaveLength(1);
    await expect(world.service.as(actors.delegate).getDelegations({ userId: 'u_approver' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await world.service.as(actors.admin).getDelegations({ userId: 'u_approver' })).given).toHaveLength(1);
    await expect(world.service.as(actors.delegate).revokeDelegation({ id: created.delegation.id })).rejects.toMatchObject({ code: 'forbidden' });
    const revoked = await world.service.as(actors.approver).revokeDelegation({ id: created.delegation.id, expectedVersion: created.version });
    expect(revoked.delegation.revokedAt).toBe('2026-03-02T14:00:00.000Z');
    expect(world.notifier.sent.at(-1)?.template).toBe('delegation.revoked');
    await expect(world.service.as(actors.approver).revokeDelegation({ id: created.delegation.id })).rejects.toMatchObject({ code: 'invalid_transition' });
    expect((await world.storage.listAudit({ subjectId: created.delegation.id })).items.map((e) => [e.action, e.toState])).toEqual([
      ['delegation.create', 'active'],
      ['delegation.revoke', 'revoked'],
    ]);
  });

  it('only approvers delegate (for themselves), the administration for others; never to oneself', async () => {
    const world = createWorld();
    const input = { toUserId: 'u_delegate', from: '2026-03-02', to: '2026-03-20', reason: 'Congé' };
    for (const actor of [actors.partner('ptn_1'), actors.secretariat, actors.finance]) {
      await expect(world.service.as(actor).createDelegation(input)).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(world.service.as(actors.lead).createDelegation({ ...input, fromUserId: 'u_approver' })).rejects.toMatchObject({ code: 'forbidden' });
    const byAdmin = await world.service.as(actors.admin).createDelegation({ ...input, fromUserId: 'u_approver' });
    expect(byAdmin.delegation).toMatchObject({ fromUserId: 'u_approver', createdByUserId: 'u_admin' });
    await expect(world.service.as(actors.approver).createDelegation({ ...input, toUserId: 'u_approver' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['toUserId'] }] });
    await expect(world.service.as(actors.approver).createDelegation({ ...input, to: '2026-03-01' })).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: ['to'] }] });
    expect((await world.storage.list('delegations')).items).toHaveLength(1);
  });

  it('follows the policy: delegations allowed, and no longer than maxDays', async () => {
    const limited = createWorld({ framework: defineFramework({ ...frameworkInput, approvalPolicy: { ...frameworkInput.approvalPolicy, delegation: { allowed: true, maxDays: 7 } } }) });
    const input = { toUserId: 'u_delegate', from: '2026-03-02', to: '2026-03-09', reason: 'Congé' };
    await expect(limited.service.as(actors.approver).createDelegation(input)).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'delegation_too_long', maxDays: 7 } });
    expect((await limited.service.as(actors.approver).createDelegation({ ...input, to: '2026-03-08' })).delegation.to).toBe('2026-03-08');
    const none = createWorld({ framework: defineFramework({ ...frameworkInput, approvalPolicy: { ...frameworkInput.approvalPolicy, delegation: { allowed: false } } }) });
    await expect(none.service.as(actors.approver).createDelegation(input)).rejects.toMatchObject({ code: 'rule_violation', details: { reason: 'delegation_not_allowed' } });
  });
});
