import * as z from 'zod';

/**
 * The states of every lifecycle, in one place: the zod schemas of the entities and the XState
 * machines share these names, and the storage index `status` holds them.
 */

/** States of a mandate. */
export const MandateStatus = z.enum([
  'draft',
  'pending_approval',
  'changes_requested',
  'rejected',
  'approved',
  'sent_to_partner',
  'accepted',
  'declined',
  'offer_expired',
  'active',
  'completed',
  'cancelled',
  'expired',
]);
/** A state of a mandate. */
export type MandateStatus = z.infer<typeof MandateStatus>;

/** States of a mandate amendment (dates, hours, budget or rate changed on an active mandate). */
export const AmendmentStatus = z.enum(['pending_approval', 'approved', 'accepted', 'declined', 'rejected', 'withdrawn']);
/** A state of a mandate amendment. */
export type AmendmentStatus = z.infer<typeof AmendmentStatus>;

/** States of a partner's acceptance of a master agreement. */
export const AgreementStatus = z.enum(['sent', 'accepted', 'declined', 'superseded']);
/** A state of a master-agreement acceptance. */
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/** States of a payment request. */
export const PaymentRequestStatus = z.enum([
  'draft',
  'submitted',
  'under_review',
  'changes_requested',
  'rejected',
  'approved',
  'forwarded_to_admin',
  'processing',
  'payment_failed',
  'paid',
  'withdrawn',
  'reversed',
]);
/** A state of a payment request. */
export type PaymentRequestStatus = z.infer<typeof PaymentRequestStatus>;

/** States of a volunteer (partner-user) application. */
export const ApplicationStatus = z.enum([
  'submitted',
  'phone_interview_scheduled',
  'phone_interview_done',
  'joint_interview_scheduled',
  'joint_interview_done',
  'accepted',
  'volunteer_registration',
  'orientation_scheduled',
  'active',
  'declined',
  'withdrawn',
  'on_hold',
]);
/** A state of a volunteer application. */
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/** States of a tax slip. */
export const TaxSlipStatus = z.enum(['pending', 'generated', 'issued', 'amended', 'cancelled']);
/** A state of a tax slip. */
export type TaxSlipStatus = z.infer<typeof TaxSlipStatus>;
