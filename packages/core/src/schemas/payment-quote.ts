import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Cents, CurrencyCode, NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Code, Id, Minutes } from './common';
import { CapOverflow, CompensationForm, CompensationMode } from './compensation-preference';
import { ExpenseType } from './expense-policy';
import { RateUnit } from './rate-rule';

/** How much a warning matters: for information, to check, or blocking (the workflow refuses to go on). */
export const WarningSeverity = z.enum(['info', 'warning', 'blocking']);
/** How much a warning matters. */
export type WarningSeverity = z.infer<typeof WarningSeverity>;

/** A warning is data: a stable code, its severity, where it applies, its parameters and its message in both languages. */
export const QuoteWarning = z.object({
  code: z.string().min(1),
  severity: WarningSeverity,
  /** Where in the request it applies, such as `['entries', 2]`; empty for the whole request. */
  path: z.array(z.union([z.string(), z.number()])),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: LocalizedText,
});
/** A warning of a quote. */
export type QuoteWarning = z.infer<typeof QuoteWarning>;

/**
 * One compensation line of a quote: a time entry priced by a rule, the adjustment to a partner's
 * cap in one month, or an amount carried over from an earlier capped month.
 */
export const QuoteLine = z.object({
  /** The time entry's id; `partner_cap:<month>` for a cap adjustment; `carry_over:<origin>:<month>` for an amount carried over. */
  id: z.string().min(1),
  kind: z.enum(['time', 'cap_adjustment', 'carry_over']),
  date: IsoDate.optional(),
  category: Code.optional(),
  /**
   * The rule that produced the line: a rate rule's id, or `not_compensable`, `no_rate_rule`,
   * `approver_rejected`, `partner_cap`.
   */
  ruleId: z.string().min(1),
  unit: RateUnit.optional(),
  /** Minutes recorded by the partner (or as adjusted by the approver). */
  minutes: Minutes,
  /** Minutes paid after rounding, minimum, preparation time and day caps (`hour` rules). */
  billableMinutes: Minutes,
  /** Units paid (`half_day`, `day`, `activity`, `flat` rules). */
  units: z.int().nonnegative(),
  /** The rule's amount per unit (per hour for `hour`). */
  rateCents: NonNegativeCents,
  /** What the rule gives, before the partner's preference. */
  ruleCents: Cents,
  /** What is paid. */
  cents: Cents,
  taxable: z.boolean(),
  /** Cap adjustments: what happens to the amount taken off. */
  overflow: CapOverflow.optional(),
  /** Cap adjustments and carried amounts: the month (`YYYY-MM`, by work date) whose cap the excess arose under. */
  period: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  /** Carried amounts: the request the excess came from (absent when it came from this request). */
  originRequestId: Id.optional(),
  explanation: LocalizedText,
});
/** One compensation line of a quote. */
export type QuoteLine = z.infer<typeof QuoteLine>;

/** How an expense line is treated for tax: a reimbursement of costs, or a taxable allowance. */
export const ExpenseTreatment = z.enum(['reimbursement', 'taxable_allowance']);
/** How an expense line is treated for tax. */
export type ExpenseTreatment = z.infer<typeof ExpenseTreatment>;

/** One expense line of a quote. */
export const QuoteExpenseLine = z.object({
  id: Id,
  date: IsoDate,
  type: ExpenseType,
  /** What the partner claimed (computed for mileage and allowances). */
  claimedCents: NonNegativeCents,
  /** What is reimbursed. */
  cents: NonNegativeCents,
  treatment: ExpenseTreatment,
  explanation: LocalizedText,
});
/** One expense line of a quote. */
export type QuoteExpenseLine = z.infer<typeof QuoteExpenseLine>;

/**
 * A priced payment request: compensation lines and expense lines, each explained, the subtotals,
 * the taxable and non-taxable parts, and the warnings. Frozen on the request when it is submitted.
 * `compensationCents` is the sum of `lines`; `expenseCents` the sum of `expenseLines`;
 * `totalCents` their sum. Nothing is rounded after the lines.
 */
export const PaymentQuote = z.object({
  mandateId: Id,
  partnerId: Id,
  currency: CurrencyCode,
  /** The date the quote was computed for (submission date), in the organization's time zone. */
  asOf: IsoDate,
  /** The rate schedule of the mandate's snapshot. */
  scheduleId: z.string().optional(),
  preference: CompensationMode,
  paymentForm: CompensationForm,
  lines: z.array(QuoteLine),
  expenseLines: z.array(QuoteExpenseLine),
  recordedMinutes: Minutes,
  billableMinutes: Minutes,
  compensationCents: Cents,
  expenseCents: NonNegativeCents,
  totalCents: Cents,
  taxableCents: Cents,
  nonTaxableCents: Cents,
  /** Compensation computed by the rules but not paid, because the partner declined or donates it. */
  forgoneCents: NonNegativeCents,
  /** Compensation above the partner's cap in this request (every month together) and what happens to it; `period` is the cap that bound first. */
  capOverflow: z
    .object({ cents: NonNegativeCents, treatment: CapOverflow, period: z.enum(['month', 'year']) })
    .optional(),
  warnings: z.array(QuoteWarning),
});
/** A priced payment request. */
export type PaymentQuote = z.infer<typeof PaymentQuote>;
