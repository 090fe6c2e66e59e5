// The memory adapter gives each transaction one consistent state, as a database snapshot does:
// a read of a record committed by another transaction after this one began is a conflict, so a
// command never computes from two states that never existed together.
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import { createMemoryStorage } from '../../src/storage/memory-storage';

const put = (id: string, n: number, expectedVersion: number) => ({ collection: 'c', id, data: { n }, index: { sortKey: id }, expectedVersion });

describe('createMemoryStorage: one state per transaction', () => {
  it('a transaction that read A, then reads B after another committed A and B, gets conflict', async () => {
    const storage = createMemoryStorage();
    await storage.transaction(async (tx) => {
      await tx.put(put('a', 1, 0));
      await tx.put(put('b', 1, 0));
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const reading = storage
      .transaction(async (tx) => {
        await tx.get('c', 'a');
        await gate;
        return tx.get('c', 'b');
      })
      .catch((e: unknown) => e);
    await storage.transaction(async (tx) => {
      await tx.put(put('a', 2, 1));
      await tx.put(put('b', 2, 1));
    });
    release();
    const error = await reading;
    expect(isHonorariaError(error, 'conflict') && error.details['reason']).toBe('concurrent_transaction');
  });

  it('the same in a listing, while records written before the transaction began read normally', async () => {
    const storage = createMemoryStorage();
    await storage.transaction((tx) => tx.put(put('a', 1, 0)));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const listing = storage
      .transaction(async (tx) => {
        expect((await tx.get('c', 'a'))?.data).toEqual({ n: 1 });
        await gate;
        return tx.list('c');
      })
      .catch((e: unknown) => e);
    await storage.transaction((tx) => tx.put(put('z', 1, 0)));
    release();
    expect(isHonorariaError(await listing, 'conflict')).toBe(true);
    // A transaction that begins afterwards sees both.
    expect((await storage.transaction((tx) => tx.list('c'))).items.map((r) => r.id)).toEqual(['a', 'z']);
  });
});
