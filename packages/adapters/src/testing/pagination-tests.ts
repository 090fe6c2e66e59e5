import type { ListQuery, Page, StoredRecord } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import { check, deepEqual, equal } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { putRecord, seedRecords } from './fixtures';

const C = 'payment_requests';

/** Pages through a listing; `between` runs after each page with the records seen so far. */
async function collect(
  storage: StorageAdapter,
  query: ListQuery,
  between?: (seen: readonly StoredRecord[], page: number) => Promise<void>,
): Promise<{ ids: string[]; pages: number }> {
  const seen: StoredRecord[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<StoredRecord> = await storage.list(C, { ...query, cursor });
    pages++;
    check(pages < 200, 'pagination ends');
    check(page.items.length <= (query.limit ?? 50), 'a page holds at most limit items');
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (cursor !== null) check(page.items.length > 0, 'a page with a next cursor is not empty');
    if (between) await between(seen, pages);
  } while (cursor !== null);
  return { ids: seen.map((r) => r.id), pages };
}

const key = (n: number): string => `2026-03-01T09:${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}.000Z`;

async function checkStableWhileInserting(storage: StorageAdapter, order: 'asc' | 'desc'): Promise<void> {
  // 30 records at even seconds; new records land at odd seconds, behind and ahead of the cursor.
  const original = Array.from({ length: 30 }, (_, i) => ({ id: `orig_${String(i).padStart(2, '0')}`, sortKey: key(i * 2 + 2), status: 'submitted', data: { n: i * 2 + 2 } }));
  await seedRecords(storage, C, original);
  const behind: string[] = [];
  const ahead: string[] = [];
  const { ids } = await collect(storage, { order, limit: 7, where: { status: 'submitted' } }, async (seen, page) => {
    const last = seen[seen.length - 1];
    if (last === undefined) return;
    const at = (last.data as { n: number }).n;
    const back = order === 'asc' ? at - 1 : at + 1;
    const forth = order === 'asc' ? at + 1 : at - 1;
    behind.push(`behind_${page}`);
    ahead.push(`ahead_${page}`);
    await seedRecords(storage, C, [
      { id: `behind_${page}`, sortKey: key(back), status: 'submitted', data: { n: back } },
      { id: `ahead_${page}`, sortKey: key(forth), status: 'submitted', data: { n: forth } },
      { id: `other_${page}`, sortKey: key(forth), status: 'draft', data: { n: forth } },
    ]);
  });
  equal(new Set(ids).size, ids.length, 'no record is listed twice');
  for (const r of original) equal(ids.filter((id) => id === r.id).length, 1, `${r.id} listed once`);
  for (const id of behind) check(!ids.includes(id), `${id}, inserted behind the cursor, is not listed`);
  for (const id of ahead.slice(0, -1)) check(ids.includes(id), `${id}, inserted ahead of the cursor, is listed`);
  check(!ids.some((id) => id.startsWith('other_')), 'records outside the filter are not listed');
  const all = (await storage.list(C, { order, limit: 1000, where: { status: 'submitted' } })).items.map((r) => r.id);
  deepEqual(ids, all.filter((id) => ids.includes(id)), 'pages follow the listing order');
}

/** Cursor pagination: complete, ordered, and stable while records are inserted or removed. */
export const paginationTests = {
  'pages cover every record exactly once, in order': async ({ storage }) => {
    await seedRecords(storage, C, Array.from({ length: 23 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, sortKey: key(i % 9) })));
    const all = (await storage.list(C, { limit: 1000 })).items.map((r) => r.id);
    equal(all.length, 23, 'records');
    const asc = await collect(storage, { limit: 5 });
    deepEqual(asc.ids, all, 'ascending pages');
    equal(asc.pages, 5, 'ascending page count');
    const desc = await collect(storage, { limit: 5, order: 'desc' });
    deepEqual(desc.ids, [...all].reverse(), 'descending pages');
  },

  'pages under a membership filter are complete and ordered': async ({ storage }) => {
    const statuses = ['submitted', 'under_review', 'approved'];
    await seedRecords(storage, C, Array.from({ length: 40 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, sortKey: key((i * 7) % 13), status: statuses[i % 3] as string })));
    for (const order of ['asc', 'desc'] as const) {
      const query = { where: { status: ['under_review', 'submitted'] }, order } as const;
      const all = (await storage.list(C, { ...query, limit: 1000 })).items;
      equal(all.length, 27, `${order}: records in either state`);
      const { ids } = await collect(storage, { ...query, limit: 4 });
      deepEqual(ids, all.map((r) => r.id), `${order}: pages of 4 give the same records in the same order`);
    }
  },

  'the last page has no cursor, even when it is full': async ({ storage }) => {
    await seedRecords(storage, C, Array.from({ length: 20 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, sortKey: 'k' })));
    const { ids, pages } = await collect(storage, { limit: 5 });
    equal(ids.length, 20, 'records');
    equal(pages, 4, 'four full pages and no empty fifth one');
    equal((await storage.list(C, { limit: 20 })).nextCursor, null, 'one page holding everything');
  },

  'records sharing a sort key paginate by id': async ({ storage }) => {
    const ids = Array.from({ length: 12 }, (_, i) => `id_${String.fromCharCode(97 + ((i * 5) % 12))}`);
    await seedRecords(storage, C, ids.map((id) => ({ id, sortKey: 'same' })));
    const { ids: listed } = await collect(storage, { limit: 5 });
    deepEqual(listed, [...ids].sort(), 'ids in order across pages');
  },

  'ascending pagination stays stable while records are inserted': async ({ storage }) => {
    await checkStableWhileInserting(storage, 'asc');
  },

  'descending pagination stays stable while records are inserted': async ({ storage }) => {
    await checkStableWhileInserting(storage, 'desc');
  },

  'a record deleted or moved ahead of the cursor is not listed where it was': async ({ storage }) => {
    await seedRecords(storage, C, Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, sortKey: key(i), status: 'submitted' })));
    let deleted = false;
    const { ids } = await collect(storage, { limit: 3, where: { status: 'submitted' } }, async () => {
      if (deleted) return;
      deleted = true;
      await storage.transaction((tx) => tx.delete(C, 'r7', 1));
      await putRecord(storage, C, 'r8', { moved: true }, { sortKey: key(8), status: 'approved' }, 1);
    });
    deepEqual(ids, ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r9'], 'deleted and filtered-out records are skipped');
  },
} satisfies Record<string, ConformanceTest>;
