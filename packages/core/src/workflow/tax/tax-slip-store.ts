import type { MachineEvent } from '../../machines/machine-registry';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { Page, RecordIndex, StorageReader, StoredRecord } from '../../ports/storage-adapter';
import type { TaxSlip } from '../../schemas/tax-slip';
import { claimUniqueKey, releaseUniqueKey } from '../../storage/unique-keys';
import type { UniqueKey } from '../../storage/unique-keys';
import type { AuditInput, CommandScope } from '../command-scope';
import type { EntityRecord, StoredEntity } from '../stored-entity';
import { loadEntity, newEntityRecord, transitionEntity } from '../stored-entity';

/** The storage collection of tax slips. */
export const TAX_SLIPS_COLLECTION = 'tax_slips';

/** The subject type of tax slips in the audit log. */
export const TAX_SLIP_SUBJECT = 'tax_slip';

/** Why an issued slip must be amended: a payment of its year was reversed. */
export interface AmendmentDue {
  readonly since: string;
  readonly reason: 'payment_reversed';
  readonly paymentRequestId: string;
}

/**
 * A tax slip as the workflow stores it: the {@link TaxSlip} of one partner, payer, year and slip
 * rule, with what its machine records, and `amendmentDue` once a reversal changed the year's
 * total after the slip was issued (cleared by `amendTaxSlip`).
 */
export interface TaxSlipEntity extends TaxSlip {
  /** When the slip record was created (its sort key). */
  readonly createdAt: string;
  readonly amendmentDue?: AmendmentDue;
  readonly amendedAt?: string;
  readonly cancelledAt?: string;
  /** The reason of the last amendment or of the cancellation. */
  readonly comment?: string;
}

/** A stored tax slip. */
export type TaxSlipRecord = EntityRecord<TaxSlipEntity, 'tax_slip'>;

/** The persisted snapshot of a tax slip's machine. */
export type TaxSlipSnapshot = PersistedSnapshot<'tax_slip'>;

/** The sort key of a slip: its year first, so a year's slips are one key range. */
export function taxSlipSortKey(slip: Pick<TaxSlipEntity, 'year' | 'createdAt'>): string {
  return `${String(slip.year).padStart(4, '0')}/${slip.createdAt}`;
}

/** The index of a slip: its partner, status, payer (`parentId`) and year-first sort key. */
export function taxSlipIndex(slip: TaxSlipEntity): RecordIndex {
  return { partnerId: slip.partnerId, status: slip.status, parentId: slip.payerId, sortKey: taxSlipSortKey(slip) };
}

/** Every slip of a year, optionally of one partner (an index range scan). */
export async function listTaxSlips(reader: Pick<StorageReader, 'list'>, year: number, partnerId?: string): Promise<TaxSlipRecord[]> {
  const out: TaxSlipRecord[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord<StoredEntity<TaxSlipEntity, 'tax_slip'>>> = await reader.list(TAX_SLIPS_COLLECTION, {
      sortKeyFrom: String(year).padStart(4, '0'),
      sortKeyBefore: String(year + 1).padStart(4, '0'),
      ...(partnerId === undefined ? {} : { where: { partnerId } }),
      limit: 1000,
      cursor,
    });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/** The unique key of a slip: one slip (not cancelled) per partner, payer, year and slip rule (the form). */
export function taxSlipUniqueKey(slip: Pick<TaxSlipEntity, 'partnerId' | 'payerId' | 'year' | 'ruleId'>): UniqueKey {
  return { kind: 'tax_slip', parts: [slip.partnerId, slip.payerId, slip.year, slip.ruleId] };
}

/** Loads a slip for a change (`not_found`, or `conflict` when `expectedVersion` differs). */
export function loadTaxSlip(scope: CommandScope, id: string, expectedVersion?: number): Promise<TaxSlipRecord> {
  return loadEntity<TaxSlipEntity, 'tax_slip'>(scope, TAX_SLIPS_COLLECTION, id, { expectedVersion, label: { fr: 'Feuillet fiscal', en: 'Tax slip' } });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One change of a slip: a machine event (or none, for a flag), the entity after it, the audit action. */
export interface SlipChange {
  readonly event: DistributiveOmit<MachineEvent<'tax_slip'>, 'now'> | null;
  readonly action: string;
  readonly update: (slip: TaxSlipEntity, next: TaxSlipSnapshot) => TaxSlipEntity;
  readonly data?: AuditInput['data'];
}

/**
 * Writes a slip change with its one audit event: a machine event moves the slip through its
 * lifecycle (`invalid_transition` when impossible); without one (an amendment flag) the state
 * stays. `record` is `null` to create the slip from `initial`.
 */
export async function writeTaxSlip(
  scope: CommandScope,
  record: TaxSlipRecord | null,
  initial: { readonly snapshot: TaxSlipSnapshot; readonly slip: TaxSlipEntity } | null,
  change: SlipChange,
): Promise<TaxSlipRecord> {
  const target = record ?? (initial === null ? null : newEntityRecord<TaxSlipEntity, 'tax_slip'>(TAX_SLIPS_COLLECTION, initial.slip.id, initial.slip, initial.snapshot));
  if (target === null) throw new TypeError('writeTaxSlip: nothing to change');
  // One slip per partner, payer, year and form, whoever generates it at the same time.
  if (record === null) await claimUniqueKey(scope.tx, taxSlipUniqueKey(target.data.entity), target.data.entity.id, scope.at);
  const written = await transitionEntity(scope, target, {
    kind: 'tax_slip',
    event: change.event === null ? null : ({ ...change.event, now: scope.at } as MachineEvent<'tax_slip'>),
    action: change.action,
    subjectType: TAX_SLIP_SUBJECT,
    update: (slip, next) => ({ ...change.update(slip, next), status: next.status }),
    index: (slip) => taxSlipIndex(slip),
    auditData: change.data,
  });
  if (record !== null && record.data.entity.status !== 'cancelled' && written.data.entity.status === 'cancelled') {
    await releaseUniqueKey(scope.tx, taxSlipUniqueKey(written.data.entity), written.data.entity.id, scope.at);
  }
  return written;
}
