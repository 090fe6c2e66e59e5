import type { Framework } from '../../framework/framework-config';
import { createMonthResolver, dateOf } from '../../time/time-zone';
import type { CommandScope } from '../command-scope';
import type { LedgerEntry } from '../ledger-entry';
import { LEDGER_ENTRIES_COLLECTION, ledgerEntryIndex } from '../ledger-entry';
import type { StoredEntity } from '../stored-entity';
import type { PayoutEntity } from './payout-store';

/** What a ledger entry records, before its year and month are read. */
export interface LedgerFacts {
  readonly kind: LedgerEntry['kind'];
  readonly payout: PayoutEntity;
  /** The instant the entry is filed at: when the money moved. */
  readonly paidAt: string;
  /** +1 for a payment, −1 for a reversal. */
  readonly sign: 1 | -1;
}

const signed = (cents: number, sign: 1 | -1): number => (sign === 1 || cents === 0 ? cents : -cents);

/**
 * Appends a ledger entry for a payout (or its reversal, with negative amounts), filed under the
 * calendar year and month of `paidAt` in the organization's time zone. Nothing is written when
 * nothing was paid. Ledger entries are never changed afterwards; they carry no audit chain of their
 * own (the payment request's audit event records the payment).
 */
export async function appendLedgerEntry(scope: CommandScope, framework: Pick<Framework, 'timeZone'>, facts: LedgerFacts): Promise<LedgerEntry | null> {
  const { payout, sign } = facts;
  if (payout.taxableCents === 0 && payout.nonTaxableCents === 0) return null;
  const index = createMonthResolver(framework.timeZone)(Date.parse(facts.paidAt));
  const year = Math.floor(index / 12);
  const entry: LedgerEntry = {
    id: scope.newId('led'),
    kind: facts.kind,
    partnerId: payout.partnerId,
    payerId: payout.payerId,
    year,
    month: index - year * 12 + 1,
    paidAt: new Date(Date.parse(facts.paidAt)).toISOString(),
    paidOn: dateOf(facts.paidAt, framework.timeZone),
    currency: payout.currency,
    taxableCents: signed(payout.taxableCents, sign),
    nonTaxableCents: signed(payout.nonTaxableCents, sign),
    form: payout.form,
    paymentRequestId: payout.paymentRequestIds[0] ?? '',
    payoutId: payout.id,
    mandateId: payout.mandateId,
    createdAt: scope.at,
  };
  await scope.put<StoredEntity<LedgerEntry>>({
    collection: LEDGER_ENTRIES_COLLECTION,
    id: entry.id,
    data: { entity: entry, machine: null, auditHead: null },
    index: ledgerEntryIndex(entry),
    expectedVersion: 0,
  });
  return entry;
}
