import * as z from 'zod';
import { Id } from '../schemas/common';
import { Instant } from '../time/time-zone';
import { At, Note } from './machine-fields';

/**
 * What creates an amendment machine. The changes themselves (dates, hours, budget, rate) live
 * in the `MandateAmendment` entity; the machine only rules who may act when.
 */
export const AmendmentInput = z.object({
  mandateId: Id,
  requestedAt: Instant,
});
/** What creates an amendment machine. */
export type AmendmentInput = z.input<typeof AmendmentInput>;

/** The context of the amendment machine. */
export const AmendmentContext = z.object({
  mandateId: Id,
  requestedAt: Instant,
  approvedAt: Instant.nullable(),
  /** When it was accepted, declined, rejected or withdrawn. */
  closedAt: Instant.nullable(),
  /** The reason of the rejection, the decline or the withdrawal. */
  comment: Note.nullable(),
});
/** The context of the amendment machine. */
export type AmendmentContext = z.output<typeof AmendmentContext>;

/** The events of the amendment machine. */
export const AmendmentEvent = z.discriminatedUnion('type', [
  /** The approver approves the amendment; it goes to the partner. */
  z.object({ type: z.literal('APPROVE'), ...At }),
  /** The approver rejects the amendment. */
  z.object({ type: z.literal('REJECT'), ...At, reason: Note }),
  /** The partner accepts the approved amendment: the workflow applies it to the mandate. */
  z.object({ type: z.literal('ACCEPT'), ...At }),
  /** The partner declines the approved amendment: the mandate keeps its terms. */
  z.object({ type: z.literal('DECLINE'), ...At, reason: Note.optional() }),
  /** The requester withdraws the amendment before the partner answers. */
  z.object({ type: z.literal('WITHDRAW'), ...At, reason: Note.optional() }),
]);
/** An event of the amendment machine, as a caller writes it. */
export type AmendmentEvent = z.input<typeof AmendmentEvent>;
/** An event of the amendment machine, once validated. */
export type ParsedAmendmentEvent = z.output<typeof AmendmentEvent>;
