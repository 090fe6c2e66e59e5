import * as z from 'zod';
import { NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Code, Id, Minutes } from './common';
import { RateSnapshot } from './rate-snapshot';
import { AmendmentStatus } from './status';

/** What an amendment changes on an active mandate: dates, hours, budget, categories or rates. */
export const MandateChanges = z
  .object({
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
    estimatedMinutes: Minutes.optional(),
    maxMinutes: Minutes.optional(),
    budgetCapCents: NonNegativeCents.optional(),
    allowedCategories: z.array(Code).min(1).optional(),
    /** A new rate snapshot (a rate change), taken when the amendment is approved. */
    rateSnapshot: RateSnapshot.optional(),
    /** The first work date the new rates price (work dated before keeps the rates then in force); the acceptance date when absent. */
    ratesEffectiveFrom: IsoDate.optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    params: { key: 'empty_changes', fr: 'Une modification doit changer au moins un élément.', en: 'An amendment must change at least one thing.' },
  });
/** What an amendment changes. */
export type MandateChanges = z.infer<typeof MandateChanges>;

/** A change to an active mandate, approved and then accepted by the partner again. */
export const MandateAmendment = z.object({
  id: Id,
  mandateId: Id,
  /** 1 for the first amendment of a mandate, then +1. */
  sequence: z.int().min(1),
  changes: MandateChanges,
  reason: z.string().trim().min(1).max(2000),
  status: AmendmentStatus,
  requestedByUserId: Id,
  requestedAt: Instant,
  decidedAt: Instant.optional(),
  acceptedAt: Instant.optional(),
});
/** A change to an active mandate. */
export type MandateAmendment = z.infer<typeof MandateAmendment>;
