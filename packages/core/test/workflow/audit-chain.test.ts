import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditAppend } from '../../src/ports/storage-adapter';
import { hashAuditEvent, verifyAuditChain } from '../../src/workflow/audit-chain';

function chain(subjectId: string, actions: readonly string[], start = 0): AuditAppend[] {
  const events: AuditAppend[] = [];
  let prevHash: string | null = null;
  actions.forEach((action, i) => {
    const base = {
      id: `aud_${subjectId}_${start + i}`,
      subjectType: 'mandate',
      subjectId,
      seq: i + 1,
      at: new Date(Date.UTC(2026, 2, 1, 12, i)).toISOString(),
      actor: { id: 'u1', roles: ['approver'], actingFor: null },
      action,
      fromState: 'draft',
      toState: 'pending_approval',
      data: { n: i, note: 'Zoé ᐃᓄᒃᑎᑐᑦ' },
      prevHash,
    };
    const hash = hashAuditEvent(base);
    events.push({ ...base, hash });
    prevHash = hash;
  });
  return events;
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain of several subjects interleaved', () => {
    const a = chain('mnd_1', ['submit', 'approve', 'send']);
    const b = chain('mnd_2', ['submit', 'reject']);
    const log = [a[0]!, b[0]!, a[1]!, b[1]!, a[2]!];
    const report = verifyAuditChain(log, { heads: new Map([['mnd_1', { seq: 3, hash: a[2]!.hash }], ['mnd_2', { seq: 2, hash: b[1]!.hash }]]) });
    expect(report).toEqual({ valid: true, checked: 5, problems: [] });
  });

  it('detects an edited event', () => {
    const log = chain('mnd_1', ['submit', 'approve', 'send']);
    log[1] = { ...log[1]!, data: { n: 99 } };
    const report = verifyAuditChain(log);
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => [p.eventId, p.code])).toEqual([[log[1]!.id, 'hash_mismatch']]);
  });

  it('detects an edited event whose hash was recomputed: the next link breaks', () => {
    const log = chain('mnd_1', ['submit', 'approve', 'send']);
    const edited = { ...log[1]!, action: 'reject' };
    log[1] = { ...edited, hash: hashAuditEvent(edited) };
    const codes = verifyAuditChain(log).problems.map((p) => p.code);
    expect(codes).toEqual(['broken_link']);
  });

  it('detects a deleted event in the middle', () => {
    const log = chain('mnd_1', ['submit', 'approve', 'send']);
    log.splice(1, 1);
    const codes = verifyAuditChain(log).problems.map((p) => p.code);
    expect(codes).toEqual(['sequence_gap', 'broken_link']);
  });

  it('detects reordered events', () => {
    const log = chain('mnd_1', ['submit', 'approve', 'send']);
    [log[1], log[2]] = [log[2]!, log[1]!];
    expect(verifyAuditChain(log).valid).toBe(false);
  });

  it('detects removed last events only against the record’s head', () => {
    const log = chain('mnd_1', ['submit', 'approve', 'send']);
    const head = { seq: 3, hash: log[2]!.hash };
    log.pop();
    expect(verifyAuditChain(log).valid).toBe(true);
    const report = verifyAuditChain(log, { heads: new Map([['mnd_1', head]]) });
    expect(report.problems.map((p) => p.code)).toEqual(['head_mismatch']);
    expect(report.problems[0]!.message.fr).toContain('supprimés');
  });

  it('property: any single edit, deletion or swap in a chain is detected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('submit', 'approve', 'send', 'accept'), { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('edit', 'delete', 'swap'),
        (actions, pick, kind) => {
          const log = chain('s', actions);
          const head = { seq: log.length, hash: log.at(-1)!.hash };
          const i = pick % log.length;
          if (kind === 'edit') log[i] = { ...log[i]!, at: '2030-01-01T00:00:00.000Z' };
          else if (kind === 'delete') log.splice(i, 1);
          else {
            const j = (i + 1) % log.length;
            [log[i], log[j]] = [log[j]!, log[i]!];
          }
          expect(verifyAuditChain(log, { heads: new Map([['s', head]]) }).valid).toBe(false);
        },
      ),
    );
  });
});
