import * as z from 'zod';
import { Lang } from '../i18n/lang-schema';
import { Instant } from '../time/time-zone';
import { Email, Id } from './common';
import { CompensationPreference } from './compensation-preference';

/** The ways a health partner takes part. */
export const PartnerRole = z.enum(['patient', 'caregiver', 'citizen']);
/** A way a health partner takes part. */
export type PartnerRole = z.infer<typeof PartnerRole>;

/** Where a partner stands with the institution. */
export const PartnerStatus = z.enum(['prospect', 'onboarding', 'active', 'inactive', 'offboarded']);
/** Where a partner stands. */
export type PartnerStatus = z.infer<typeof PartnerStatus>;

/** A postal address (Canadian or not). */
export const PostalAddress = z.object({
  line1: z.string().min(1).max(200),
  line2: z.string().max(200).optional(),
  city: z.string().min(1).max(100),
  region: z.string().min(1).max(100),
  postalCode: z.string().min(1).max(20),
  country: z.string().length(2).default('CA'),
});
/** A postal address. */
export type PostalAddress = z.infer<typeof PostalAddress>;

/**
 * A health partner: a patient, caregiver or citizen who contributes. Their language is the one
 * every message and document to them uses. Tax and bank details live in {@link TaxProfile} and
 * {@link PaymentProfile}, kept apart because they are sensitive.
 */
export const Partner = z.object({
  id: Id,
  organizationId: Id,
  /** The name the partner wants used. */
  name: z.string().trim().min(1).max(200),
  /** The legal name, when it differs (slips use it). */
  legalName: z.string().trim().min(1).max(200).optional(),
  pronouns: z.string().max(40).optional(),
  lang: Lang.default('fr'),
  email: Email,
  phone: z.string().min(3).max(40).optional(),
  address: PostalAddress.optional(),
  roles: z.array(PartnerRole).default([]),
  status: PartnerStatus.default('active'),
  /** The partner's current compensation preference; `accept` in cash when absent. */
  compensationPreference: CompensationPreference.optional(),
  createdAt: Instant,
});
/** A health partner. */
export type Partner = z.infer<typeof Partner>;
