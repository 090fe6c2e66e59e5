import { describe, expect, it } from 'vitest';
import { checkMessageParity } from '../../../src/i18n/messages';
import { paymentRequestMessages } from '../../../src/workflow/payment-requests/payment-request-input';
import { paymentRequestNotifications } from '../../../src/workflow/payment-requests/payment-requests-notifications';
import { payrollCsvMessages } from '../../../src/workflow/payouts/payroll-csv';

describe('messages of payment requests, notifications and the payroll export', () => {
  for (const ns of [paymentRequestMessages, paymentRequestNotifications, payrollCsvMessages]) {
    it(`${ns.name}: every French key exists in English with the same placeholders`, () => {
      expect(checkMessageParity(ns)).toEqual([]);
      expect(Object.keys(ns.en).sort()).toEqual(Object.keys(ns.fr).sort());
    });
  }

  it('gives every notification a subject and a body', () => {
    const keys = Object.keys(paymentRequestNotifications.fr);
    for (const notice of ['awaiting_approval', 'approved', 'changes_requested', 'rejected', 'paid']) {
      expect(keys).toContain(`${notice}_subject`);
      expect(keys).toContain(`${notice}_text`);
    }
  });
});
