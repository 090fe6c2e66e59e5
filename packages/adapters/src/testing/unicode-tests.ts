import type { JsonValue } from '@honoraria/core/storage';
import { check, deepEqual, equal, rejectsWithCode } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { auditEvent, putRecord } from './fixtures';

const C = 'partners';

/** The first (or, negative, last) `n` characters of a text, never splitting a surrogate pair. */
function cut(text: string, n: number): string {
  const chars = Array.from(text);
  return (n >= 0 ? chars.slice(0, n) : chars.slice(n)).join('');
}

/** Text that breaks naive storage: accents, tones, syllabics, emoji sequences, scripts, invisible characters. */
export const UNICODE_SAMPLES = {
  french: 'Élisabeth Côté-Léger, « çà et là », cœur d’Œdipe — 1 234,50 $',
  vietnamese: 'Nguyễn Thị Minh Khai: Tiếng Việt có dấu ặ ờ ữ ỹ',
  inuktitut: 'ᐃᓄᒃᑎᑐᑦ ᑐᑭᓯᓇᕐᓂᖅ ᐊᕐᕌᒍ',
  emoji: '👩🏽‍⚕️ 🧑‍🤝‍🧑 🇨🇦 🏳️‍⚧️ 👍🏿',
  decomposed: 'Cre\u0301peau e\u0300 o\u0302',
  rtl: 'مرحبا بالعالم שלום',
  cjk: '患者パートナー 환자 파트너 病人伙伴',
  invisible: 'zero\u200bwidth\u200d join\u2028line\u2029para\ufeffbom\u00a0nbsp\u202fnnbsp',
  astral: '𝐀𝐁𝐂 𓀀 🀄 \u{10FFFD}',
  controls: 'tab\tnew\nline\rcr \u0001\u001f\u007f\u0085',
  noncharacters: '\ufffe\uffff\ufdd0',
  quotes: `single ' double " back \\ slash / percent % underscore _ dollar $1`,
} as const;

