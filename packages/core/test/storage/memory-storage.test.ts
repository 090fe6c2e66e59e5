import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHonorariaError } from '../../src/errors/honoraria-error';
import type { ListQuery, StorageAdapter, StoredRecord } from '../../src/ports/storage-adapter';
import { createMemoryStorage } from '../../src/storage/memory-storage';
import { compareCodePoints } from '../../src/storage/storage-order';

const C = 'requests';

async function allPages(storage: StorageAdapter, query: ListQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: readonly StoredRecord[]; nextCursor: string | null } = await storage.list(C, { ...query, cursor });
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

const recordArb = fc.record({
  id: fc.constantFrom('a', 'b', 'B', 'é', '😀', '\uFF5E', 'a1', 'z', 'Z9', 'ẞ'),
  sortKey: fc.constantFrom('2026-01', '2026-02', '2026-03', 'x', '😀', '\uFF5E'),
  status: fc.constantFrom('draft', 'submitted', 'approved', null),
  assigneeId: fc.constantFrom('ann', 'bob', null),
});

describe('createMemoryStorage: listing', () => {
  it('pages through any filter in (sortKey, id) code point order, each record once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(recordArb, { selector: (r) => r.id, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        fc.option(fc.constantFrom<string | null | string[]>('draft', null, ['submitted', 'approved'], []), { nil: undefined }),
        async (records, limit, order, status) => {
          const storage = createMemoryStorage();
          await storage.transaction(async (tx) => {
            for (const { id, ...index } of records) await tx.put({ collection: C, id, data: {}, index, expectedVersion: 0 });
          });
          const expected = records
            .filter((r) => status === undefined || (status === null ? r.status === null : Array.isArray(status) ? status.includes(r.status as string) : r.status === status))
            .sort((x, y) => compareCodePoints(x.sortKey, y.sortKey) || compareCodePoints(x.id, y.id))
            .map((r) => r.id);
          if (order === 'desc') expected.reverse();
          expect(await allPages(storage, { where: { status }, limit, order })).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('createMemoryStorage: transactions', () => {
  it('never loses an update: concurrent read-modify-write transactions serialize or conflict', async () => {
    const txArb = fc.record({
      keys: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
      pause: fc.constantFrom('none', 'microtask', 'macrotask'),
      fails: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(txArb, { minLength: 1, maxLength: 6 }), async (specs) => {
        const storage = createMemoryStorage();
        await storage.transaction(async (tx) => {
          for (const id of ['a', 'b', 'c']) await tx.put({ collection: C, id, data: { count: 0 }, index: { sortKey: id }, expectedVersion: 0 });
        });
        const pause = (kind: string) => (kind === 'macrotask' ? new Promise((r) => setTimeout(r, 0)) : kind === 'microtask' ? Promise.resolve() : undefined);
        const results = await Promise.allSettled(
          specs.map((spec) =>
            storage.transaction(async (tx) => {
              for (const id of spec.keys) {
                const r = (await tx.get<{ count: number }>(C, id))!;
                await pause(spec.pause);
                await tx.put({ collection: C, id, data: { count: r.data.count + 1 }, index: r.index, expectedVersion: r.version });
              }
              if (spec.fails) throw new Error('boom');
            }),
          ),
        );
        for (const r of results) {
          if (r.status === 'rejected') expect((r.reason as Error).message === 'boom' || isHonorariaError(r.reason, 'conflict')).toBe(true);
        }
        for (const id of ['a', 'b', 'c']) {
          const committed = specs.filter((s, i) => results[i]!.status === 'fulfilled' && s.keys.includes(id)).length;
          const stored = (await storage.get<{ count: number }>(C, id))!;
          expect(stored.data.count).toBe(committed);
          expect(stored.version).toBe(1 + committed);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lists audit events by position even when transactions commit out of order', async () => {
    const storage = createMemoryStorage();
    let releaseFirst!: () => void;
    const held = new Promise<void>((r) => (releaseFirst = r));
    const event = (subjectId: string) => ({
      id: `e_${subjectId}`,
      subjectType: 't',
      subjectId,
      seq: 1,
      at: '2026-03-01T00:00:00.000Z',
      actor: { id: 'u' },
      action: 'create',
      prevHash: null,
      hash: 'h',
    });
    const first = storage.transaction(async (tx) => {
      const e = await tx.appendAudit(event('s1'));
      await held;
      return e;
    });
    await new Promise((r) => setTimeout(r, 0));
    const second = await storage.transaction((tx) => tx.appendAudit(event('s2')));
    releaseFirst();
    const firstEvent = await first;
    expect(firstEvent.position).toBeLessThan(second.position);
    const log = (await storage.listAudit()).items;
    expect(log.map((e) => e.subjectId)).toEqual(['s1', 's2']);
    expect((await storage.listAudit({ afterPosition: firstEvent.position })).items.map((e) => e.subjectId)).toEqual(['s2']);
  });

  it('refuses every call after close() with storage_failure', async () => {
    const storage = createMemoryStorage();
    await storage.close();
    for (const call of [() => storage.get(C, 'x'), () => storage.list(C), () => storage.transaction(async () => 1), () => storage.getBlob('b')]) {
      const error = await call().catch((e: unknown) => e);
      expect(isHonorariaError(error, 'storage_failure')).toBe(true);
    }
  });

  it('snapshot() is a copy', async () => {
    const storage = createMemoryStorage();
    await storage.transaction((tx) => tx.put({ collection: C, id: 'a', data: { n: 1 }, index: { sortKey: 'k' }, expectedVersion: 0 }));
    const snap = storage.snapshot();
    (snap.records[0]!.data as { n: number }).n = 2;
    expect((await storage.get<{ n: number }>(C, 'a'))!.data.n).toBe(1);
    expect(storage.name).toBe('memory');
  });
});
