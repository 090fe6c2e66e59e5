import * as z from 'zod';
import { CurrencyCode, NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Code, Id, Minutes } from './common';
import { CompensationForm } from './compensation-preference';
import { ExpensePolicy } from './expense-policy';
import { RateSnapshot } from './rate-snapshot';
import { MandateStatus } from './status';

/** A planned activity of a mandate, with its estimated time. */
export const PlannedActivity = z.object({
  category: Code,
  description: z.string().max(500).optional(),
  estimatedMinutes: Minutes,
});
/** A planned activity of a mandate. */
export type PlannedActivity = z.infer<typeof PlannedActivity>;

/**
 * Running totals of a mandate, kept by the workflow. `pending` counts submitted requests not yet
 * approved; a quote adds the request it prices to `approved + pending`, so a request must not be
 * counted in these totals while it is being quoted.
 */
export const MandateTotals = z.object({
  approvedCents: NonNegativeCents.default(0),
  pendingCents: NonNegativeCents.default(0),
  paidCents: NonNegativeCents.default(0),
  approvedMinutes: Minutes.default(0),
  pendingMinutes: Minutes.default(0),
});
/** Running totals of a mandate. */
export type MandateTotals = z.infer<typeof MandateTotals>;

/** Statuses at which a mandate has been approved and therefore carries its rate snapshot: all but the ones before approval. */
const APPROVED_OR_LATER: ReadonlySet<string> = new Set(MandateStatus.exclude(['draft', 'pending_approval', 'changes_requested', 'rejected']).options);

/**
 * A mandate: what a partner is asked to do on a project, between two dates, for how long and
 * for how much at most, who initiated and who approves it, and — from its approval on — the frozen
 * rate snapshot it is paid at.
 */
export const Mandate = z
  .object({
    id: Id,
    organizationId: Id,
    projectId: Id,
    partnerId: Id,
    initiatorUserId: Id,
    approverUserId: Id,
    policyVersionId: Id,
    /** 1, then +1 at each approved amendment. */
    version: z.int().min(1).default(1),
    title: z.string().trim().min(1).max(300),
    description: z.string().max(5000).optional(),
    role: z.string().max(200).optional(),
    engagementLevel: Code.optional(),
    activities: z.array(PlannedActivity).default([]),
    startDate: IsoDate,
    endDate: IsoDate,
    estimatedMinutes: Minutes,
    maxMinutes: Minutes.optional(),
    budgetCapCents: NonNegativeCents,
    /** Whether the budget cap covers compensation and expenses (`total`) or compensation only. */
    budgetScope: z.enum(['total', 'compensation']).default('total'),
    currency: CurrencyCode,
    allowedCategories: z.array(Code).min(1),
    /** The expense policy of this mandate; the framework's applies when absent. */
    expensePolicy: ExpensePolicy.optional(),
    /** The form of payment agreed for this mandate, overriding the partner's preferred form. */
    paymentForm: CompensationForm.optional(),
    rateSnapshot: RateSnapshot.optional(),
    /** When an amendment changed the rates: the amendment, and the first work date `rateSnapshot` prices. */
    ratesFrom: z.object({ date: IsoDate, amendmentId: Id }).optional(),
    /**
     * The rates an amendment replaced, oldest first: each prices work dated up to `until` (the day
     * before the amendment's effective date), so work done before an amendment keeps its rate.
     */
    rateHistory: z.array(z.object({ until: IsoDate, rateSnapshot: RateSnapshot, from: z.object({ date: IsoDate, amendmentId: Id }).optional() })).optional(),
    totals: MandateTotals.default({ approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 }),
    status: MandateStatus,
    masterAgreementId: Id.optional(),
    createdAt: Instant,
    updatedAt: Instant.optional(),
    approvedAt: Instant.optional(),
    acceptedAt: Instant.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.endDate < m.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], params: { key: 'date_range' } });
    if (APPROVED_OR_LATER.has(m.status) && m.rateSnapshot === undefined) {
      ctx.addIssue({ code: 'custom', path: ['rateSnapshot'], params: { key: 'snapshot_required' } });
    }
  });
/** A mandate. */
export type Mandate = z.infer<typeof Mandate>;
