import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, canApply } from '../../src/machines/apply-event';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { expectRefusal, MANDATE_EVENTS_SAMPLE as E, snapshotIn } from './fixtures';
import { describeTransitionTable } from './transition-table';

describeTransitionTable('mandate', {
  draft: { EDIT: 'draft', SUBMIT: 'pending_approval' },
  pending_approval: { APPROVE: 'approved', REQUEST_CHANGES: 'changes_requested', REJECT: 'rejected' },
  changes_requested: { EDIT: 'draft' },
  rejected: {},
  approved: { SEND: 'sent_to_partner', CANCEL: 'cancelled' },
  sent_to_partner: { ACCEPT: 'accepted', DECLINE: 'declined', EXPIRE_OFFER: 'offer_expired', CANCEL: 'cancelled' },
  accepted: { ACTIVATE: 'active', CANCEL: 'cancelled' },
  declined: {},
  offer_expired: {},
  active: { APPLY_AMENDMENT: 'active', COMPLETE: 'completed', CANCEL: 'cancelled', EXPIRE: 'expired' },
  completed: {},
  cancelled: {},
  expired: {},
});

const sent = snapshotIn('mandate', 'sent_to_partner');
const refused = (from: string, event: string, reason: string) => ({ machine: 'mandate' as const, from, event, reason });

describe('mandate: the happy path', () => {
  it('runs from draft to completed, recording when each step happened', () => {
    let m = initialSnapshot('mandate', { startDate: '2026-02-01', endDate: '2026-03-31' });
    expect(m).toMatchObject({ machine: 'mandate', version: 1, status: 'draft' });
    expect(m.context.timeZone).toBe('America/Toronto');
    for (const event of [E.SUBMIT, E.APPROVE, E.SEND, E.ACCEPT, E.ACTIVATE, E.COMPLETE]) m = applyEvent('mandate', m, event);
    expect(m.status).toBe('completed');
    expect(m.context).toMatchObject({
      submittedAt: E.SUBMIT.now,
      approvedAt: E.APPROVE.now,
      sentAt: E.SEND.now,
      offerExpiresAt: E.SEND.offerExpiresAt,
      acceptedAt: E.ACCEPT.now,
      activatedAt: E.ACTIVATE.now,
      closedAt: E.COMPLETE.now,
      acceptedWithAgreement: false,
    });
  });

  it('goes back to draft when changes are requested, keeping the comment for the author', () => {
    let m = applyEvent('mandate', snapshotIn('mandate', 'pending_approval'), E.REQUEST_CHANGES);
    expect(m.context.comment).toBe(E.REQUEST_CHANGES.comment);
    m = applyEvent('mandate', m, E.EDIT);
    expect(m.status).toBe('draft');
    expect(m.context.endDate).toBe('2026-04-30');
    expect(applyEvent('mandate', applyEvent('mandate', m, E.SUBMIT), E.APPROVE).context.comment).toBeNull();
  });

  it('lists the events each state accepts, in the lifecycle order', () => {
    expect(allowedEvents('mandate', snapshotIn('mandate', 'sent_to_partner'))).toEqual(['ACCEPT', 'DECLINE', 'EXPIRE_OFFER', 'CANCEL']);
    expect(allowedEvents('mandate', snapshotIn('mandate', 'completed'))).toEqual([]);
  });
});

describe('mandate: ACCEPT needs the current master agreement', () => {
  it('is refused when the partner neither holds nor accepts it', () => {
    const event = { ...E.ACCEPT, holdsCurrentAgreement: false, acceptsAgreementNow: false };
    const error = expectRefusal(() => applyEvent('mandate', sent, event), refused('sent_to_partner', 'ACCEPT', 'agreement_required'));
    expect(error.messages.fr).toMatch(/entente-cadre/);
    expect(error.messages.en).toMatch(/master agreement/);
  });

  it('accepts a first mandate together with the agreement, and records it', () => {
    const m = applyEvent('mandate', sent, { ...E.ACCEPT, holdsCurrentAgreement: false, acceptsAgreementNow: true });
    expect(m.status).toBe('accepted');
    expect(m.context.acceptedWithAgreement).toBe(true);
  });

  it('accepts with an agreement already held, without claiming it was accepted now', () => {
    const m = applyEvent('mandate', sent, { ...E.ACCEPT, holdsCurrentAgreement: true, acceptsAgreementNow: true });
    expect(m.context.acceptedWithAgreement).toBe(false);
  });

  it('is refused once the offer deadline has passed, even before EXPIRE_OFFER', () => {
    const late = { ...E.ACCEPT, now: '2026-01-20T05:00:00Z' };
    expectRefusal(() => applyEvent('mandate', sent, late), refused('sent_to_partner', 'ACCEPT', 'offer_expired'));
  });

  it('is always possible before the deadline when there is none', () => {
    const open = { ...sent, context: { ...sent.context, offerExpiresAt: null } };
    expect(applyEvent('mandate', open, { ...E.ACCEPT, now: '2030-01-01T00:00:00Z' }).status).toBe('active');
  });
});

