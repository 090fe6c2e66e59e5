import { deepEqual, equal, rejectsWithCode } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { listIds, seedRecords } from './fixtures';
import type { SeedRecord } from './fixtures';

const C = 'payment_requests';

/** An approver's inbox and its neighbours, as the service lists them. */
const INBOX: readonly SeedRecord[] = [
  { id: 'pr_a', partnerId: 'ptn_1', status: 'under_review', assigneeId: 'usr_ann', parentId: 'mnd_1', sortKey: '2026-03-01T09:00:00.000Z' },
  { id: 'pr_b', partnerId: 'ptn_2', status: 'under_review', assigneeId: 'usr_ann', parentId: 'mnd_2', sortKey: '2026-03-02T09:00:00.000Z' },
  { id: 'pr_c', partnerId: 'ptn_1', status: 'submitted', assigneeId: 'usr_ann', parentId: 'mnd_1', sortKey: '2026-03-03T09:00:00.000Z' },
  { id: 'pr_d', partnerId: 'ptn_3', status: 'approved', assigneeId: 'usr_bob', parentId: 'mnd_3', sortKey: '2026-03-04T09:00:00.000Z' },
  { id: 'pr_e', partnerId: 'ptn_1', status: 'draft', assigneeId: null, parentId: 'mnd_1', sortKey: '2026-03-05T09:00:00.000Z' },
  { id: 'pr_f', partnerId: null, status: 'draft', sortKey: '2026-03-06T09:00:00.000Z' },
];

