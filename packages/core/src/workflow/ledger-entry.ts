import type { Page, RecordIndex, StorageReader, StoredRecord } from '../ports/storage-adapter';
import type { LedgerPayment } from '../tax/tax-ledger';
import type { StoredEntity } from './stored-entity';

/** The storage collection of the tax ledger. */
export const LEDGER_ENTRIES_COLLECTION = 'ledger_entries';

/**
 * One line of the tax ledger: what a payer paid a partner (or took back, for a reversal) at an
 * instant, split into taxable and non-taxable cents, and filed under the calendar year and month
 * of that instant **in the organization's time zone** (23:30 on 31 December in Montréal belongs
 * to that year). Entries are append-only: a reversal writes a new entry with negative amounts.
 *
 * Stored as a `StoredEntity` envelope (`{ entity, machine: null, auditHead: null }`) in
 * {@link LEDGER_ENTRIES_COLLECTION}, indexed by `partnerId`, `parentId` (the payment request),
 * `status` (the entry's kind) and a `sortKey` that starts with the year, so a year's entries are
 * one index range ({@link ledgerYearRange}).
 */
export interface LedgerEntry {
  readonly id: string;
  readonly kind: 'payment' | 'reversal';
  readonly partnerId: string;
  /** The paying organization. */
  readonly payerId: string;
  /** The tax year: the calendar year of `paidAt` in the organization's time zone. */
  readonly year: number;
  /** The month (1–12) of `paidAt` in the organization's time zone. */
  readonly month: number;
  /** When the money moved (ISO 8601 UTC); for a reversal, when it was reversed. */
  readonly paidAt: string;
  /** The calendar date of `paidAt` in the organization's time zone. */
  readonly paidOn: string;
  readonly currency: string;
  /** Compensation (cash, or gift cards at face value) and taxable allowances; negative for a reversal. */
  readonly taxableCents: number;
  /** Reimbursed expenses; negative for a reversal. */
  readonly nonTaxableCents: number;
  /** The form the taxable part was paid in. */
  readonly form: 'cash' | 'gift_card';
  readonly paymentRequestId: string;
  readonly payoutId: string;
  readonly mandateId: string;
  /** When the entry was written. */
  readonly createdAt: string;
}

/** A stored ledger entry. */
export type LedgerEntryRecord = StoredRecord<StoredEntity<LedgerEntry>>;

/** The sort key of a ledger entry: its year first, so a year is one key range. */
export function ledgerSortKey(entry: Pick<LedgerEntry, 'year' | 'paidAt'>): string {
  return `${String(entry.year).padStart(4, '0')}/${entry.paidAt}`;
}

/** The index of a ledger entry. */
export function ledgerEntryIndex(entry: LedgerEntry): RecordIndex {
  return { partnerId: entry.partnerId, parentId: entry.paymentRequestId, status: entry.kind, sortKey: ledgerSortKey(entry) };
}

/** The `sortKeyFrom` / `sortKeyBefore` bounds of a tax year's entries. */
export function ledgerYearRange(year: number): { readonly sortKeyFrom: string; readonly sortKeyBefore: string } {
  return { sortKeyFrom: String(year).padStart(4, '0'), sortKeyBefore: String(year + 1).padStart(4, '0') };
}

/** A ledger entry as the core tax-ledger functions read it. */
export function toLedgerPayment(entry: LedgerEntry): LedgerPayment {
  return {
    partnerId: entry.partnerId,
    payerId: entry.payerId,
    paidAt: entry.paidAt,
    taxableCents: entry.taxableCents,
    nonTaxableCents: entry.nonTaxableCents,
    form: entry.form,
  };
}

/**
 * Every ledger entry of a tax year, optionally of one partner, in order (one index range scan,
 * page by page). Works on the adapter and inside a transaction.
 */
export async function listLedgerEntries(
  reader: Pick<StorageReader, 'list'>,
  query: { readonly year: number; readonly partnerId?: string },
): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  const where = query.partnerId === undefined ? undefined : { partnerId: query.partnerId };
  for (let cursor: string | null = null; ; ) {
    const page: Page<LedgerEntryRecord> = await reader.list<StoredEntity<LedgerEntry>>(LEDGER_ENTRIES_COLLECTION, {
      ...ledgerYearRange(query.year),
      ...(where === undefined ? {} : { where }),
      limit: 1000,
      cursor,
    });
    for (const record of page.items) out.push(record.data.entity);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}
