import type { AuditAppend, AuditRecord } from '@honoraria/core/storage';
import { check, deepEqual, equal, hasCode, rejection, rejectsWithCode } from './assertions';
import type { ConformanceTest } from './conformance-types';
import { auditEvent, yieldToOthers } from './fixtures';

function strictlyIncreasing(events: readonly AuditRecord[], what: string): void {
  for (let i = 1; i < events.length; i++) {
    check(events[i]!.position > events[i - 1]!.position, `${what}: positions strictly increase (${events[i - 1]!.position} then ${events[i]!.position})`);
  }
  for (const e of events) check(Number.isSafeInteger(e.position) && e.position > 0, `${what}: positions are positive integers`);
}

/** The audit log: append-only, ordered, one sequence per subject. */
export const auditTests = {
  'appended events get strictly increasing positions and list in append order': async ({ storage, inspector }) => {
    const order: string[] = [];
    const returned: AuditRecord[] = [];
    for (let round = 1; round <= 3; round++) {
      await storage.transaction(async (tx) => {
        for (const subject of ['pr_1', 'pr_2', 'mnd_1']) {
          const e = auditEvent(subject, round);
          returned.push(await tx.appendAudit(e));
          order.push(e.id);
        }
      });
    }
    strictlyIncreasing(returned, 'positions returned by appendAudit');
    const listed = (await storage.listAudit()).items;
    deepEqual(listed.map((e) => e.id), order, 'listAudit order');
    deepEqual(listed.map((e) => e.position), returned.map((e) => e.position), 'listed positions are the returned ones');
    const stored = await inspector.auditLog();
    deepEqual(stored.map((e) => e.id), order, 'stored order');
    deepEqual(stored.map((e) => e.position), returned.map((e) => e.position), 'stored positions');
  },

  'listAudit filters by subject and pages by position': async ({ storage }) => {
    await storage.transaction(async (tx) => {
      for (let seq = 1; seq <= 12; seq++) {
        await tx.appendAudit(auditEvent('pr_1', seq));
        if (seq <= 4) await tx.appendAudit(auditEvent('pr_2', seq));
      }
    });
    const seen: AuditRecord[] = [];
    let after = 0;
    for (let pages = 1; ; pages++) {
      check(pages <= 3, 'three pages of five hold twelve events');
      const page = await storage.listAudit({ subjectId: 'pr_1', afterPosition: after, limit: 5 });
      seen.push(...page.items);
      if (page.nextCursor === null) break;
      equal(page.nextCursor, String(page.items[page.items.length - 1]!.position), 'nextCursor is the last position');
      after = Number(page.nextCursor);
    }
    deepEqual(seen.map((e) => e.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'the subject’s events, in order');
    strictlyIncreasing(seen, 'the subject’s events');
    const all = await storage.listAudit({ limit: 1000 });
    equal(all.items.length, 16, 'events of every subject');
    equal(all.nextCursor, null, 'no next page');
    equal((await storage.listAudit({ limit: 3 })).items.length, 3, 'limit');
    await rejectsWithCode(storage.listAudit({ limit: 1001 }), 'validation_failed', 'limit 1001');
  },

  'lastAudit returns the latest event of a subject': async ({ storage }) => {
    equal(await storage.lastAudit('pr_1'), null, 'no event yet');
    for (let seq = 1; seq <= 3; seq++) await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', seq)));
    await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_2', 1)));
    const last = await storage.lastAudit('pr_1');
    equal(last?.seq, 3, 'last seq');
    equal(last?.hash, 'hash_pr_1_3', 'last hash');
  },

  'a taken (subjectId, seq) or event id is a conflict': async ({ storage, inspector }) => {
    await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 1)));
    await rejectsWithCode(storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 1, { id: 'evt_other' }))), 'conflict', 'a second seq 1');
    await rejectsWithCode(storage.transaction((tx) => tx.appendAudit(auditEvent('pr_9', 1, { id: 'evt_pr_1_1' }))), 'conflict', 'a taken event id');
    deepEqual((await inspector.auditLog()).map((e) => e.id), ['evt_pr_1_1'], 'the log is unchanged');
  },

  'a gap in a subject’s sequence is refused': async ({ storage, inspector }) => {
    await rejectsWithCode(storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 2))), 'validation_failed', 'a first event at seq 2');
    await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 1)));
    await rejectsWithCode(storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 3))), 'validation_failed', 'seq 3 after seq 1');
    await rejectsWithCode(storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 0))), 'validation_failed', 'seq 0');
    equal((await inspector.auditLog()).length, 1, 'one event stored');
  },

  'events round-trip exactly, absent members stay absent': async ({ storage, inspector }) => {
    const full: AuditAppend = auditEvent('pr_1', 1, {
      actor: { id: 'usr_ann', roles: ['approver', 'finance'], actingFor: 'usr_bob' },
      fromState: null,
      data: { lines: [{ id: 'l1', minutes: 90, decision: 'adjusted' }], comment: 'Heures ajustées — voir la feuille de temps' },
    });
    const { data: _omitted, fromState: _alsoOmitted, ...bare } = auditEvent('pr_1', 2, { actor: { id: 'usr_ann' } });
    await storage.transaction(async (tx) => {
      await tx.appendAudit(full);
      await tx.appendAudit(bare);
    });
    const stored = await inspector.auditLog();
    const listed = (await storage.listAudit({ subjectId: 'pr_1' })).items;
    for (const [what, events] of [['stored', stored], ['listed', listed]] as const) {
      equal(events.length, 2, `${what} events`);
      const [first, second] = events as [AuditRecord, AuditRecord];
      deepEqual({ ...first, position: 0 }, { ...full, position: 0 }, `${what} full event`);
      deepEqual({ ...second, position: 0 }, { ...bare, position: 0 }, `${what} bare event`);
      check(!('data' in second) && !('fromState' in second), `${what}: absent members stay absent`);
      equal(first.fromState, null, `${what}: a null member stays null`);
    }
  },

  'two transactions appending the same seq: exactly one commits': async ({ storage, inspector }) => {
    await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 1)));
    // Both read the subject's head before either starts, as two commands would.
    const next = ((await storage.lastAudit('pr_1'))?.seq ?? 0) + 1;
    const results = await Promise.allSettled(
      ['a', 'b'].map((who, i) =>
        storage.transaction(async (tx) => {
          if (i === 1) await yieldToOthers();
          const appended = await tx.appendAudit(auditEvent('pr_1', next, { id: `evt_${who}` }));
          if (i === 0) await yieldToOthers();
          return appended;
        }),
      ),
    );
    equal(results.filter((r) => r.status === 'fulfilled').length, 1, 'appends that committed');
    for (const r of results) if (r.status === 'rejected') check(hasCode(r.reason, 'conflict'), 'the other conflicts');
    deepEqual((await inspector.auditLog()).map((e) => e.seq), [1, 2], 'the subject’s sequence');
  },

  'rolled-back events leave no trace and later positions still increase': async ({ storage, inspector }) => {
    const first = await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 1)));
    await rejection(
      storage.transaction(async (tx) => {
        await tx.appendAudit(auditEvent('pr_1', 2));
        throw new Error('roll back');
      }),
      'rolled-back append',
    );
    const again = await storage.transaction((tx) => tx.appendAudit(auditEvent('pr_1', 2, { id: 'evt_retry' })));
    check(again.position > first.position, 'a later append gets a higher position');
    deepEqual((await inspector.auditLog()).map((e) => e.id), ['evt_pr_1_1', 'evt_retry'], 'the log');
  },
} satisfies Record<string, ConformanceTest>;