/** Filtered listing: order, `where`, `dueAtOrBefore`, bounds, limits. */
export const listingTests = {
  'list orders by sortKey then id, ascending and descending': async ({ storage }) => {
    await seedRecords(storage, C, [
      { id: 'b', sortKey: '2' },
      { id: 'c', sortKey: '1' },
      { id: 'a', sortKey: '2' },
      { id: 'd', sortKey: '3' },
      { id: 'aa', sortKey: '2' },
    ]);
    deepEqual(await listIds(storage, C), ['c', 'a', 'aa', 'b', 'd'], 'ascending order');
    deepEqual(await listIds(storage, C, { order: 'desc' }), ['d', 'b', 'aa', 'a', 'c'], 'descending order');
  },

  'where matches a value, any of several values, or an empty field': async ({ storage }) => {
    await seedRecords(storage, C, INBOX);
    deepEqual(await listIds(storage, C, { where: { status: 'under_review' } }), ['pr_a', 'pr_b'], 'status = under_review');
    deepEqual(await listIds(storage, C, { where: { status: ['submitted', 'under_review'] } }), ['pr_a', 'pr_b', 'pr_c'], 'status in (submitted, under_review)');
    deepEqual(await listIds(storage, C, { where: { assigneeId: null } }), ['pr_e', 'pr_f'], 'assigneeId is empty');
    deepEqual(await listIds(storage, C, { where: { partnerId: null } }), ['pr_f'], 'partnerId is empty');
    deepEqual(await listIds(storage, C, { where: { parentId: 'mnd_1' } }), ['pr_a', 'pr_c', 'pr_e'], 'parentId = mnd_1');
    deepEqual(await listIds(storage, C, { where: { partnerId: ['ptn_2', 'ptn_3'] }, order: 'desc' }), ['pr_d', 'pr_b'], 'partnerId in (…), descending');
    deepEqual(await listIds(storage, C, { where: { status: 'paid' } }), [], 'a value nobody has');
  },

  'where combines fields, and an empty membership list matches nothing': async ({ storage }) => {
    await seedRecords(storage, C, INBOX);
    deepEqual(
      await listIds(storage, C, { where: { assigneeId: 'usr_ann', status: ['submitted', 'under_review'] } }),
      ['pr_a', 'pr_b', 'pr_c'],
      'the approver inbox',
    );
    deepEqual(await listIds(storage, C, { where: { assigneeId: 'usr_ann', partnerId: 'ptn_1', status: 'under_review' } }), ['pr_a'], 'three fields');
    deepEqual(await listIds(storage, C, { where: { status: null, partnerId: 'ptn_1' } }), [], 'an empty status with a partner');
    deepEqual(await listIds(storage, C, { where: { status: [] } }), [], 'an empty membership list');
    deepEqual(await listIds(storage, C, { where: { status: undefined } }), INBOX.map((r) => r.id), 'an undefined filter is no filter');
  },

  'dueAtOrBefore keeps records due at or before an instant': async ({ storage }) => {
    await seedRecords(storage, C, [
      { id: 'early', dueAt: '2026-03-01T12:00:00.000Z', sortKey: '1' },
      { id: 'exact', dueAt: '2026-03-02T12:00:00Z', sortKey: '2' },
      { id: 'late', dueAt: '2026-03-02T12:00:00.001Z', sortKey: '3' },
      { id: 'never', dueAt: null, sortKey: '4' },
      { id: 'old', dueAt: '1999-12-31T23:59:59.999Z', sortKey: '5', status: 'pending' },
    ]);
    deepEqual(await listIds(storage, C, { dueAtOrBefore: '2026-03-02T12:00:00.000Z' }), ['early', 'exact', 'old'], 'due at or before noon, 2 March');
    deepEqual(await listIds(storage, C, { dueAtOrBefore: '2026-03-02T12:00Z' }), ['early', 'exact', 'old'], 'the same instant written without seconds');
    deepEqual(await listIds(storage, C, { dueAtOrBefore: '2000-01-01T00:00:00.000Z', where: { status: 'pending' } }), ['old'], 'with a filter');
    deepEqual(await listIds(storage, C, { dueAtOrBefore: '1970-01-01T00:00:00.000Z' }), [], 'nothing due that early');
    await rejectsWithCode(storage.list(C, { dueAtOrBefore: 'soon' }), 'validation_failed', 'dueAtOrBefore that is not an instant');
  },

  'sortKeyFrom and sortKeyBefore bound the sort key': async ({ storage }) => {
    await seedRecords(storage, C, INBOX);
    deepEqual(
      await listIds(storage, C, { sortKeyFrom: '2026-03-02T09:00:00.000Z', sortKeyBefore: '2026-03-05T09:00:00.000Z' }),
      ['pr_b', 'pr_c', 'pr_d'],
      'from (inclusive) before (exclusive)',
    );
    deepEqual(await listIds(storage, C, { sortKeyFrom: '2026-03-04', order: 'desc' }), ['pr_f', 'pr_e', 'pr_d'], 'from a prefix, descending');
    deepEqual(await listIds(storage, C, { sortKeyBefore: '2026-03-02' }), ['pr_a'], 'before a prefix');
  },

  'list returns only the collection asked': async ({ storage }) => {
    await seedRecords(storage, C, INBOX.slice(0, 2));
    await seedRecords(storage, 'mandates', [{ id: 'mnd_1', sortKey: '0', status: 'under_review' }]);
    deepEqual(await listIds(storage, C, { where: { status: 'under_review' } }), ['pr_a', 'pr_b'], 'requests');
    deepEqual(await listIds(storage, 'mandates'), ['mnd_1'], 'mandates');
    deepEqual(await listIds(storage, 'nothing_here'), [], 'an unknown collection is empty');
  },

  'sort keys and ids compare by code point, not by locale': async ({ storage }) => {
    const keys = ['😀', 'z', 'é', 'B', '\uFF5E', 'a', 'Z', 'É', '10', '9', 'a b', 'ab'];
    await seedRecords(storage, C, keys.map((sortKey, i) => ({ id: `r${i}`, sortKey, data: { sortKey } })));
    const page = await storage.list<{ sortKey: string }>(C);
    deepEqual(
      page.items.map((r) => r.index.sortKey),
      ['10', '9', 'B', 'Z', 'a', 'a b', 'ab', 'z', 'É', 'é', '\uFF5E', '😀'],
      'sort keys in code point order',
    );
    await seedRecords(storage, 'ids', ['\uFF5E', '😀', 'b', 'B', 'é'].map((id) => ({ id, sortKey: 'same' })));
    deepEqual(await listIds(storage, 'ids'), ['B', 'b', 'é', '\uFF5E', '😀'], 'ids in code point order');
  },

  'limit defaults to 50 and must be from 1 to 1000': async ({ storage }) => {
    await seedRecords(storage, C, Array.from({ length: 60 }, (_, i) => ({ id: `r${String(i).padStart(2, '0')}`, sortKey: 'k' })));
    const first = await storage.list(C);
    equal(first.items.length, 50, 'default page size');
    equal(typeof first.nextCursor, 'string', 'a next page exists');
    equal((await storage.list(C, { limit: 1000 })).items.length, 60, 'limit 1000');
    await rejectsWithCode(storage.list(C, { limit: 1001 }), 'validation_failed', 'limit 1001');
    await rejectsWithCode(storage.list(C, { limit: 0 }), 'validation_failed', 'limit 0');
    await rejectsWithCode(storage.list(C, { limit: 2.5 }), 'validation_failed', 'limit 2.5');
  },

  'a malformed cursor or unknown filter is refused': async ({ storage }) => {
    await seedRecords(storage, C, INBOX.slice(0, 1));
    await rejectsWithCode(storage.list(C, { cursor: 'not-a-cursor' }), 'validation_failed', 'a made-up cursor');
    await rejectsWithCode(storage.list(C, { where: { dueAt: 'x' } as never }), 'validation_failed', 'where on a field that is not an index field');
    await rejectsWithCode(storage.list(C, { where: { status: Array.from({ length: 101 }, (_, i) => `s${i}`) } }), 'validation_failed', '101 values in a membership list');
  },
} satisfies Record<string, ConformanceTest>;
