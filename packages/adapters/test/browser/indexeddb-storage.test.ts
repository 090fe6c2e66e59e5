/// <reference lib="dom" />
/// <reference types="mocha" />
import { expect } from '@esm-bundle/chai';
import { isHonorariaError } from '@honoraria/core';
import { createIndexedDbStorage } from '../../src/indexeddb/indexeddb-storage';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

const put = (id: string, data: { by: string }, expectedVersion: number) => ({
  collection: 'drafts',
  id,
  data,
  index: { sortKey: '2026-03-01T00:00:00.000Z', status: 'draft' },
  expectedVersion,
});

describe('createIndexedDbStorage', () => {
  it('keeps drafts when the page reopens the database', async () => {
    const name = `honoraria-reopen-${Math.random().toString(36).slice(2)}`;
    const first = createIndexedDbStorage({ name });
    await first.transaction((tx) => tx.put(put('d1', { by: 'first visit' }, 0)));
    await first.close();
    const again = createIndexedDbStorage({ name });
    const draft = await again.get('drafts', 'd1');
    expect(draft?.data).to.deep.equal({ by: 'first visit' });
    expect(draft?.version).to.equal(1);
    await again.close();
    await deleteDatabase(name);
  });

  it('lets one of two tabs win a race on the same draft, the other gets a conflict', async () => {
    const name = `honoraria-tabs-${Math.random().toString(36).slice(2)}`;
    const tabA = createIndexedDbStorage({ name });
    const tabB = createIndexedDbStorage({ name });
    await tabA.transaction((tx) => tx.put(put('d1', { by: 'seed' }, 0)));
    const results = await Promise.allSettled(
      [tabA, tabB].map((tab, i) =>
        tab.transaction(async (tx) => {
          const current = await tx.get('drafts', 'd1');
          const written = await tx.put(put('d1', { by: `tab ${i}` }, current?.version ?? 0));
          await new Promise((r) => setTimeout(r, 20)); // both have buffered their write before either commits
          return written;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isHonorariaError(lost.reason, 'conflict')).to.equal(true);
    expect((await tabB.get('drafts', 'd1'))?.version).to.equal(2);
    await tabA.close();
    await tabB.close();
    await deleteDatabase(name);
  });

  it('refuses calls after close() with storage_failure', async () => {
    const storage = createIndexedDbStorage({ name: `honoraria-closed-${Math.random().toString(36).slice(2)}` });
    await storage.close();
    const error = await storage.get('drafts', 'd1').catch((e: unknown) => e);
    expect(isHonorariaError(error, 'storage_failure')).to.equal(true);
  });
});
