import type { Mandate } from '../schemas/mandate';
import type { PaymentQuote } from '../schemas/payment-quote';

/**
 * What a quote weighs against its mandate's budget cap: its compensation only, or compensation
 * and expenses, as the mandate's `budgetScope` says; never below zero. The quote's budget
 * warnings and the workflow's running totals both use it, so they always agree.
 */
export function budgetWeightCents(quote: Pick<PaymentQuote, 'compensationCents' | 'totalCents'>, mandate: Partial<Pick<Mandate, 'budgetScope'>>): number {
  return Math.max(0, mandate.budgetScope === 'compensation' ? quote.compensationCents : quote.totalCents);
}

/**
 * Where a request leaves its mandate's budget, the one rule the quote, the approval and the
 * documents share. The **limit** is on what is approved (paid included): a request is over the
 * budget when `approved + this request` passes the cap (or `approved minutes + its minutes` the
 * maximum time) — that is what the approval refuses and what the quote marks `blocking`.
 * Requests still pending are a **forecast**, not a commitment (they may be rejected or cut):
 * `committed` adds them, for the 80 % and 100 % warnings. `mandate.totals` must not already
 * count this request as pending.
 */
export interface BudgetUse {
  /** The mandate's cap, in cents. */
  readonly capCents: number;
  /** What this request weighs against the cap ({@link budgetWeightCents}). */
  readonly requestCents: number;
  /** Approved (paid included) plus this request: the figure the cap limits. */
  readonly approvedAfterCents: number;
  /** Approved, pending and this request: the forecast the warnings show. */
  readonly committedCents: number;
  /** How far `approvedAfterCents` passes the cap; 0 within it. */
  readonly excessCents: number;
  /** Approved minutes plus this request's recorded minutes: the figure `maxMinutes` limits. */
  readonly approvedAfterMinutes: number;
  /** How far `approvedAfterMinutes` passes the mandate's maximum time; 0 within it or without one. */
  readonly excessMinutes: number;
}

/** The {@link BudgetUse} of a quote under its mandate. */
export function budgetUse(
  mandate: Pick<Mandate, 'totals' | 'budgetCapCents'> & Partial<Pick<Mandate, 'budgetScope' | 'maxMinutes'>>,
  quote: Pick<PaymentQuote, 'compensationCents' | 'totalCents' | 'recordedMinutes'>,
): BudgetUse {
  const requestCents = budgetWeightCents(quote, mandate);
  const approvedAfterCents = mandate.totals.approvedCents + requestCents;
  const approvedAfterMinutes = mandate.totals.approvedMinutes + quote.recordedMinutes;
  return {
    capCents: mandate.budgetCapCents,
    requestCents,
    approvedAfterCents,
    committedCents: approvedAfterCents + mandate.totals.pendingCents,
    excessCents: Math.max(0, approvedAfterCents - mandate.budgetCapCents),
    approvedAfterMinutes,
    excessMinutes: mandate.maxMinutes === undefined ? 0 : Math.max(0, approvedAfterMinutes - mandate.maxMinutes),
  };
}
