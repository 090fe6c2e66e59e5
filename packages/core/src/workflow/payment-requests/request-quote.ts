import type { PriorRequest, QuoteDecisionInput } from '../../compensation/quote-input';
import { quotePaymentRequest } from '../../compensation/quote-payment-request';
import type { Framework } from '../../framework/framework-config';
import type { ReviewedLine } from '../../machines/payment-request-machine';
import type { RequestLine } from '../../machines/payment-request-schemas';
import type { Page, StorageReader } from '../../ports/storage-adapter';
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
import type { StoredEntity } from '../stored-entity';
import type { PaymentRequestEntity, PaymentRequestRecord } from './payment-request-store';
import { PAYMENT_REQUESTS_COLLECTION } from './payment-request-store';

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

/**
 * The states in which a request's work counts for the partner's other requests — day units, daily
 * and period caps, carry-over, duplicate claims: pending (submitted, under review, returned for
 * changes), approved and on its way to payment, and paid. A draft, a rejected, withdrawn or
 * reversed request counts nothing.
 */
export const COUNTING_REQUEST_STATES: readonly string[] = [
  'submitted',
  'under_review',
  'changes_requested',
  'approved',
  'forwarded_to_admin',
  'processing',
  'payment_failed',
  'paid',
];

function before(a: { readonly submittedAt?: string | undefined; readonly id: string }, b: { readonly submittedAt?: string | undefined; readonly id: string }): boolean {
  const x = a.submittedAt ?? '';
  const y = b.submittedAt ?? '';
  return x !== y ? x < y : a.id < b.id;
}

/**
 * The partner's requests that count before the one quoted (see {@link COUNTING_REQUEST_STATES}),
 * earliest submitted first, under every mandate of the payer. A request that is not submitted yet
 * (a draft, or one being submitted now) comes after all of them; a submitted one only after those
 * submitted before it, so two requests never both count each other.
 */
export async function priorRequests(
  reader: Reader,
  partnerId: string,
  self: { readonly id: string; readonly submittedAt?: string | undefined } | undefined,
): Promise<PriorRequest[]> {
  const out: PaymentRequestEntity[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<PaymentRequestRecord> = await reader.list<StoredEntity<PaymentRequestEntity, 'payment_request'>>(PAYMENT_REQUESTS_COLLECTION, {
      where: { partnerId, status: COUNTING_REQUEST_STATES },
      limit: 1000,
      cursor,
    });
    for (const record of page.items) {
      const entity = record.data.entity;
      if (self !== undefined && entity.id === self.id) continue;
      if (self?.submittedAt !== undefined && !before(entity, self)) continue;
      out.push(entity);
    }
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  out.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return out.map((r) => ({ id: r.id, mandateId: r.mandateId, entries: r.entries, expenses: r.expenses, decisions: r.decisions, quote: r.quote }));
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
  /** The request quoted (absent while it is being created) and when it was submitted (absent until submitted, or while being submitted). */
  readonly self?: { readonly id: string; readonly submittedAt?: string | undefined };
}

/**
 * Prices a request with the core rules (`quotePaymentRequest`), with everything the rules read
 * from storage: the partner's tax profile (SIN near a slip threshold), what the payer already
 * paid them this year (slip thresholds) and their other requests that count (day units, daily
 * and period caps, carry-over, duplicate claims). Returns plain JSON (explanations formatted).
 */
export async function quoteRequest(reader: Reader, framework: Framework, input: RequestQuoteInput): Promise<PaymentQuote> {
  const taxProfile = (await findTaxProfile(reader, input.partner.id))?.data.entity;
  const ledger = await partnerYearLedger(reader, framework, input.partner.id, input.mandate.organizationId, yearOfDate(input.asOf));
  const prior = await priorRequests(reader, input.partner.id, input.self);
  const quote = quotePaymentRequest(
    { entries: input.entries, expenses: input.expenses, decisions: input.decisions },
    { mandate: input.mandate, framework, partner: input.partner, taxProfile, ledger, asOf: input.asOf, prior },
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
