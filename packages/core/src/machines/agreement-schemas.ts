import * as z from 'zod';
import { Id } from '../schemas/common';
import { Instant } from '../time/time-zone';
import { At, Note } from './machine-fields';

/** What creates a master-agreement acceptance: the policy version sent, and when. */
export const AgreementInput = z.object({
  /** The policy version whose master agreement the partner is asked to accept. */
  policyVersion: Id,
  sentAt: Instant,
});
/** What creates a master-agreement acceptance. */
export type AgreementInput = z.input<typeof AgreementInput>;

/** The context of the master-agreement acceptance machine. */
export const AgreementContext = z.object({
  policyVersion: Id,
  sentAt: Instant,
  acceptedAt: Instant.nullable(),
  /** When it was declined or superseded. */
  closedAt: Instant.nullable(),
  /** The policy version that superseded this acceptance. */
  supersededBy: Id.nullable(),
  /** The partner's reason for declining. */
  comment: Note.nullable(),
});
/** The context of the master-agreement acceptance machine. */
export type AgreementContext = z.output<typeof AgreementContext>;

/** The events of the master-agreement acceptance machine. */
export const AgreementEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ACCEPT'), ...At }),
  z.object({ type: z.literal('DECLINE'), ...At, reason: Note.optional() }),
  z.object({
    type: z.literal('SUPERSEDE'),
    ...At,
    /** The new policy version that requires a new acceptance. */
    policyVersion: Id,
  }),
]);
/** An event of the master-agreement acceptance machine, as a caller writes it. */
export type AgreementEvent = z.input<typeof AgreementEvent>;
/** An event of the master-agreement acceptance machine, once validated. */
export type ParsedAgreementEvent = z.output<typeof AgreementEvent>;
