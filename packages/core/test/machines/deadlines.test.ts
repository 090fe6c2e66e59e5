import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { isOverdue, nextDeadline } from '../../src/machines/deadlines';
import { MACHINE_KINDS, MACHINE_STATES } from '../../src/machines/machine-registry';
import { expectValidationError, MANDATE_EVENTS_SAMPLE as E, snapshotIn } from './fixtures';

describe('mandate deadlines', () => {
  it('are the offer expiry, then the start of the start date, then the day after the end date, in local time', () => {
    expect(nextDeadline('mandate', snapshotIn('mandate', 'sent_to_partner'))).toEqual({
      at: '2026-01-20T05:00:00.000Z',
      kind: 'offer_expiry',
      event: 'EXPIRE_OFFER',
    });
    expect(nextDeadline('mandate', snapshotIn('mandate', 'accepted'))).toEqual({
      at: '2026-02-01T05:00:00.000Z',
      kind: 'activation',
      event: 'ACTIVATE',
    });
    // 31 March is in daylight time: the next day begins at 04:00 UTC.
    expect(nextDeadline('mandate', snapshotIn('mandate', 'active'))).toEqual({
      at: '2026-04-01T04:00:00.000Z',
      kind: 'end_of_term',
      event: 'EXPIRE',
    });
  });

  it('agree with the guards: the event they name is accepted exactly from `at` on', () => {
    const cases = [
      ['sent_to_partner', { type: 'EXPIRE_OFFER' }],
      ['accepted', { type: 'ACTIVATE' }],
      ['active', { type: 'EXPIRE', hasActivity: false }],
    ] as const;
    for (const [status, partial] of cases) {
      const snapshot = snapshotIn('mandate', status);
      const at = nextDeadline('mandate', snapshot)?.at ?? '';
      const justBefore = new Date(Date.parse(at) - 1).toISOString();
      expect(() => applyEvent('mandate', snapshot, { ...partial, now: justBefore })).toThrow();
      expect(applyEvent('mandate', snapshot, { ...partial, now: at }).status).not.toBe(status);
      expect(isOverdue('mandate', snapshot, justBefore)).toBe(false);
      expect(isOverdue('mandate', snapshot, at)).toBe(true);
    }
  });

  it('have none for an offer without a deadline', () => {
    const sent = snapshotIn('mandate', 'sent_to_partner');
    expect(nextDeadline('mandate', { ...sent, context: { ...sent.context, offerExpiresAt: null } })).toBeNull();
    expect(nextDeadline('mandate', applyEvent('mandate', snapshotIn('mandate', 'approved'), { ...E.SEND, offerExpiresAt: null }))).toBeNull();
  });
});

describe('deadlines of the other machines', () => {
  it('exist only for mandates and applications', () => {
    for (const kind of MACHINE_KINDS.filter((k) => k !== 'mandate' && k !== 'application')) {
      for (const status of MACHINE_STATES[kind]) {
        expect(nextDeadline(kind, snapshotIn(kind, status))).toBeNull();
        expect(isOverdue(kind, snapshotIn(kind, status), '2099-01-01T00:00:00Z')).toBe(false);
      }
    }
  });

  it('refuse a reference instant that is not one', () => {
    expectValidationError(() => isOverdue('application', snapshotIn('application', 'submitted'), 'tomorrow'));
  });
});
