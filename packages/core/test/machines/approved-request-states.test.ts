import { describe, expect, it } from 'vitest';
import { isTerminalStatus } from '../../src/machines/apply-event';
import { APPROVED_REQUEST_STATES, isApprovedRequestStatus } from '../../src/machines/approved-request-states';
import { PaymentRequestStatus } from '../../src/schemas/status';

describe('approved payment-request states', () => {
  it('are the states from approval to payment; before approval, rejected, withdrawn and reversed are not', () => {
    const approved = PaymentRequestStatus.options.filter(isApprovedRequestStatus);
    expect(approved).toEqual([...APPROVED_REQUEST_STATES].sort((a, b) => PaymentRequestStatus.options.indexOf(a) - PaymentRequestStatus.options.indexOf(b)));
    for (const status of ['draft', 'submitted', 'rejected', 'withdrawn', 'reversed'] as const) expect(isApprovedRequestStatus(status), status).toBe(false);
    for (const status of approved) expect(isTerminalStatus('payment_request', status), status).toBe(false);
  });
});
