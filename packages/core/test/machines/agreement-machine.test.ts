import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { isCurrentAcceptance } from '../../src/machines/agreement-machine';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { AGREEMENT_EVENTS_SAMPLE as E, expectRefusal, snapshotIn } from './fixtures';
import { describeTransitionTable } from './transition-table';

describeTransitionTable('agreement', {
  sent: { ACCEPT: 'accepted', DECLINE: 'declined', SUPERSEDE: 'superseded' },
  accepted: { SUPERSEDE: 'superseded' },
  declined: {},
  superseded: {},
});

describe('master agreement acceptance', () => {
  const sent = initialSnapshot('agreement', { policyVersion: 'policy-2026-1', sentAt: '2026-01-06T15:00:00Z' });

  it('counts for its policy version once accepted, and stops counting once superseded', () => {
    expect(isCurrentAcceptance(sent, 'policy-2026-1')).toBe(false);
    const accepted = applyEvent('agreement', sent, E.ACCEPT);
    expect(isCurrentAcceptance(accepted, 'policy-2026-1')).toBe(true);
    expect(isCurrentAcceptance(accepted, 'policy-2026-2')).toBe(false);
    const superseded = applyEvent('agreement', accepted, E.SUPERSEDE);
    expect(superseded.context).toMatchObject({ supersededBy: 'policy-2026-2', closedAt: E.SUPERSEDE.now });
    expect(isCurrentAcceptance(superseded, 'policy-2026-1')).toBe(false);
  });

  it('is not superseded by its own policy version', () => {
    expectRefusal(() => applyEvent('agreement', snapshotIn('agreement', 'accepted'), { ...E.SUPERSEDE, policyVersion: 'policy-2026-1' }), {
      machine: 'agreement',
      from: 'accepted',
      event: 'SUPERSEDE',
      reason: 'same_policy_version',
    });
  });

  it('keeps the reason of a decline', () => {
    expect(applyEvent('agreement', sent, E.DECLINE).context.comment).toBe(E.DECLINE.reason);
  });
});
