import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { MachineEventType } from '../../machines/machine-registry';
import { allowedEvents } from '../../machines/apply-event';
import type { ReviewedLine } from '../../machines/payment-request-machine';
import { reviewedLines } from '../../machines/payment-request-machine';
import { restoreSnapshot } from '../../machines/persisted-snapshot';
import { Id } from '../../schemas/common';
import type { PaymentRequestStatus } from '../../schemas/status';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { authorizeRead } from './payment-request-access';
import type { PaymentRequestEntity } from './payment-request-store';
import { PAYMENT_REQUEST_LABEL, PAYMENT_REQUESTS_COLLECTION } from './payment-request-store';

/** What {@link getPaymentRequest} returns. */
export interface PaymentRequestView {
  readonly paymentRequest: PaymentRequestEntity;
  /** The version to pass as `expectedVersion` to the next command. */
  readonly version: number;
  readonly status: PaymentRequestStatus;
  /** Each line with the approver's decision and what is retained. */
  readonly lines: readonly ReviewedLine[];
  /** The events the request's state accepts (what a portal may offer, subject to each command's rules). */
  readonly allowedEvents: readonly MachineEventType<'payment_request'>[];
}

/**
 * One payment request with its reviewed lines: for its partner (another partner gets
 * `not_found`), staff who read partners' files (secretariat, administration, finance, project
 * leads, approvers), and whoever it is assigned or delegated to.
 */
export const getPaymentRequest = defineQuery({ target: 'record', entity: 'paymentRequest' }, z.object({ id: Id }).strict(), async (ctx, input): Promise<PaymentRequestView> => {
  const record = await ctx.storage.get<StoredEntity<PaymentRequestEntity, 'payment_request'>>(PAYMENT_REQUESTS_COLLECTION, input.id);
  if (record === null) {
    throw new HonorariaError('not_found', {
      message: { fr: `${PAYMENT_REQUEST_LABEL.fr} introuvable.`, en: `${PAYMENT_REQUEST_LABEL.en} not found.` },
      details: { collection: PAYMENT_REQUESTS_COLLECTION, id: input.id },
    });
  }
  const request = record.data.entity;
  await authorizeRead(ctx, { tx: ctx.storage, now: ctx.clock.now() }, request);
  const snapshot = restoreSnapshot('payment_request', record.data.machine);
  return {
    paymentRequest: request,
    version: record.version,
    status: snapshot.status,
    lines: reviewedLines(snapshot.context),
    allowedEvents: allowedEvents('payment_request', snapshot),
  };
});
