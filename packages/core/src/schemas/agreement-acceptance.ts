import * as z from 'zod';
import { Instant } from '../time/time-zone';
import { Id } from './common';
import { AgreementStatus } from './status';

/** How an acceptance was given. */
export const AcceptanceMethod = z.enum(['portal', 'email_reply', 'signature', 'paper']);
/** How an acceptance was given. */
export type AcceptanceMethod = z.infer<typeof AcceptanceMethod>;

/** A partner's acceptance (or refusal) of a master agreement, with its evidence. */
export const AgreementAcceptance = z.object({
  id: Id,
  partnerId: Id,
  masterAgreementId: Id,
  policyVersionId: Id,
  status: AgreementStatus,
  sentAt: Instant,
  acceptedAt: Instant.optional(),
  declinedAt: Instant.optional(),
  supersededAt: Instant.optional(),
  supersededById: Id.optional(),
  /** How it was accepted; a hash of the network address, never the address itself. */
  evidence: z
    .object({
      method: AcceptanceMethod,
      userAgent: z.string().max(400).optional(),
      networkHash: z.string().max(128).optional(),
    })
    .optional(),
  /** The signed copy in My Files. */
  documentId: Id.optional(),
});
/** A partner's acceptance of a master agreement. */
export type AgreementAcceptance = z.infer<typeof AgreementAcceptance>;
