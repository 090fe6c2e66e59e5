import type { OperationMap } from '../operation';
import { approvePaymentRequest } from './approve-payment-request';
import { listApproverInbox } from './approver-inbox';
import { bulkApprovePaymentRequests } from './bulk-approve-payment-requests';
import { attachReceipt } from './attach-receipt';
import { createPaymentRequest } from './create-payment-request';
import { deletePaymentRequestDraft } from './delete-payment-request-draft';
import { getPaymentRequest } from './get-payment-request';
import { rejectPaymentRequest, requestPaymentRequestChanges } from './review-payment-request';
import { submitPaymentRequest } from './submit-payment-request';
import { updatePaymentRequest } from './update-payment-request';
import { withdrawPaymentRequest } from './withdraw-payment-request';

/** The operations of payment requests: writing, submitting, deciding, and the approver's inbox. */
export const paymentRequestOperations = {
  createPaymentRequest,
  updatePaymentRequest,
  attachReceipt,
  deletePaymentRequestDraft,
  submitPaymentRequest,
  approvePaymentRequest,
  requestPaymentRequestChanges,
  rejectPaymentRequest,
  withdrawPaymentRequest,
  bulkApprovePaymentRequests,
  getPaymentRequest,
  listApproverInbox,
} satisfies OperationMap;
