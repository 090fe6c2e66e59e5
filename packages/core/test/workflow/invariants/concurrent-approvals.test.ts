import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../../src/storage/memory-storage';
import { actors } from '../fixtures';
import { createPaymentWorld, seedActiveMandate, seedDelegation, seedPartner, submitRequest, ZOE } from '../payment-requests/payment-fixtures';

describe('concurrency', () => {
  it('two approvers approving the same request at once, each with the version they read: one succeeds, the other gets conflict (50 times)', async () => {
    for (let round = 0; round < 50; round++) {
      const storage = createMemoryStorage();
      const world = createPaymentWorld({ storage });
      await seedPartner(world, { id: ZOE });
      const mandate = await seedActiveMandate(world, { id: 'mnd_1' });
      // The lead approves the requests on their mandate; their delegate may too, today.
      await seedDelegation(world, { id: 'dlg_1', fromUserId: actors.lead.id, toUserId: actors.delegate.id, from: '2026-03-01', to: '2026-12-31' });
      const { id } = await submitRequest(world, mandate.id);
      const [lead, delegate] = [world.service.as(actors.lead), world.service.as(actors.delegate)];
      const [seenByLead, seenByDelegate] = await Promise.all([lead.getPaymentRequest({ id }), delegate.getPaymentRequest({ id })]);
      const outcomes = await Promise.allSettled([
        lead.approvePaymentRequest({ id, expectedVersion: seenByLead.version }),
        delegate.approvePaymentRequest({ id, expectedVersion: seenByDelegate.version }),
      ]);
      const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(fulfilled, `round ${round}`).toHaveLength(1);
      expect(rejected.map((o) => (o.reason as { code: string }).code), `round ${round}`).toEqual(['conflict']);
      const approvals = storage.snapshot().audit.filter((e) => e.subjectId === id && e.action === 'payment_request.approve');
      expect(approvals).toHaveLength(1);
      expect(storage.snapshot().records.filter((r) => r.collection === 'outbox' && (r.data as { template: string }).template === 'payment_request.approved')).toHaveLength(1);
      const stored = await storage.get<{ entity: { status: string; quote: { totalCents: number } } }>('payment_requests', id);
      const totals = (await storage.get<{ entity: { totals: { approvedCents: number; pendingCents: number } } }>('mandates', mandate.id))?.data.entity.totals;
      expect(stored?.data.entity.status).toBe('approved');
      expect(totals).toMatchObject({ approvedCents: stored?.data.entity.quote.totalCents, pendingCents: 0 });
    }
  }, 120_000);
});
