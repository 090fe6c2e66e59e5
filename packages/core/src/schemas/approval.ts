import * as z from 'zod';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/** What an approval decides on. */
export const ApprovalSubject = z.enum(['mandate', 'payment_request', 'amendment', 'application']);
/** What an approval decides on. */
export type ApprovalSubject = z.infer<typeof ApprovalSubject>;

/** An approval decision. */
export const ApprovalDecision = z.enum(['approved', 'rejected', 'changes_requested']);
/** An approval decision. */
export type ApprovalDecision = z.infer<typeof ApprovalDecision>;

/**
 * A decision by an approver. When the approver acts under a delegation, `actingFor` names the
 * person they replace; the audit log records both.
 */
export const Approval = z.object({
  id: Id,
  subjectType: ApprovalSubject,
  subjectId: Id,
  approverUserId: Id,
  actingFor: Id.optional(),
  decision: ApprovalDecision,
  comment: z.string().max(4000).optional(),
  decidedAt: Instant,
});
/** A decision by an approver. */
export type Approval = z.infer<typeof Approval>;
