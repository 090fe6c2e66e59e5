import * as z from 'zod';
import { NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/**
 * A partner's choice about being paid, always self-declared and never inferred:
 * `accept`, `decline_all` (no compensation and no reimbursement), `expenses_only`, `cap`
 * (a monthly and/or yearly ceiling, for instance to protect income-tested benefits), `donate`.
 */
export const CompensationMode = z.enum(['accept', 'decline_all', 'expenses_only', 'cap', 'donate']);
/** A partner's choice about being paid. */
export type CompensationMode = z.infer<typeof CompensationMode>;

/** The form compensation takes: money, a gift card at face value (still taxable), or non-financial recognition. */
export const CompensationForm = z.enum(['cash', 'gift_card', 'non_financial']);
/** The form compensation takes. */
export type CompensationForm = z.infer<typeof CompensationForm>;

/** What happens to compensation above a partner's cap: carried to the next period, waived, or turned into non-financial recognition. */
export const CapOverflow = z.enum(['carry_over', 'waive', 'non_financial']);
/** What happens to compensation above a partner's cap. */
export type CapOverflow = z.infer<typeof CapOverflow>;

/** A partner's compensation preference. Honoraria warns against it; it never decides benefit eligibility. */
export const CompensationPreference = z
  .object({
    partnerId: Id,
    mode: CompensationMode,
    capPerMonthCents: NonNegativeCents.optional(),
    capPerYearCents: NonNegativeCents.optional(),
    /** Why the partner caps, if they say (never required). */
    capReason: z.enum(['benefits', 'employer', 'personal', 'other']).optional(),
    capOverflow: CapOverflow.default('carry_over'),
    preferredForm: CompensationForm.default('cash'),
    /** To whom a donation goes, as the partner wrote it. */
    donateTo: z.string().min(1).max(200).optional(),
    declaredAt: Instant,
    /** The last day it applies, if the partner set one. */
    validUntil: IsoDate.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.mode === 'cap' && p.capPerMonthCents === undefined && p.capPerYearCents === undefined) {
      ctx.addIssue({ code: 'custom', path: ['capPerMonthCents'], params: { key: 'cap_required' } });
    }
  });
/** A partner's compensation preference. */
export type CompensationPreference = z.infer<typeof CompensationPreference>;
