import type { StorageAdapter, StorageTransaction, UniqueKey } from '@honoraria/core/storage';
import { isHonorariaError } from '@honoraria/core';
import { claimUniqueKey, releaseUniqueKey, UNIQUE_KEYS_COLLECTION, uniqueKeyId, uniqueKeyOwner } from '@honoraria/core/storage';
import { check, deepEqual, equal, rejection } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { yieldToOthers } from './fixtures';

const SLIPS = 'tax_slips';
const AT = '2026-12-31T12:00:00.000Z';
const slipKey: UniqueKey = { kind: 'tax_slip', parts: ['prt_1', 'org', 2026, 't4a_028'] };

/**
 * What a command does: reads whether the key is held (it is not), lets the others run, then
 * claims it and writes the record that holds it. Half pause before claiming, half after.
 */
function claimAndWrite(storage: StorageAdapter, key: UniqueKey, owner: string, i: number, extra?: (tx: StorageTransaction) => Promise<void>): Promise<string> {
  return storage.transaction(async (tx) => {
    await extra?.(tx);
    const before = await uniqueKeyOwner(tx, key);
    if (before !== null) return `saw ${before}`;
    if (i % 2 === 1) await yieldToOthers();
    await claimUniqueKey(tx, key, owner, AT);
    await tx.put({ collection: SLIPS, id: owner, data: { owner }, index: { sortKey: AT }, expectedVersion: 0 });
    if (i % 2 === 0) await yieldToOthers();
    return owner;
  });
}

async function race(storage: StorageAdapter, writers: number, key: UniqueKey, extra?: (tx: StorageTransaction) => Promise<void>): Promise<{ winners: string[]; losers: unknown[] }> {
  const results = await Promise.allSettled(Array.from({ length: writers }, (_, i) => claimAndWrite(storage, key, `slp_${i}`, i, extra)));
  const winners = results.flatMap((r) => (r.status === 'fulfilled' && !r.value.startsWith('saw ') ? [r.value] : []));
  const losers = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  for (const r of results) if (r.status === 'fulfilled' && r.value.startsWith('saw ')) losers.push(r.value);
  return { winners, losers };
}

