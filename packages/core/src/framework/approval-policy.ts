import * as z from 'zod';
import { Code, Id } from '../schemas/common';
import { Provenance } from '../schemas/provenance';

/**
 * Who approves something:
 * - `mandate_initiator`: the person who drafted the mandate (the seed's default for payment requests);
 * - `mandate_approver`: the approver named on the mandate when it was drafted;
 * - `user`: one named user;
 * - `role`: anyone holding a role, such as `programme_director`.
 */
export const ApproverRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mandate_initiator') }),
  z.object({ kind: z.literal('mandate_approver') }),
  z.object({ kind: z.literal('user'), userId: Id }),
  z.object({ kind: z.literal('role'), role: Code }),
]);
/** Who approves something. */
export type ApproverRule = z.infer<typeof ApproverRule>;

/**
 * The approval policy: who approves mandates, amendments, payment requests and applications;
 * segregation of duties; delegation; reminders and escalation; and the deadlines — submission
 * window after an activity, payment deadline after approval, validity of a mandate offer.
 *
 * Whatever is configured, nobody approves a payment to themselves: the payee never approves.
 */
export const ApprovalPolicy = z.object({
  mandateApprover: ApproverRule.default({ kind: 'mandate_approver' }),
  amendmentApprover: ApproverRule.default({ kind: 'mandate_approver' }),
  paymentRequestApprover: ApproverRule.default({ kind: 'mandate_initiator' }),
  applicationReviewer: ApproverRule.default({ kind: 'role', role: 'programme_director' }),
  /** The role of the administration that forwards approved requests and records payments. */
  administrationRole: Code.default('admin'),
  segregation: z
    .object({
      /** Whether the person who drafted a mandate may also approve it. */
      requesterMayApprove: z.boolean().default(false),
      /** Whether the administration step may be done by the approver of the same request. */
      approverMayAdminister: z.boolean().default(false),
    })
    .prefault({}),
  delegation: z
    .object({
      allowed: z.boolean().default(true),
      /** The longest delegation window, in days. */
      maxDays: z.int().min(1).max(366).optional(),
    })
    .prefault({}),
  /** Remind the approver after this many days without a decision. */
  reminderAfterDays: z.int().min(1).max(365).default(5),
  /** Escalate to someone else after this many days without a decision. */
  escalation: z.object({ afterDays: z.int().min(1).max(365), to: ApproverRule }).optional(),
  /** A partner submits time within this many days after the activity. */
  submissionWindowDays: z.int().min(1).max(3650).default(90),
  /** The administration pays within this many days after approval. */
  paymentDeadlineDays: z.int().min(1).max(365).default(30),
  /** A mandate offer sent to a partner expires after this many days. */
  offerValidityDays: z.int().min(1).max(365).default(30),
  source: Provenance.optional(),
});
/** The approval policy. */
export type ApprovalPolicy = z.infer<typeof ApprovalPolicy>;
