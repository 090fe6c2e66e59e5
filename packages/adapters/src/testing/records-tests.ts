import type { JsonValue, PutInput } from '@honoraria/core/storage';
import { check, deepEqual, equal, rejectsWithCode } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { putRecord } from './fixtures';

const C = 'payment_requests';
const EMPTY_INDEX = { partnerId: null, status: null, assigneeId: null, parentId: null, dueAt: null };

/** Records and versions: create, replace, delete, conflicts, copies, validation. */
export const recordTests = {
  'put creates a record at version 1': async ({ storage, inspector }) => {
    const data = { amount: { cents: 12_500, currency: 'CAD' }, lines: [{ minutes: 90 }], note: null, paid: false };
    const index = { partnerId: 'ptn_1', status: 'draft', assigneeId: 'usr_2', parentId: 'mnd_1', sortKey: '2026-03-01T10:00:00.000Z' };
    const created = await putRecord(storage, C, 'pr_1', data, index);
    equal(created.version, 1, 'version returned by put');
    equal(created.id, 'pr_1', 'id returned by put');
    equal(created.collection, C, 'collection returned by put');
    deepEqual(created.data, data, 'data returned by put');
    deepEqual(created.index, { ...EMPTY_INDEX, ...index }, 'index returned by put');
    const stored = await inspector.record(C, 'pr_1');
    check(stored !== null, 'the inspector finds the new record');
    equal(stored.version, 1, 'stored version');
    deepEqual(stored.data, data, 'stored data');
    deepEqual(stored.index, { ...EMPTY_INDEX, ...index }, 'stored index');
    deepEqual(await storage.get(C, 'pr_1'), created, 'get returns the record');
  },

  'put replaces a record at its current version': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'pr_1', { a: 1, b: 2 }, { status: 'draft', sortKey: 'k1' });
    const replaced = await putRecord(storage, C, 'pr_1', { c: 3 }, { status: 'submitted', assigneeId: 'usr_9', sortKey: 'k2' }, 1);
    equal(replaced.version, 2, 'version after one replacement');
    const third = await putRecord(storage, C, 'pr_1', { d: 4 }, { sortKey: 'k3' }, 2);
    equal(third.version, 3, 'version after two replacements');
    const stored = await inspector.record(C, 'pr_1');
    check(stored !== null, 'the record exists');
    equal(stored.version, 3, 'stored version');
    deepEqual(stored.data, { d: 4 }, 'data is replaced, not merged');
    deepEqual(stored.index, { ...EMPTY_INDEX, sortKey: 'k3' }, 'index is replaced, not merged');
  },

  'put with a stale version is a conflict and changes nothing': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'pr_1', { v: 1 }, { sortKey: 'k' });
    await putRecord(storage, C, 'pr_1', { v: 2 }, { sortKey: 'k' }, 1);
    await rejectsWithCode(putRecord(storage, C, 'pr_1', { v: 'stale' }, { sortKey: 'k' }, 1), 'conflict', 'put at version 1 when 2 is stored');
    await rejectsWithCode(putRecord(storage, C, 'pr_1', { v: 'ahead' }, { sortKey: 'k' }, 3), 'conflict', 'put at version 3 when 2 is stored');
    const stored = await inspector.record(C, 'pr_1');
    equal(stored?.version, 2, 'stored version');
    deepEqual(stored?.data, { v: 2 }, 'stored data');
  },

  'creating an existing id is a conflict': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'pr_1', { first: true }, { sortKey: 'k' });
    await rejectsWithCode(putRecord(storage, C, 'pr_1', { second: true }, { sortKey: 'k' }), 'conflict', 'create of an existing id');
    const stored = await inspector.record(C, 'pr_1');
    equal(stored?.version, 1, 'stored version');
    deepEqual(stored?.data, { first: true }, 'the first record stays');
  },

  'writing a missing record at a version is a conflict': async ({ storage, inspector }) => {
    await rejectsWithCode(putRecord(storage, C, 'ghost', { x: 1 }, { sortKey: 'k' }, 1), 'conflict', 'put at version 1 of a missing record');
    equal(await inspector.record(C, 'ghost'), null, 'nothing stored');
  },

  'get returns null for a missing record and keeps collections apart': async ({ storage, inspector }) => {
    equal(await storage.get(C, 'nothing'), null, 'get of a missing record');
    await putRecord(storage, 'mandates', 'same_id', { kind: 'mandate' }, { sortKey: 'a' });
    await putRecord(storage, C, 'same_id', { kind: 'request' }, { sortKey: 'b' });
    deepEqual((await storage.get('mandates', 'same_id'))?.data, { kind: 'mandate' }, 'mandates/same_id');
    deepEqual((await storage.get(C, 'same_id'))?.data, { kind: 'request' }, `${C}/same_id`);
    deepEqual(await inspector.recordIds('mandates'), ['same_id'], 'ids in mandates');
    deepEqual((await inspector.record(C, 'same_id'))?.data, { kind: 'request' }, 'stored request');
  },

  'delete removes a record at its version, and the id can be created again': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'pr_1', { v: 1 }, { sortKey: 'k' });
    await putRecord(storage, C, 'pr_1', { v: 2 }, { sortKey: 'k' }, 1);
    await storage.transaction((tx) => tx.delete(C, 'pr_1', 2));
    equal(await inspector.record(C, 'pr_1'), null, 'stored record after delete');
    equal(await storage.get(C, 'pr_1'), null, 'get after delete');
    const again = await putRecord(storage, C, 'pr_1', { v: 'new' }, { sortKey: 'k' });
    equal(again.version, 1, 'version of a re-created record');
    equal((await inspector.record(C, 'pr_1'))?.version, 1, 'stored version of the re-created record');
  },

  'delete with a stale version or of a missing record is a conflict': async ({ storage, inspector }) => {
    await putRecord(storage, C, 'pr_1', { v: 1 }, { sortKey: 'k' });
    await putRecord(storage, C, 'pr_1', { v: 2 }, { sortKey: 'k' }, 1);
    await rejectsWithCode(storage.transaction((tx) => tx.delete(C, 'pr_1', 1)), 'conflict', 'delete at a stale version');
    await rejectsWithCode(storage.transaction((tx) => tx.delete(C, 'ghost', 1)), 'conflict', 'delete of a missing record');
    equal((await inspector.record(C, 'pr_1'))?.version, 2, 'the record stays');
  },

  'values are copies: changing them never changes what is stored': async ({ storage, inspector }) => {
    const data = { lines: [{ minutes: 60 }], tags: ['a'] };
    const index = { status: 'draft', sortKey: 'k' };
    const returned = await putRecord(storage, C, 'pr_1', data, index);
    data.lines[0]!.minutes = 1;
    data.tags.push('b');
    index.status = 'changed';
    (returned.data as { tags: string[] }).tags.push('c');
    const read = await storage.get<{ lines: { minutes: number }[] }>(C, 'pr_1');
    check(read !== null, 'the record exists');
    read.data.lines[0]!.minutes = 2;
    const stored = await inspector.record(C, 'pr_1');
    deepEqual(stored?.data, { lines: [{ minutes: 60 }], tags: ['a'] }, 'stored data');
    equal(stored?.index.status, 'draft', 'stored status');
    deepEqual((await storage.get(C, 'pr_1'))?.data, { lines: [{ minutes: 60 }], tags: ['a'] }, 'data read again');
  },

  'index fields round-trip, absent ones as null, dueAt as an instant': async ({ storage, inspector }) => {
    const created = await putRecord(storage, C, 'pr_1', {}, { partnerId: 'ptn_1', dueAt: '2026-03-01T17:00Z', sortKey: 'k' });
    const expected = { ...EMPTY_INDEX, partnerId: 'ptn_1', dueAt: '2026-03-01T17:00:00.000Z', sortKey: 'k' };
    deepEqual(created.index, expected, 'index returned by put');
    deepEqual((await inspector.record(C, 'pr_1'))?.index, expected, 'stored index');
    await putRecord(storage, C, 'pr_2', {}, { dueAt: '2026-12-31T23:59:59.123456Z', sortKey: 'k' });
    equal((await storage.get(C, 'pr_2'))?.index.dueAt, '2026-12-31T23:59:59.123Z', 'fractions kept to the millisecond');
  },

  'JSON values of every kind round-trip': async ({ storage, inspector }) => {
    const data = JSON.parse(
      '{"numbers":[0,-1,1.5,-0.001,1e21,9007199254740991,-9007199254740991,5e-324,1.7976931348623157e308],' +
        '"text":["", " ", "quote \\" backslash \\\\ slash /", "line\\nbreak\\ttab\\r", "\\u0001\\u001f\\u007f"],' +
        '"flags":[true,false,null],"empty":{"array":[],"object":{}},"__proto__":{"polluted":true},' +
        '"nested":{"a":{"b":{"c":[[1,[2,[3]]]]}}}}',
    ) as JsonValue;
    await putRecord(storage, C, 'pr_1', data, { sortKey: 'k' });
    deepEqual((await inspector.record(C, 'pr_1'))?.data, data, 'stored data');
    const read = await storage.get(C, 'pr_1');
    deepEqual(read?.data, data, 'data read back');
    equal(({} as Record<string, unknown>)['polluted'], undefined, 'no prototype pollution');
    const withUndefined = { kept: 1, dropped: undefined, list: [1, undefined, 3] } as unknown as JsonValue;
    await putRecord(storage, C, 'pr_2', withUndefined, { sortKey: 'k' });
    deepEqual((await storage.get(C, 'pr_2'))?.data, { kept: 1, list: [1, null, 3] }, 'undefined is dropped in objects and null in arrays, as JSON does');
  },

  'invalid input is refused with validation_failed and writes nothing': async ({ storage, inspector }) => {
    const base: PutInput = { collection: C, id: 'pr_1', data: { ok: true }, index: { sortKey: 'k' }, expectedVersion: 0 };
    const bad: [string, PutInput][] = [
      ['an empty id', { ...base, id: '' }],
      ['an id of 129 characters', { ...base, id: 'x'.repeat(129) }],
      ['an empty collection', { ...base, collection: '' }],
      ['a negative version', { ...base, expectedVersion: -1 }],
      ['a fractional version', { ...base, expectedVersion: 1.5 }],
      ['NaN in data', { ...base, data: { n: Number.NaN } }],
      ['Infinity in data', { ...base, data: [Number.POSITIVE_INFINITY] }],
      ['a Date in data', { ...base, data: { d: new Date() } as unknown as JsonValue }],
      ['a function in data', { ...base, data: { f: () => 1 } as unknown as JsonValue }],
      ['a missing sort key', { ...base, index: {} as PutInput['index'] }],
      ['a dueAt that is not an instant', { ...base, index: { sortKey: 'k', dueAt: 'tomorrow' } }],
      ['a dueAt that does not exist', { ...base, index: { sortKey: 'k', dueAt: '2026-02-30T00:00:00Z' } }],
      ['an unknown index field', { ...base, index: { sortKey: 'k', colour: 'red' } as PutInput['index'] }],
    ];
    for (const [what, input] of bad) {
      await rejectsWithCode(storage.transaction((tx) => tx.put(input)), 'validation_failed', `put with ${what}`);
    }
    await rejectsWithCode(storage.get('', 'x'), 'validation_failed', 'get with an empty collection');
    await rejectsWithCode(storage.transaction((tx) => tx.delete(C, 'pr_1', 0)), 'validation_failed', 'delete at version 0');
    deepEqual(await inspector.recordIds(C), [], 'nothing was written');
  },
} satisfies Record<string, ConformanceTest>;