/** Unicode, invalid text and large documents. */
export const unicodeTests = {
  'Unicode text round-trips exactly in data, keys, ids, index values and sort keys': async ({ storage, inspector }) => {
    const samples = Object.entries(UNICODE_SAMPLES);
    const data = Object.fromEntries(samples.map(([name, text]) => [text, { name, text, list: [text, text.length] }]));
    for (const [name, text] of samples) {
      const id = cut(text, 60);
      await putRecord(storage, C, id, data, { partnerId: cut(text, 100), status: name, assigneeId: cut(text, -50), sortKey: cut(text, 100) });
      const stored = await inspector.record(C, id);
      check(stored !== null, `${name}: the inspector finds the record by its id`);
      deepEqual(stored.data, data, `${name}: stored data`);
      equal(stored.index.partnerId, cut(text, 100), `${name}: stored partnerId`);
      equal(stored.index.assigneeId, cut(text, -50), `${name}: stored assigneeId`);
      equal(stored.index.sortKey, cut(text, 100), `${name}: stored sortKey`);
      const read = await storage.get(C, id);
      deepEqual(read?.data, data, `${name}: data read back`);
      const found = await storage.list(C, { where: { partnerId: cut(text, 100), assigneeId: cut(text, -50) } });
      deepEqual(found.items.map((r) => r.id), [id], `${name}: found by its index values`);
    }
    equal((await inspector.recordIds(C)).length, samples.length, 'one record per sample');
  },

  'composed and decomposed spellings are different ids': async ({ storage }) => {
    const composed = 'Côté';
    const decomposed = composed.normalize('NFD');
    check(composed !== decomposed, 'the two spellings differ');
    await putRecord(storage, C, composed, { form: 'NFC' }, { sortKey: composed });
    await putRecord(storage, C, decomposed, { form: 'NFD' }, { sortKey: decomposed });
    deepEqual((await storage.get(C, composed))?.data, { form: 'NFC' }, 'NFC record');
    deepEqual((await storage.get(C, decomposed))?.data, { form: 'NFD' }, 'NFD record');
    equal((await storage.list(C)).items.length, 2, 'two records');
  },

  'U+0000 and lone surrogates are refused everywhere': async ({ storage, inspector }) => {
    const ok = { collection: C, id: 'p1', data: {}, index: { sortKey: 'k' }, expectedVersion: 0 };
    const cases: [string, () => Promise<unknown>][] = [
      ['U+0000 in a data string', () => storage.transaction((tx) => tx.put({ ...ok, data: { name: 'a\u0000b' } }))],
      ['U+0000 in a data key', () => storage.transaction((tx) => tx.put({ ...ok, data: { 'a\u0000b': 1 } }))],
      ['U+0000 in an id', () => storage.transaction((tx) => tx.put({ ...ok, id: 'p\u0000' }))],
      ['U+0000 in a sort key', () => storage.transaction((tx) => tx.put({ ...ok, index: { sortKey: '\u0000' } }))],
      ['a lone high surrogate in data', () => storage.transaction((tx) => tx.put({ ...ok, data: ['\ud83d'] }))],
      ['a lone low surrogate in an index value', () => storage.transaction((tx) => tx.put({ ...ok, index: { sortKey: 'k', status: 'x\ude00' } }))],
      ['U+0000 in audit data', () => storage.transaction((tx) => tx.appendAudit(auditEvent('s', 1, { data: { note: '\u0000' } })))],
      ['U+0000 in a blob id', () => storage.transaction((tx) => tx.putBlob({ id: 'b\u0000', bytes: new Uint8Array(1), contentType: 'text/plain' }))],
      ['a lone surrogate in an idempotency result', () => storage.transaction((tx) => tx.putIdempotency({ key: 'k', fingerprint: 'f', result: '\udfff' }))],
      ['U+0000 in a filter', () => storage.list(C, { where: { status: '\u0000' } })],
    ];
    for (const [what, run] of cases) await rejectsWithCode(run(), 'validation_failed', what);
    deepEqual(await inspector.recordIds(C), [], 'no record');
    deepEqual(await inspector.auditLog(), [], 'no audit event');
    equal(await inspector.idempotency('k'), null, 'no idempotency record');
  },

  'a large document (about 5 MB) round-trips': async ({ storage, inspector }) => {
    const entries = Array.from({ length: 27_000 }, (_, i) => ({
      id: `te_${i}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      minutes: (i * 7) % 480,
      cents: i * 13,
      note: `${UNICODE_SAMPLES.french} / ${UNICODE_SAMPLES.inuktitut} #${i}`,
      flags: [i % 2 === 0, null],
    }));
    let nested: JsonValue = { bottom: true };
    for (let depth = 0; depth < 90; depth++) nested = { depth, child: nested, list: [depth] };
    const data = { entries, nested, summary: { count: entries.length } };
    const size = JSON.stringify(data).length;
    check(size > 4_000_000, `the document is large (${size} characters)`);
    await putRecord(storage, C, 'big', data, { sortKey: 'k' });
    deepEqual((await inspector.record(C, 'big'))?.data, data, 'stored document');
    deepEqual((await storage.get(C, 'big'))?.data, data, 'document read back');
    await storage.transaction(async (tx) => {
      await tx.appendAudit(auditEvent('big', 1, { data: { entries: entries.slice(0, 5000) } }));
      await tx.putIdempotency({ key: 'big', fingerprint: 'f', result: { entries: entries.slice(0, 5000) } });
    });
    deepEqual((await inspector.auditLog())[0]?.data, { entries: entries.slice(0, 5000) }, 'large audit data');
    deepEqual((await inspector.idempotency('big'))?.result, { entries: entries.slice(0, 5000) }, 'large idempotency result');
  },

  'a document nested deeper than 100 levels is refused': async ({ storage, inspector }) => {
    let nested: JsonValue = 1;
    for (let depth = 0; depth < 101; depth++) nested = [nested];
    await rejectsWithCode(putRecord(storage, C, 'deep', nested, { sortKey: 'k' }), 'validation_failed', 'a document 101 levels deep');
    equal(await inspector.record(C, 'deep'), null, 'nothing stored');
  },
} satisfies Record<string, ConformanceTest>;
