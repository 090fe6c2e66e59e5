// The loser of an approve/reject race gets `conflict`, never `internal`: an approval that read the
// submitted request before a rejection committed, and would read the mandate after it, used to
// compute pending totals below zero (`internal`, `negative_total`).
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../../src/errors/honoraria-error';
import type { StorageAdapter, StorageTransaction } from '../../../src/ports/storage-adapter';
import { createHonoraria } from '../../../src/workflow/create-honoraria';
import { actors, createWorld, framework, mandateAt, registerTestPartner } from '../fixtures';

describe('racing approval and rejection on the memory storage', () => {
  it('the approval that read the request before the rejection committed gets conflict', async () => {
    const world = createWorld();
    const partnerId = await registerTestPartner(world);
    const mandate = await mandateAt(world, partnerId, 'active');
    const partner = world.service.as(actors.partner(partnerId));
    const created = await partner.createPaymentRequest({ mandateId: mandate.id, entries: [{ id: 'e1', date: '2026-03-10', category: 'meeting', minutes: 15 }], expenses: [] } as Parameters<typeof partner.createPaymentRequest>[0]);
    await partner.submitPaymentRequest({ id: created.paymentRequest.id, attest: true, expectedVersion: created.version });

    // A service on the same storage whose transaction pauses right after reading the request.
    let armed = true;
    let release: () => void = () => undefined;
    let markReached: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (markReached = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const storage = world.storage;
    const paused: StorageAdapter = {
      ...storage,
      get: (c, id) => storage.get(c, id),
      list: (c, q) => storage.list(c, q),
      listAudit: (q) => storage.listAudit(q),
      lastAudit: (s) => storage.lastAudit(s),
      getBlob: (id) => storage.getBlob(id),
      getIdempotency: (k) => storage.getIdempotency(k),
      close: () => storage.close(),
      transaction: (work) =>
        storage.transaction((tx) =>
          work(
            new Proxy(tx, {
              get(target, key) {
                if (key === 'get') {
                  return async (collection: string, id: string) => {
                    const found = await target.get(collection, id);
                    if (armed && collection === 'payment_requests') {
                      armed = false;
                      markReached();
                      await gate;
                    }
                    return found;
                  };
                }
                const value = (target as unknown as Record<string | symbol, unknown>)[key];
                return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
              },
            }) as StorageTransaction,
          ),
        ),
    };
    const slow = createHonoraria({ framework, storage: paused, clock: world.clock });
    const approving = slow.as(actors.lead).approvePaymentRequest({ id: created.paymentRequest.id }).catch((e: unknown) => e);
    await reached;
    await world.service.as(actors.lead).rejectPaymentRequest({ id: created.paymentRequest.id, reason: 'Hors mandat' });
    release();
    const error = await approving;
    expect(isHonorariaError(error) ? `${error.code}:${String(error.details['reason'] ?? '')}` : String(error)).toMatch(/^conflict:/);
    const totals = (await storage.get<{ entity: { totals: { pendingCents: number; approvedCents: number } } }>('mandates', mandate.id))!.data.entity.totals;
    expect(totals).toMatchObject({ pendingCents: 0, approvedCents: 0 });
  });
});
