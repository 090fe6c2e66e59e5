import type { Page, StorageTransaction, StoredRecord } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import { check, deepEqual, equal, hasCode, rejection } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { auditEvent, patternBytes, putRecord, seedRecords, yieldToOthers } from './fixtures';

const C = 'payment_requests';

/**
 * Runs `writers` transactions at once, each reading the record, then writing it at the version
 * read before they started; half pause before writing, half after (so both the check at the
 * write and the check at commit are exercised). Nobody waits for anybody, so this holds whether
 * the adapter runs transactions concurrently (a PostgreSQL pool: the second write waits for the
 * first commit, then finds a new version) or one at a time (PGlite: the second finds the first
 * committed).
 */
async function raceOnOneRecord(storage: StorageAdapter, writers: number): Promise<void> {
  const before = await putRecord(storage, C, 'contested', { writer: 'nobody' }, { status: 'under_review', sortKey: 'k' });
  const results = await Promise.allSettled(
    Array.from({ length: writers }, (_, i) =>
      storage.transaction(async (tx): Promise<StoredRecord> => {
        await tx.get(C, 'contested');
        if (i % 2 === 1) await yieldToOthers();
        const written = await tx.put({ collection: C, id: 'contested', data: { writer: `w${i}` }, index: { status: 'approved', sortKey: 'k' }, expectedVersion: before.version });
        if (i % 2 === 0) await yieldToOthers();
        return written;
      }),
    ),
  );
  const won = results.filter((r): r is PromiseFulfilledResult<StoredRecord> => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  equal(won.length, 1, `transactions that committed among ${writers}`);
  for (const r of lost) check(hasCode(r.reason, 'conflict'), `the others fail with conflict (got ${String(r.reason)})`);
  const winner = won[0]!.value;
  equal(winner.version, 2, 'version written by the winner');
  const stored = await storage.get(C, 'contested');
  equal(stored?.version, 2, 'stored version');
  deepEqual(stored?.data, winner.data, 'the winner’s data is stored');
}

async function writeEverything(tx: StorageTransaction, tag: string): Promise<void> {
  await tx.put({ collection: C, id: `${tag}_1`, data: { tag }, index: { sortKey: 'k' }, expectedVersion: 0 });
  await tx.put({ collection: C, id: `${tag}_2`, data: { tag }, index: { sortKey: 'k' }, expectedVersion: 0 });
  await tx.appendAudit(auditEvent(`${tag}_subject`, 1));
  await tx.putBlob({ id: `${tag}_blob`, bytes: patternBytes(1000), contentType: 'application/pdf' });
  await tx.putIdempotency({ key: `${tag}_key`, fingerprint: 'f', result: { ok: tag } });
}

/** Transactions: commit, rollback, own reads, isolation, concurrent writers. */
export const transactionTests = {
  'transaction returns its result and commits every write': async ({ storage, inspector }) => {
    const result = await storage.transaction(async (tx) => {
      await writeEverything(tx, 'ok');
      return { done: true };
    });
    deepEqual(result, { done: true }, 'result of transaction()');
    deepEqual((await inspector.recordIds(C)).sort(), ['ok_1', 'ok_2'], 'stored records');
    deepEqual((await inspector.auditLog()).map((e) => e.id), ['evt_ok_subject_1'], 'stored audit');
    equal((await inspector.blob('ok_blob'))?.bytes.byteLength, 1000, 'stored blob');
    deepEqual((await inspector.idempotency('ok_key'))?.result, { ok: 'ok' }, 'stored idempotency result');
  },

  'a throwing function rolls everything back and its error is rethrown': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'kept', { v: 1 }, { sortKey: 'k' });
    const boom = new Error('boom');
    const error = await rejection(
      storage.transaction(async (tx) => {
        await writeEverything(tx, 'rb');
        await tx.put({ collection: C, id: 'kept', data: { v: 2 }, index: { sortKey: 'k' }, expectedVersion: 1 });
        await tx.delete(C, 'kept', 2);
        throw boom;
      }),
      'transaction whose function throws',
    );
    equal(error, boom, 'the very error thrown by the function');
    deepEqual(await inspector.recordIds(C), ['kept'], 'records after rollback');
    const kept = await inspector.record(C, 'kept');
    equal(kept?.version, 1, 'the updated then deleted record is back at version 1');
    deepEqual(kept?.data, { v: 1 }, 'with its data');
    deepEqual(await inspector.auditLog(), [], 'no audit event');
    equal(await inspector.blob('rb_blob'), null, 'no blob');
    equal(await inspector.idempotency('rb_key'), null, 'no idempotency record');
  },

  'a conflict that propagates rolls back the writes before it': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'existing', { v: 1 }, { sortKey: 'k' });
    const error = await rejection(
      storage.transaction(async (tx) => {
        await tx.put({ collection: C, id: 'fresh', data: {}, index: { sortKey: 'k' }, expectedVersion: 0 });
        await tx.put({ collection: C, id: 'existing', data: {}, index: { sortKey: 'k' }, expectedVersion: 0 });
      }),
      'transaction with a conflicting write',
    );
    check(hasCode(error, 'conflict'), 'the error is a conflict');
    equal(await inspector.record(C, 'fresh'), null, 'the write before the conflict is rolled back');
  },

  'reads inside a transaction see its own writes': async ({ storage }) => {
    await putRecord(storage, C, 'old', { v: 1 }, { status: 'submitted', sortKey: 'b' });
    await storage.transaction(async (tx) => {
      await tx.put({ collection: C, id: 'new', data: { v: 1 }, index: { status: 'submitted', sortKey: 'a' }, expectedVersion: 0 });
      equal((await tx.get(C, 'new'))?.version, 1, 'get sees a created record');
      await tx.put({ collection: C, id: 'new', data: { v: 2 }, index: { status: 'submitted', sortKey: 'c' }, expectedVersion: 1 });
      const updated = await tx.get(C, 'new');
      equal(updated?.version, 2, 'get sees an updated record');
      deepEqual(updated?.data, { v: 2 }, 'with its new data');
      deepEqual((await tx.list(C, { where: { status: 'submitted' } })).items.map((r) => r.id), ['old', 'new'], 'list sees it at its new place');
      await tx.delete(C, 'old', 1);
      equal(await tx.get(C, 'old'), null, 'get sees a deletion');
      deepEqual((await tx.list(C)).items.map((r) => r.id), ['new'], 'list sees a deletion');
      await tx.appendAudit(auditEvent('subj', 1));
      await tx.appendAudit(auditEvent('other', 1));
      equal((await tx.lastAudit('subj'))?.seq, 1, 'lastAudit sees an appended event');
      deepEqual((await tx.listAudit({ subjectId: 'subj' })).items.map((e) => e.id), ['evt_subj_1'], 'listAudit sees it, filtered by subject');
      deepEqual((await tx.listAudit()).items.map((e) => e.id), ['evt_subj_1', 'evt_other_1'], 'listAudit sees both, in order');
      await tx.putBlob({ id: 'blob', bytes: new Uint8Array([1, 2, 3]), contentType: 'application/octet-stream' });
      deepEqual((await tx.getBlob('blob'))?.bytes, new Uint8Array([1, 2, 3]), 'getBlob sees a stored blob');
      await tx.putIdempotency({ key: 'key', fingerprint: 'f', result: 7 });
      equal((await tx.getIdempotency('key'))?.result, 7, 'getIdempotency sees a stored key');
    });
  },

  'listing inside a transaction merges its writes with committed records': async ({ storage }) => {
    await seedRecords(storage, C, Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, sortKey: `k${i}`, status: i % 3 === 0 ? 'draft' : 'submitted' })));
    await storage.transaction(async (tx) => {
      await tx.put({ collection: C, id: 'c1', data: {}, index: { sortKey: 'k95', status: 'submitted' }, expectedVersion: 1 }); // moved to the end
      await tx.put({ collection: C, id: 'c2', data: {}, index: { sortKey: 'k2', status: 'draft' }, expectedVersion: 1 }); // filtered out
      await tx.put({ collection: C, id: 'c3', data: {}, index: { sortKey: 'k3', status: 'submitted' }, expectedVersion: 1 }); // now matches
      await tx.delete(C, 'c4', 1);
      await tx.delete(C, 'c8', 1);
      for (const [id, sortKey] of [['n1', 'k0'], ['n2', 'k45'], ['n3', 'k7'], ['n4', 'k99']] as const) {
        await tx.put({ collection: C, id, data: {}, index: { sortKey, status: 'submitted' }, expectedVersion: 0 });
      }
      const expected = ['n1', 'c3', 'n2', 'c5', 'c7', 'n3', 'c1', 'n4'];
      for (const order of ['asc', 'desc'] as const) {
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Page<StoredRecord> = await tx.list(C, { where: { status: 'submitted' }, order, limit: 3, cursor });
          ids.push(...page.items.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor !== null && ids.length < 20);
        deepEqual(ids, order === 'asc' ? expected : [...expected].reverse(), `pages inside the transaction, ${order}`);
      }
    });
  },

  'reads outside a transaction never see writes that roll back': async ({ storage }) => {
    await putRecord(storage, C, 'r', { v: 1 }, { status: 'submitted', sortKey: 'k' });
    let outside: Promise<[StoredRecord | null, string[]]> | undefined;
    await rejection(
      storage.transaction(async (tx) => {
        await tx.put({ collection: C, id: 'r', data: { v: 'uncommitted' }, index: { status: 'approved', sortKey: 'k' }, expectedVersion: 1 });
        await tx.put({ collection: C, id: 'ghost', data: {}, index: { sortKey: 'k' }, expectedVersion: 0 });
        // Started, not awaited: a single-connection adapter runs these after the rollback.
        outside = Promise.all([storage.get(C, 'r'), storage.list(C).then((p) => p.items.map((i) => i.id))]);
        await yieldToOthers(20);
        throw new Error('roll back');
      }),
      'transaction that rolls back',
    );
    check(outside !== undefined, 'outside reads started');
    const [record, ids] = await outside;
    deepEqual(record?.data, { v: 1 }, 'an outside get sees the committed data');
    deepEqual(ids, ['r'], 'an outside list never sees the uncommitted record');
  },

  'two transactions writing one record at the same version: one commits, one conflicts': async ({ storage }) => {
    await raceOnOneRecord(storage, 2);
  },

  'eight transactions writing one record at the same version: exactly one commits': async ({ storage }) => {
    await raceOnOneRecord(storage, 8);
  },

  'concurrent creates of one id: exactly one commits': async ({ storage, inspector }) => {
    const results = await Promise.allSettled(
      ['a', 'b', 'c'].map((writer) => putRecord(storage, C, 'new_id', { writer }, { sortKey: 'k' })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    equal(won.length, 1, 'creates that committed');
    for (const r of results) if (r.status === 'rejected') check(hasCode(r.reason, 'conflict'), 'the others conflict');
    equal((await inspector.record(C, 'new_id'))?.version, 1, 'stored version');
  },

  'transactions writing two records in opposite orders never commit halfway': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'left', { by: 'seed' }, { sortKey: 'k' });
    await putRecord(storage, C, 'right', { by: 'seed' }, { sortKey: 'k' });
    const reached = { A: false, B: false };
    const writer = (me: 'A' | 'B', other: 'A' | 'B', first: string, second: string) =>
      storage.transaction(async (tx) => {
        await tx.put({ collection: C, id: first, data: { by: me }, index: { sortKey: 'k' }, expectedVersion: 1 });
        reached[me] = true;
        // Give the other transaction a moment to take its first record (it may not be able to).
        for (let i = 0; i < 10 && !reached[other]; i++) await yieldToOthers(10);
        await tx.put({ collection: C, id: second, data: { by: me }, index: { sortKey: 'k' }, expectedVersion: 1 });
        return me;
      });
    const results = await Promise.allSettled([writer('A', 'B', 'left', 'right'), writer('B', 'A', 'right', 'left')]);
    const won = results.filter((r): r is PromiseFulfilledResult<'A' | 'B'> => r.status === 'fulfilled').map((r) => r.value);
    equal(won.length, 1, 'transactions that committed');
    for (const r of results) if (r.status === 'rejected') check(hasCode(r.reason, 'conflict'), `the other fails with conflict (got ${String(r.reason)})`);
    deepEqual((await inspector.record(C, 'left'))?.data, { by: won[0] }, 'left holds the winner’s write');
    deepEqual((await inspector.record(C, 'right'))?.data, { by: won[0] }, 'right holds the winner’s write');
  },

  'a transaction handle refuses calls after the transaction ends': async ({ storage, inspector }) => {
    const leaked = await storage.transaction(async (tx) => tx);
    const error = await rejection(
      leaked.put({ collection: C, id: 'late', data: {}, index: { sortKey: 'k' }, expectedVersion: 0 }),
      'put on an ended transaction',
    );
    check(error instanceof Error && error.name === 'HonorariaError', 'the refusal is a HonorariaError');
    await rejection(leaked.get(C, 'late'), 'get on an ended transaction');
    equal(await inspector.record(C, 'late'), null, 'nothing written');
  },
} satisfies Record<string, ConformanceTest>;