/** Unique keys: claims with deterministic ids that concurrent transactions cannot both take. */
export const uniqueKeyTests = {
  'concurrent check-then-claim of one key: exactly one commits, the others conflict': async ({ storage, inspector }) => {
    const { winners, losers } = await race(storage, 4, slipKey);
    equal(winners.length, 1, 'transactions that claimed the key');
    equal(losers.length, 3, 'transactions that did not');
    for (const loser of losers) {
      check(typeof loser === 'string' || isHonorariaError(loser, 'conflict'), `a loser fails with conflict or saw the key taken (got ${String(loser)})`);
    }
    deepEqual(await inspector.recordIds(SLIPS), winners, 'only the winner’s record is stored');
    const claim = await inspector.record(UNIQUE_KEYS_COLLECTION, uniqueKeyId(slipKey));
    equal((claim?.data as { ownerId?: string } | undefined)?.ownerId, winners[0], 'the claim names the winner');
  },

  'claims of different keys never conflict with each other': async ({ storage, inspector }) => {
    const keys = Array.from({ length: 8 }, (_, i): UniqueKey => ({ kind: 'payout', parts: [`prq_${i}`] }));
    const results = await Promise.allSettled(keys.map((key, i) => claimAndWrite(storage, key, `pay_${i}`, i)));
    equal(results.filter((r) => r.status === 'fulfilled').length, 8, 'claims that committed');
    equal((await inspector.recordIds(UNIQUE_KEYS_COLLECTION)).length, 8, 'stored claims');
  },

  'a claim rolls back with its transaction, and a taken key is refused with unique_key_taken': async ({ storage, inspector }) => {
    const boom = new Error('boom');
    const error = await rejection(
      storage.transaction(async (tx) => {
        await claimUniqueKey(tx, slipKey, 'slp_a', AT);
        throw boom;
      }),
      'transaction that throws after claiming',
    );
    equal(error, boom, 'its error');
    deepEqual(await inspector.recordIds(UNIQUE_KEYS_COLLECTION), [], 'no claim after the rollback');
    await storage.transaction((tx) => claimUniqueKey(tx, slipKey, 'slp_b', AT));
    await storage.transaction((tx) => claimUniqueKey(tx, slipKey, 'slp_b', AT)); // the holder again: nothing changes
    const taken = await rejection(
      storage.transaction((tx) => claimUniqueKey(tx, slipKey, 'slp_c', AT)),
      'claiming a key another record holds',
    );
    check(isHonorariaError(taken, 'conflict') && taken.details['reason'] === 'unique_key_taken', `conflict, unique_key_taken (got ${String(taken)})`);
    equal((await inspector.record(UNIQUE_KEYS_COLLECTION, uniqueKeyId(slipKey)))?.version, 1, 'the claim is unchanged');
  },

  'a released key can be claimed again; only its holder releases it': async ({ storage, inspector }) => {
    const key: UniqueKey = { kind: 'open_amendment', parts: ['mnd_1'] };
    await storage.transaction((tx) => claimUniqueKey(tx, key, 'amd_1', AT));
    await storage.transaction((tx) => releaseUniqueKey(tx, key, 'amd_other', AT));
    equal(await uniqueKeyOwner(storage, key), 'amd_1', 'a release by another record changes nothing');
    await storage.transaction((tx) => releaseUniqueKey(tx, key, 'amd_1', AT));
    const released = await inspector.record(UNIQUE_KEYS_COLLECTION, uniqueKeyId(key));
    equal((released?.data as { ownerId?: string | null } | undefined)?.ownerId, null, 'the released claim has no holder');
    equal(released?.version, 2, 'a release is a new version of the claim, never a deletion');
    await storage.transaction((tx) => claimUniqueKey(tx, key, 'amd_2', AT));
    equal(await uniqueKeyOwner(storage, key), 'amd_2', 'the new holder');
    equal((await inspector.record(UNIQUE_KEYS_COLLECTION, uniqueKeyId(key)))?.version, 3, 'at the next version');
  },

  'two transactions each releasing a key and claiming it for a new record: exactly one commits': async ({ storage }) => {
    const key: UniqueKey = { kind: 'open_amendment', parts: ['mnd_1'] };
    await storage.transaction((tx) => claimUniqueKey(tx, key, 'amd_1', AT));
    const results = await Promise.allSettled(
      ['amd_2', 'amd_3'].map((owner, i) =>
        storage.transaction(async (tx) => {
          await releaseUniqueKey(tx, key, 'amd_1', AT);
          if (i === 1) await yieldToOthers();
          await claimUniqueKey(tx, key, owner, AT);
          if (i === 0) await yieldToOthers();
          return owner;
        }),
      ),
    );
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    equal(won.length, 1, 'transactions that committed');
    for (const r of results) if (r.status === 'rejected') check(isHonorariaError(r.reason, 'conflict'), `the other conflicts (got ${String(r.reason)})`);
    equal(await uniqueKeyOwner(storage, key), won[0], 'the winner holds the key');
  },

  'key ids are deterministic, distinct per kind and parts, and within the id limit': async () => {
    const a = uniqueKeyId({ kind: 'tax_slip', parts: ['p'.repeat(128), 'o'.repeat(128), 2026, 'r'.repeat(128)] });
    equal(a, uniqueKeyId({ kind: 'tax_slip', parts: ['p'.repeat(128), 'o'.repeat(128), 2026, 'r'.repeat(128)] }), 'the same key, the same id');
    check(a.length <= 128, `id length ${a.length} ≤ 128`);
    const ids = new Set([
      uniqueKeyId({ kind: 'payout', parts: ['a', 'b'] }),
      uniqueKeyId({ kind: 'payout', parts: ['ab'] }),
      uniqueKeyId({ kind: 'payout', parts: ['a,b'] }),
      uniqueKeyId({ kind: 'tax_slip', parts: ['a', 'b'] }),
      uniqueKeyId({ kind: 'payout', parts: ['a', 2026] }),
      uniqueKeyId({ kind: 'payout', parts: ['a', '2026'] }),
    ]);
    equal(ids.size, 6, 'distinct keys, distinct ids');
  },
} satisfies Record<string, ConformanceTest>;
