import type { QuoteDecisionInput } from '../../compensation/quote-input';
import { quotePaymentRequest } from '../../compensation/quote-payment-request';
import type { Framework } from '../../framework/framework-config';
import type { ReviewedLine } from '../../machines/payment-request-machine';
import type { RequestLine } from '../../machines/payment-request-schemas';
import type { StorageReader } from '../../ports/storage-adapter';
import type { Expense } from '../../schemas/expense';
import type { Mandate } from '../../schemas/mandate';
import type { Partner } from '../../schemas/partner';
import type { PaymentQuote } from '../../schemas/payment-quote';
import type { TaxYearLedger } from '../../schemas/tax-year-ledger';
import type { TimeEntry } from '../../schemas/time-entry';
import { buildTaxLedgers } from '../../tax/tax-ledger';
import type { IsoDate } from '../../time/calendar-date';
import { yearOfDate } from '../../time/calendar-date';
import { toJson } from '../canonical-json';
import { listLedgerEntries, toLedgerPayment } from '../ledger-entry';
import { findTaxProfile } from '../partners/partner-store';

type Reader = Pick<StorageReader, 'get' | 'list'>;

/** What a payer already paid a partner in a tax year (from the ledger entries), or `undefined` when nothing. */
export async function partnerYearLedger(
  reader: Reader,
  framework: Pick<Framework, 'timeZone' | 'tax' | 'currency'>,
  partnerId: string,
  payerId: string,
  year: number,
): Promise<TaxYearLedger | undefined> {
  const entries = (await listLedgerEntries(reader, { year, partnerId })).filter((e) => e.payerId === payerId);
  if (entries.length === 0) return undefined;
  const ledgers = buildTaxLedgers(entries.map(toLedgerPayment), { timeZone: framework.timeZone, rules: framework.tax.rules, currency: framework.currency });
  return ledgers.find((l) => l.year === year);
}

/** What a request's quote is computed from. */
export interface RequestQuoteInput {
  readonly entries: readonly TimeEntry[];
  readonly expenses: readonly Expense[];
  /** The approver's decisions (at approval); none before. */
  readonly decisions?: readonly QuoteDecisionInput[];
  /** The mandate, with its running totals as the quote must see them (without this request). */
  readonly mandate: Mandate;
  readonly partner: Partner;
  /** The submission date, in the organization's time zone. */
  readonly asOf: IsoDate;
}

/**
 * Prices a request with the core rules (`quotePaymentRequest`), with everything the rules read
 * from storage: the partner's tax profile (SIN near a slip threshold) and what the payer already
 * paid them this year (caps, thresholds). Returns plain JSON (explanations formatted).
 */
export async function quoteRequest(reader: Reader, framework: Framework, input: RequestQuoteInput): Promise<PaymentQuote> {
  const taxProfile = (await findTaxProfile(reader, input.partner.id))?.data.entity;
  const ledger = await partnerYearLedger(reader, framework, input.partner.id, input.mandate.organizationId, yearOfDate(input.asOf));
  const quote = quotePaymentRequest(
    { entries: input.entries, expenses: input.expenses, decisions: input.decisions },
    { mandate: input.mandate, framework, partner: input.partner, taxProfile, ledger, asOf: input.asOf },
  );
  return toJson(quote);
}

/** The machine lines of a request: time entries by minutes, expenses by the amount claimed (as the quote computed it). */
export function requestLines(entries: readonly TimeEntry[], expenses: readonly Expense[], quote: PaymentQuote): RequestLine[] {
  const claimed = new Map(quote.expenseLines.map((l) => [l.id, l.claimedCents]));
  return [
    ...entries.map((e): RequestLine => ({ lineId: e.id, target: 'entry', minutes: e.minutes, amountCents: null })),
    ...expenses.map((e): RequestLine => ({ lineId: e.id, target: 'expense', minutes: null, amountCents: claimed.get(e.id) ?? e.amountCents ?? 0 })),
  ];
}

/** The approver's decisions as the quote reads them, from the reviewed lines of the machine. */
export function quoteDecisions(lines: readonly ReviewedLine[]): QuoteDecisionInput[] {
  const out: QuoteDecisionInput[] = [];
  for (const line of lines) {
    if (line.decision === 'rejected') out.push({ lineId: line.lineId, target: line.target, decision: 'rejected' });
    else if (line.decision === 'adjusted') {
      out.push(
        line.target === 'entry'
          ? { lineId: line.lineId, target: 'entry', decision: 'adjusted', adjustedMinutes: line.minutes ?? 0 }
          : { lineId: line.lineId, target: 'expense', decision: 'adjusted', adjustedAmountCents: line.amountCents ?? 0 },
      );
    }
  }
  return out;
}
