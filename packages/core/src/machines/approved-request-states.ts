import type { PaymentRequestStatus } from '../schemas/status';

/**
 * The payment-request states in which its lines stand approved: approved, on their way to be
 * paid (forwarded, processing, a failed payment to retry) or paid. Every other state is before
 * approval or final without it (`PAYMENT_REQUEST_TERMINAL_STATES`: rejected, withdrawn, reversed).
 * Attestations, budgets and the admin queue count these.
 */
export const APPROVED_REQUEST_STATES = ['approved', 'forwarded_to_admin', 'processing', 'payment_failed', 'paid'] as const satisfies readonly PaymentRequestStatus[];

const APPROVED: ReadonlySet<string> = new Set(APPROVED_REQUEST_STATES);

/** Whether a payment request's lines stand approved in this state (see {@link APPROVED_REQUEST_STATES}). */
export function isApprovedRequestStatus(status: PaymentRequestStatus): boolean {
  return APPROVED.has(status);
}
