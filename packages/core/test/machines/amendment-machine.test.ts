import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { AMENDMENT_EVENTS_SAMPLE as E, expectValidationError } from './fixtures';
import { describeTransitionTable } from './transition-table';

describeTransitionTable('amendment', {
  pending_approval: { APPROVE: 'approved', REJECT: 'rejected', WITHDRAW: 'withdrawn' },
  approved: { ACCEPT: 'accepted', DECLINE: 'declined', WITHDRAW: 'withdrawn' },
  accepted: {},
  declined: {},
  rejected: {},
  withdrawn: {},
});

describe('amendment', () => {
  it('is approved, then accepted again by the partner', () => {
    let a = initialSnapshot('amendment', { mandateId: 'mandate-1', requestedAt: '2026-02-10T15:00:00Z' });
    expect(a).toMatchObject({ machine: 'amendment', version: 1, status: 'pending_approval' });
    a = applyEvent('amendment', a, E.APPROVE);
    a = applyEvent('amendment', a, E.ACCEPT);
    expect(a.status).toBe('accepted');
    expect(a.context).toMatchObject({ approvedAt: E.APPROVE.now, closedAt: E.ACCEPT.now, comment: null });
  });

  it('keeps the reason of a rejection', () => {
    const a = applyEvent('amendment', initialSnapshot('amendment', { mandateId: 'm', requestedAt: '2026-02-10T15:00:00Z' }), E.REJECT);
    expect(a.context.comment).toBe(E.REJECT.reason);
  });

  it('refuses a rejection without a reason', () => {
    const a = initialSnapshot('amendment', { mandateId: 'm', requestedAt: '2026-02-10T15:00:00Z' });
    const error = expectValidationError(() => applyEvent('amendment', a, { type: 'REJECT', now: E.REJECT.now, reason: '  ' }));
    expect(error.issues.map((issue) => issue.path)).toEqual([['reason']]);
  });
});
