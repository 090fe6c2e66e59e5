import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/machines/apply-event';
import { reviewedLines } from '../../src/machines/payment-request-machine';
import { initialSnapshot } from '../../src/machines/persisted-snapshot';
import { expectRefusal, expectValidationError, PAYMENT_REQUEST_EVENTS_SAMPLE as E, snapshotIn } from './fixtures';
import { describeTransitionTable } from './transition-table';

describeTransitionTable('payment_request', {
  draft: { EDIT: 'draft', SUBMIT: 'submitted' },
  submitted: { START_REVIEW: 'under_review', WITHDRAW: 'withdrawn' },
  under_review: {
    DECIDE_LINES: 'under_review',
    APPROVE: 'approved',
    REQUEST_CHANGES: 'changes_requested',
    REJECT: 'rejected',
    WITHDRAW: 'withdrawn',
  },
  changes_requested: { EDIT: 'draft' },
  rejected: {},
  approved: { FORWARD: 'forwarded_to_admin' },
  forwarded_to_admin: { START_PROCESSING: 'processing' },
  processing: { MARK_PAID: 'paid', FAIL_PAYMENT: 'payment_failed' },
  payment_failed: { RETRY_PAYMENT: 'processing' },
  paid: { REVERSE: 'reversed' },
  withdrawn: {},
  reversed: {},
});

const review = snapshotIn('payment_request', 'under_review');
const refused = (event: string, reason: string) => ({ machine: 'payment_request' as const, from: 'under_review', event, reason });

describe('payment request: the line-level review', () => {
  it('carries the approver’s adjustment and comment into the approved request', () => {
    let r = applyEvent('payment_request', review, E.DECIDE_LINES);
    r = applyEvent('payment_request', r, E.APPROVE);
    expect(r.status).toBe('approved');
    expect(r.context.decisions).toEqual([
      { lineId: 'l1', decision: 'adjusted', adjustedMinutes: 60, adjustedAmountCents: null, comment: 'La réunion a duré une heure.' },
      { lineId: 'l2', decision: 'accepted', adjustedMinutes: null, adjustedAmountCents: null, comment: null },
    ]);
    expect(reviewedLines(r.context)).toEqual([
      {
        lineId: 'l1',
        target: 'entry',
        decision: 'adjusted',
        claimedMinutes: 90,
        claimedAmountCents: null,
        minutes: 60,
        amountCents: null,
        included: true,
        comment: 'La réunion a duré une heure.',
      },
      {
        lineId: 'l2',
        target: 'expense',
        decision: 'accepted',
        claimedMinutes: null,
        claimedAmountCents: 1250,
        minutes: null,
        amountCents: 1250,
        included: true,
        comment: null,
      },
    ]);
  });

  it('lets a later decision on a line replace an earlier one', () => {
    let r = applyEvent('payment_request', review, E.DECIDE_LINES);
    r = applyEvent('payment_request', r, {
      type: 'APPROVE',
      now: E.APPROVE.now,
      decisions: [{ lineId: 'l1', decision: 'rejected', comment: 'Hors période.' }, { lineId: 'l2', decision: 'adjusted', adjustedAmountCents: 1000, comment: 'Tarif réglementaire.' }],
    });
    const lines = reviewedLines(r.context);
    expect(lines.map((l) => [l.decision, l.minutes, l.amountCents, l.included])).toEqual([
      ['rejected', 0, null, false],
      ['adjusted', null, 1000, true],
    ]);
  });

  it('shows undecided lines as pending during the review', () => {
    expect(reviewedLines(review.context).map((l) => l.decision)).toEqual(['pending', 'pending']);
  });

  it('refuses a decision on a line the request does not have', () => {
    expectRefusal(
      () => applyEvent('payment_request', review, { ...E.DECIDE_LINES, decisions: [{ lineId: 'l9', decision: 'accepted' }] }),
      refused('DECIDE_LINES', 'unknown_line'),
    );
  });

  it('adjusts a time entry in minutes and an expense in cents, never the other way', () => {
    expectRefusal(
      () =>
        applyEvent('payment_request', review, {
          ...E.APPROVE,
          decisions: [{ lineId: 'l2', decision: 'adjusted', adjustedMinutes: 30, comment: 'Non.' }],
        }),
      refused('APPROVE', 'adjustment_mismatch'),
    );
  });

  it('refuses to approve a request whose every line is rejected', () => {
    const decisions = ['l1', 'l2'].map((lineId) => ({ lineId, decision: 'rejected' as const, comment: 'Hors mandat.' }));
    expectRefusal(() => applyEvent('payment_request', review, { ...E.APPROVE, decisions }), refused('APPROVE', 'all_lines_rejected'));
    expect(applyEvent('payment_request', review, { ...E.REQUEST_CHANGES, decisions }).status).toBe('changes_requested');
  });

  it('needs a comment to adjust or reject a line, and adjusted minutes only on an adjusted line', () => {
    const error = expectValidationError(() =>
      applyEvent('payment_request', review, { ...E.DECIDE_LINES, decisions: [{ lineId: 'l1', decision: 'rejected' }] }),
    );
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[['decisions', 0, 'comment'], 'decision_comment']]);
    expectValidationError(() =>
      applyEvent('payment_request', review, { ...E.DECIDE_LINES, decisions: [{ lineId: 'l1', decision: 'accepted', adjustedMinutes: 10 }] }),
    );
  });

  it('clears the previous review when the request is submitted again', () => {
    let r = applyEvent('payment_request', review, { ...E.REQUEST_CHANGES, decisions: E.DECIDE_LINES.decisions });
    expect(r.context.decisions).toHaveLength(1);
    r = applyEvent('payment_request', r, E.EDIT);
    expect(r.context.comment).toBe(E.REQUEST_CHANGES.comment);
    r = applyEvent('payment_request', r, E.SUBMIT);
    expect(r.context).toMatchObject({ decisions: [], comment: null, decidedAt: null });
  });
});

describe('payment request: submission and payment', () => {
  it('refuses to submit a request with no line', () => {
    const empty = initialSnapshot('payment_request', {});
    expectRefusal(() => applyEvent('payment_request', empty, E.SUBMIT), {
      machine: 'payment_request',
      from: 'draft',
      event: 'SUBMIT',
      reason: 'no_lines',
    });
  });

  it('refuses two lines with the same id', () => {
    const line = { lineId: 'x', target: 'entry' as const, minutes: 30, amountCents: null };
    expectValidationError(() => initialSnapshot('payment_request', { lines: [line, line] }));
  });

  it('counts payment attempts through a failure and a retry', () => {
    let r = snapshotIn('payment_request', 'forwarded_to_admin');
    for (const event of [E.START_PROCESSING, E.FAIL_PAYMENT, E.RETRY_PAYMENT, E.MARK_PAID]) r = applyEvent('payment_request', r, event);
    expect(r.status).toBe('paid');
    expect(r.context).toMatchObject({ paymentAttempts: 2, failureReason: null, paymentReference: 'EFT-000123', paidAt: E.MARK_PAID.now });
    r = applyEvent('payment_request', r, E.REVERSE);
    expect(r.context).toMatchObject({ closedAt: E.REVERSE.now, comment: E.REVERSE.reason });
  });
});
