import * as z from 'zod';
import type { ErrorCode } from '../../errors/error-code';
import { isHonorariaError } from '../../errors/honoraria-error';
import type { LocalizedText } from '../../i18n/lang';
import { ExpectedVersion, IdempotencyKey } from '../command-fields';
import { defineCommand } from '../operation';
import type { PaymentRequestStatus } from '../../schemas/status';
import { ApprovalFields, approveOne } from './approve-payment-request';

/** One item of a bulk approval: a request, the version the approver saw, and optional line decisions and comment. */
export const BulkApprovalItem = z.object({ ...ApprovalFields, expectedVersion: ExpectedVersion.optional() }).strict();

/** The input of {@link bulkApprovePaymentRequests}: up to 100 requests, each id once. */
export const BulkApprovePaymentRequestsInput = z
  .object({
    items: z.array(BulkApprovalItem).min(1).max(100),
    /** Each item is retried under `<key>:<request id>`: a retried bulk call re-runs none of the items that succeeded. */
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict()
  .refine((input) => new Set(input.items.map((i) => i.id)).size === input.items.length, {
    path: ['items'],
    params: { key: 'duplicate_request', fr: 'Une même demande apparaît deux fois.', en: 'The same request appears twice.' },
  });

/** A request the bulk approval approved. */
export interface BulkApprovalSuccess {
  readonly id: string;
  readonly version: number;
  readonly status: PaymentRequestStatus;
}

/** A request the bulk approval could not approve, and why. */
export interface BulkApprovalFailure {
  readonly id: string;
  /** The stable code: `forbidden`, `conflict`, `invalid_transition`, `rule_violation`, `not_found`… */
  readonly code: ErrorCode;
  readonly message: LocalizedText;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** The result of a bulk approval: what succeeded and why each failure failed, in the order given. */
export interface BulkApprovalResult {
  readonly succeeded: readonly BulkApprovalSuccess[];
  readonly failed: readonly BulkApprovalFailure[];
}

/**
 * Approves many requests at once, each exactly as {@link approvePaymentRequest} would, **in its
 * own transaction**: each item is authorized, transitioned and checked against its mandate's
 * budget on its own, so one failure never undoes another item. The result lists each success
 * (id, version) and each failure (id, stable code, message in French and English).
 */
export const bulkApprovePaymentRequests = defineCommand({ target: 'many', entity: 'paymentRequest' }, BulkApprovePaymentRequestsInput, async (ctx, input): Promise<BulkApprovalResult> => {
  const succeeded: BulkApprovalSuccess[] = [];
  const failed: BulkApprovalFailure[] = [];
  const itemCtx = { ...ctx, operation: 'approvePaymentRequest' };
  for (const item of input.items) {
    try {
      const key = input.idempotencyKey === undefined ? undefined : `${input.idempotencyKey}:${item.id}`;
      const result = await approveOne(itemCtx, { ...item, idempotencyKey: key });
      succeeded.push({ id: item.id, version: result.version, status: result.paymentRequest.status });
    } catch (error) {
      if (!isHonorariaError(error)) throw error;
      failed.push({ id: item.id, code: error.code, message: error.messages, details: error.details });
    }
  }
  return { succeeded, failed };
});