describe('mandate: activation at the start date', () => {
  it('activates at once when the partner accepts on or after the start date', () => {
    const open = { ...sent, context: { ...sent.context, offerExpiresAt: '2026-03-01T00:00:00Z' } };
    // 2026-02-01 00:30 in Toronto is 05:30 UTC: the start date is reached.
    const m = applyEvent('mandate', open, { ...E.ACCEPT, now: '2026-02-01T05:30:00Z' });
    expect(m.status).toBe('active');
    expect(m.context.activatedAt).toBe('2026-02-01T05:30:00Z');
  });

  it('stays accepted when the partner accepts the evening before, in the organization’s time zone', () => {
    const open = { ...sent, context: { ...sent.context, offerExpiresAt: '2026-03-01T00:00:00Z' } };
    // 2026-02-01 04:30 UTC is still 31 January, 23:30, in Toronto.
    const m = applyEvent('mandate', open, { ...E.ACCEPT, now: '2026-02-01T04:30:00Z' });
    expect(m.status).toBe('accepted');
    expect(m.context.activatedAt).toBeNull();
  });

  it('refuses ACTIVATE before the start date and accepts it from midnight local time', () => {
    const accepted = snapshotIn('mandate', 'accepted');
    expectRefusal(
      () => applyEvent('mandate', accepted, { type: 'ACTIVATE', now: '2026-02-01T04:59:59Z' }),
      refused('accepted', 'ACTIVATE', 'start_date_not_reached'),
    );
    expect(applyEvent('mandate', accepted, { type: 'ACTIVATE', now: '2026-02-01T05:00:00Z' }).status).toBe('active');
  });
});

describe('mandate: SEND needs a payment profile unless nothing is paid', () => {
  const approved = snapshotIn('mandate', 'approved');

  it('is refused without a profile for a partner who accepts pay', () => {
    for (const compensationMode of ['accept', 'cap', 'donate'] as const) {
      expectRefusal(
        () => applyEvent('mandate', approved, { ...E.SEND, compensationMode, hasPaymentProfile: false }),
        refused('approved', 'SEND', 'payment_profile_required'),
      );
    }
  });

  it('goes without a profile when the partner declines all pay or claims expenses only', () => {
    for (const compensationMode of ['decline_all', 'expenses_only'] as const) {
      const m = applyEvent('mandate', approved, { ...E.SEND, compensationMode, hasPaymentProfile: false });
      expect(m.status).toBe('sent_to_partner');
    }
  });

  it('is refused with an offer deadline already past', () => {
    expectRefusal(
      () => applyEvent('mandate', approved, { ...E.SEND, offerExpiresAt: E.SEND.now }),
      refused('approved', 'SEND', 'offer_deadline_in_past'),
    );
  });
});

describe('mandate: expiries', () => {
  it('lets the offer expire only from its deadline on', () => {
    expectRefusal(
      () => applyEvent('mandate', sent, { type: 'EXPIRE_OFFER', now: '2026-01-20T04:59:59Z' }),
      refused('sent_to_partner', 'EXPIRE_OFFER', 'offer_still_open'),
    );
    const m = applyEvent('mandate', sent, { type: 'EXPIRE_OFFER', now: '2026-01-20T05:00:00Z' });
    expect(m.status).toBe('offer_expired');
    expect(m.context.closedAt).toBe('2026-01-20T05:00:00Z');
  });

  it('never lets an offer without a deadline expire', () => {
    const open = { ...sent, context: { ...sent.context, offerExpiresAt: null } };
    expect(canApply('mandate', open, { type: 'EXPIRE_OFFER', now: '2099-01-01T00:00:00Z' })).toBe(false);
  });

  it('expires an active mandate after its end date only when nothing was recorded', () => {
    const active = snapshotIn('mandate', 'active');
    // 2026-04-01 03:59 UTC is still 31 March in Toronto.
    expectRefusal(
      () => applyEvent('mandate', active, { type: 'EXPIRE', now: '2026-04-01T03:59:00Z', hasActivity: false }),
      refused('active', 'EXPIRE', 'end_date_not_passed'),
    );
    expectRefusal(
      () => applyEvent('mandate', active, { type: 'EXPIRE', now: '2026-04-01T04:00:00Z', hasActivity: true }),
      refused('active', 'EXPIRE', 'mandate_has_activity'),
    );
    expect(applyEvent('mandate', active, { type: 'EXPIRE', now: '2026-04-01T04:00:00Z', hasActivity: false }).status).toBe('expired');
  });
});

describe('mandate: edits and amendments keep the dates in order', () => {
  it('refuses an edit whose end date falls before the start date', () => {
    expectRefusal(
      () => applyEvent('mandate', snapshotIn('mandate', 'draft'), { ...E.EDIT, changes: { endDate: '2026-01-31' } }),
      refused('draft', 'EDIT', 'end_before_start'),
    );
  });

  it('applies an accepted amendment once, with its new dates', () => {
    const m = applyEvent('mandate', snapshotIn('mandate', 'active'), E.APPLY_AMENDMENT);
    expect(m.context).toMatchObject({ endDate: '2026-05-31', appliedAmendmentIds: ['amd-1'] });
    expectRefusal(() => applyEvent('mandate', m, E.APPLY_AMENDMENT), refused('active', 'APPLY_AMENDMENT', 'amendment_already_applied'));
    expectRefusal(
      () => applyEvent('mandate', m, { ...E.APPLY_AMENDMENT, amendmentId: 'amd-2', changes: { startDate: '2026-06-01' } }),
      refused('active', 'APPLY_AMENDMENT', 'end_before_start'),
    );
  });

  it('keeps the reason of a cancellation', () => {
    const m = applyEvent('mandate', snapshotIn('mandate', 'active'), E.CANCEL);
    expect(m.context).toMatchObject({ comment: E.CANCEL.reason, closedAt: E.CANCEL.now });
  });
});
