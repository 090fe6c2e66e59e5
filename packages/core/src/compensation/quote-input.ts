import type { Framework } from '../framework/framework-config';
import type { CompensationPreference } from '../schemas/compensation-preference';
import type { ExpenseType } from '../schemas/expense-policy';
import type { Mandate } from '../schemas/mandate';
import type { TaxProfile } from '../schemas/tax-profile';
import type { TaxYearLedger } from '../schemas/tax-year-ledger';
import type { IsoDate } from '../time/calendar-date';

/** A time entry to price (a {@link TimeEntry} fits). */
export interface QuoteEntryInput {
  readonly id: string;
  readonly date: IsoDate;
  readonly category: string;
  readonly minutes: number;
  /** For `activity` rates; 1 when absent. */
  readonly units?: number | undefined;
}

/** An expense to price (an {@link Expense} fits). */
export interface QuoteExpenseInput {
  readonly id: string;
  readonly date: IsoDate;
  readonly type: ExpenseType;
  readonly amountCents?: number | undefined;
  readonly km?: number | undefined;
  readonly allowanceCode?: string | undefined;
  readonly quantity?: number | undefined;
  readonly receiptIds?: readonly string[] | undefined;
  readonly preApproved?: boolean | undefined;
}

/** An approver's decision on a line (a {@link LineDecision} fits). */
export interface QuoteDecisionInput {
  readonly lineId: string;
  readonly target: 'entry' | 'expense';
  readonly decision: 'accepted' | 'adjusted' | 'rejected';
  readonly adjustedMinutes?: number | undefined;
  readonly adjustedAmountCents?: number | undefined;
}

/** What a quote prices: time entries, expenses, and the approver's decisions if any (a {@link PaymentRequest} fits). */
export interface QuoteRequest {
  readonly entries: readonly QuoteEntryInput[];
  readonly expenses?: readonly QuoteExpenseInput[] | undefined;
  readonly decisions?: readonly QuoteDecisionInput[] | undefined;
}

/** The mandate fields a quote reads. */
export type QuoteMandate = Pick<
  Mandate,
  | 'id'
  | 'partnerId'
  | 'startDate'
  | 'endDate'
  | 'allowedCategories'
  | 'budgetCapCents'
  | 'maxMinutes'
  | 'rateSnapshot'
  | 'totals'
  | 'currency'
> &
  Partial<Pick<Mandate, 'engagementLevel' | 'expensePolicy' | 'paymentForm' | 'budgetScope'>>;

/** The context of a quote: everything it depends on, passed explicitly (no clock, no storage). */
export interface QuoteContext {
  /** The mandate, with its frozen rate snapshot and running totals (not counting this request). */
  readonly mandate: QuoteMandate;
  readonly framework: Pick<Framework, 'expensePolicy' | 'approvalPolicy' | 'tax'>;
  /** The partner (their compensation preference, if any). */
  readonly partner: { readonly id: string; readonly compensationPreference?: CompensationPreference | undefined };
  /** The partner's tax profile: a missing or unusable SIN is warned about near slip thresholds. */
  readonly taxProfile?: (Pick<TaxProfile, 'sinStatus' | 'sinExpiresOn'> & { readonly province?: string | undefined }) | undefined;
  /** What this payer already paid the partner in the year of `asOf` (caps and slip thresholds). */
  readonly ledger?: Pick<TaxYearLedger, 'year' | 'taxableCents' | 'byMonth'> | undefined;
  /** The date the quote is for: the submission date, in the organization's time zone. */
  readonly asOf: IsoDate;
}
