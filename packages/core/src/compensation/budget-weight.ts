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
