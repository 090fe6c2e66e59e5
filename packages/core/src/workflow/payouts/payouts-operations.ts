import type { OperationMap } from '../operation';
import { listAdminQueue } from './admin-queue';
import { markPaymentRequestPaid } from './mark-payment-request-paid';
import { forwardPaymentRequest, markPaymentFailed, retryPayment, startPaymentProcessing } from './payment-processing';
import { exportPayrollCsv } from './payroll-csv';
import { reversePayment } from './reverse-payment';

/** The administration's operations on approved requests: forwarding, payment, failures, reversals, its queue and the payroll export. */
export const payoutOperations = {
  forwardPaymentRequest,
  startPaymentProcessing,
  markPaymentRequestPaid,
  markPaymentFailed,
  retryPayment,
  reversePayment,
  listAdminQueue,
  exportPayrollCsv,
} satisfies OperationMap;
