import { check, deepEqual, equal, hasCode, rejection, rejectsWithCode } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { patternBytes } from './fixtures';

const TEN_MB = 10 * 1024 * 1024;

/** Blobs: binary round trip, immutability, copies. */
export const blobTests = {
  'a 10 MB blob holding every byte value round-trips': async ({ storage, inspector }) => {
    const bytes = patternBytes(TEN_MB + 7);
    check(new Set(bytes.subarray(0, 256)).size === 256, 'the test bytes hold all 256 values');
    await storage.transaction((tx) => tx.putBlob({ id: 'doc_big', bytes, contentType: 'application/pdf' }));
    const read = await storage.getBlob('doc_big');
    check(read !== null, 'getBlob finds the blob');
    equal(read.size, TEN_MB + 7, 'size');
    equal(read.contentType, 'application/pdf', 'content type');
    deepEqual(read.bytes, bytes, 'bytes read back');
    const stored = await inspector.blob('doc_big');
    check(stored !== null, 'the inspector finds the blob');
    deepEqual(stored.bytes, bytes, 'stored bytes');
    equal(stored.contentType, 'application/pdf', 'stored content type');
  },

  'an empty blob round-trips and a missing one is null': async ({ storage, inspector }) => {
    await storage.transaction((tx) => tx.putBlob({ id: 'empty', bytes: new Uint8Array(0), contentType: 'text/plain; charset=utf-8' }));
    const read = await storage.getBlob('empty');
    equal(read?.size, 0, 'size');
    equal(read?.bytes.byteLength, 0, 'bytes');
    equal(read?.contentType, 'text/plain; charset=utf-8', 'content type');
    equal((await inspector.blob('empty'))?.bytes.byteLength, 0, 'stored bytes');
    equal(await storage.getBlob('missing'), null, 'a missing blob');
  },

  'blobs are immutable: a second blob with the same id is a conflict': async ({ storage, inspector }) => {
    await storage.transaction((tx) => tx.putBlob({ id: 'doc', bytes: new Uint8Array([1, 2, 3]), contentType: 'application/pdf' }));
    await rejectsWithCode(
      storage.transaction((tx) => tx.putBlob({ id: 'doc', bytes: new Uint8Array([9]), contentType: 'text/plain' })),
      'conflict',
      'a second blob with the same id',
    );
    deepEqual((await inspector.blob('doc'))?.bytes, new Uint8Array([1, 2, 3]), 'the first blob stays');
  },

  'blob bytes are copies: changing them never changes what is stored': async ({ storage, inspector }) => {
    const bytes = new Uint8Array([10, 20, 30]);
    await storage.transaction(async (tx) => {
      await tx.putBlob({ id: 'doc', bytes, contentType: 'application/pdf' });
      bytes[0] = 99;
    });
    const read = await storage.getBlob('doc');
    check(read !== null, 'the blob exists');
    read.bytes[1] = 99;
    deepEqual((await inspector.blob('doc'))?.bytes, new Uint8Array([10, 20, 30]), 'stored bytes');
    deepEqual((await storage.getBlob('doc'))?.bytes, new Uint8Array([10, 20, 30]), 'bytes read again');
  },

  'invalid blobs are refused': async ({ storage, inspector }) => {
    await rejectsWithCode(
      storage.transaction((tx) => tx.putBlob({ id: 'doc', bytes: [1, 2] as unknown as Uint8Array, contentType: 'application/pdf' })),
      'validation_failed',
      'an array instead of bytes',
    );
    await rejectsWithCode(
      storage.transaction((tx) => tx.putBlob({ id: 'doc', bytes: new Uint8Array(1), contentType: 'application/pdf\n' })),
      'validation_failed',
      'a content type with a line break',
    );
    equal(await inspector.blob('doc'), null, 'nothing stored');
  },
} satisfies Record<string, ConformanceTest>;

/** Idempotency keys: remembered once, rolled back with their transaction. */
export const idempotencyTests = {
  'an idempotency record round-trips': async ({ storage, inspector }) => {
    const result = { requestId: 'pr_1', status: 'submitted', totals: { cents: 45_000 }, lines: [1, 2, 3] };
    await storage.transaction((tx) => tx.putIdempotency({ key: 'usr_1/7f1c-retry', fingerprint: 'a'.repeat(64), result }));
    deepEqual(await storage.getIdempotency('usr_1/7f1c-retry'), { key: 'usr_1/7f1c-retry', fingerprint: 'a'.repeat(64), result }, 'read back');
    deepEqual(await inspector.idempotency('usr_1/7f1c-retry'), { key: 'usr_1/7f1c-retry', fingerprint: 'a'.repeat(64), result }, 'stored');
    equal(await storage.getIdempotency('unknown'), null, 'an unknown key');
  },

  'a second record with the same key is a conflict and the first stays': async ({ storage, inspector }) => {
    await storage.transaction((tx) => tx.putIdempotency({ key: 'k', fingerprint: 'first', result: 1 }));
    await rejectsWithCode(storage.transaction((tx) => tx.putIdempotency({ key: 'k', fingerprint: 'second', result: 2 })), 'conflict', 'a second record');
    equal((await inspector.idempotency('k'))?.fingerprint, 'first', 'the first stays');
  },

  'concurrent transactions remembering one key: exactly one commits': async ({ storage, inspector }) => {
    const results = await Promise.allSettled(
      ['a', 'b', 'c'].map((who) =>
        storage.transaction(async (tx) => {
          await tx.put({ collection: 'payment_requests', id: `pr_${who}`, data: {}, index: { sortKey: 'k' }, expectedVersion: 0 });
          await tx.putIdempotency({ key: 'shared', fingerprint: who, result: who });
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    equal(won.length, 1, 'transactions that committed');
    for (const r of results) if (r.status === 'rejected') check(hasCode(r.reason, 'conflict'), 'the others conflict');
    const stored = await inspector.idempotency('shared');
    check(stored !== null, 'the key is stored');
    deepEqual(await inspector.recordIds('payment_requests'), [`pr_${stored.fingerprint}`], 'only the winner’s other writes are stored');
  },

  'idempotency records roll back with their transaction': async ({ storage, inspector }) => {
    await rejection(
      storage.transaction(async (tx) => {
        await tx.putIdempotency({ key: 'k', fingerprint: 'f', result: null });
        throw new Error('roll back');
      }),
      'rolled-back transaction',
    );
    equal(await inspector.idempotency('k'), null, 'nothing stored');
    await storage.transaction((tx) => tx.putIdempotency({ key: 'k', fingerprint: 'f', result: null }));
    deepEqual(await storage.getIdempotency('k'), { key: 'k', fingerprint: 'f', result: null }, 'the key can be used afterwards');
  },
} satisfies Record<string, ConformanceTest>;
