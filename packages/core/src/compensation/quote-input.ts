import type { Framework } from '../framework/framework-config';
import type { CompensationPreference } from '../schemas/compensation-preference';
import type { ExpenseType } from '../schemas/expense-policy';
import type { Mandate } from '../schemas/mandate';
import type { TaxProfile } from '../schemas/tax-profile';
import type { TaxYearLedger } from '../schemas/tax-year-ledger';
import type { QuoteExpenseLine } from '../schemas/payment-quote';
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

/** A compensation line of an earlier quote, as period caps and carry-over read it. */
export interface PriorQuoteLine {
  readonly id: string;
  readonly kind: string;
  readonly date?: IsoDate | undefined;
  readonly cents: number;
  /** Cap adjustments: what happens to the amount taken off. */
  readonly overflow?: string | undefined;
  /** Cap adjustments and carried amounts: the month (`YYYY-MM`) the excess arose in. */
  readonly period?: string | undefined;
  /** Carried amounts: the request the excess came from (absent when it came from the same request). */
  readonly originRequestId?: string | undefined;
}

/**
 * Another request of the same partner that already counts — approved, pending (submitted, under
 * review, changes requested) or paid; never a draft, a rejected, withdrawn or reversed one — and
 * that comes before the one quoted (submitted earlier). Its entries share days with this request
 * (same mandate: day units and daily caps) and its quote's lines fill the partner's periods
 * (every mandate of the payer: monthly and yearly caps, carry-over).
 */
export interface PriorRequest {
  readonly id: string;
  readonly mandateId: string;
  readonly entries: readonly QuoteEntryInput[];
  readonly expenses?: readonly QuoteExpenseInput[] | undefined;
  readonly decisions?: readonly QuoteDecisionInput[] | undefined;
  /** Its current quote (frozen at submission, recomputed at approval). */
  readonly quote?: { readonly lines: readonly PriorQuoteLine[]; readonly expenseLines?: readonly QuoteExpenseLine[] | undefined } | undefined;
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
  Partial<Pick<Mandate, 'engagementLevel' | 'expensePolicy' | 'paymentForm' | 'budgetScope' | 'rateHistory' | 'ratesFrom'>>;

/** The context of a quote: everything it depends on, passed explicitly (no clock, no storage). */
export interface QuoteContext {
  /** The mandate, with its frozen rate snapshot and running totals (not counting this request). */
  readonly mandate: QuoteMandate;
  readonly framework: Pick<Framework, 'expensePolicy' | 'approvalPolicy' | 'tax'> & Partial<Pick<Framework, 'limits'>>;
  /** The partner (their compensation preference, if any). */
  readonly partner: { readonly id: string; readonly compensationPreference?: CompensationPreference | undefined };
  /** The partner's tax profile: a missing or unusable SIN is warned about near slip thresholds. */
  readonly taxProfile?: (Pick<TaxProfile, 'sinStatus' | 'sinExpiresOn'> & { readonly province?: string | undefined }) | undefined;
  /**
   * The partner's other requests that count (see {@link PriorRequest}), earliest first: the day
   * units, daily caps, period caps, carry-over and duplicate claims read them. None when absent.
   */
  readonly prior?: readonly PriorRequest[] | undefined;
  /** What this payer already paid the partner in the year of `asOf` (slip thresholds). */
  readonly ledger?: Pick<TaxYearLedger, 'year' | 'taxableCents' | 'byMonth'> | undefined;
  /** The date the quote is for: the submission date, in the organization's time zone. */
  readonly asOf: IsoDate;
}
