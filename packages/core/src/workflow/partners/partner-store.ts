import type { LocalizedText } from '../../i18n/lang';
import type { RecordIndex, StorageReader } from '../../ports/storage-adapter';
import type { Partner } from '../../schemas/partner';
import type { PaymentProfile } from '../../schemas/payment-profile';
import type { TaxProfile } from '../../schemas/tax-profile';
import type { CommandScope } from '../command-scope';
import type { EntityRecord, StoredEntity } from '../stored-entity';
import { loadEntity, writeEntity } from '../stored-entity';
import type { AuditInput } from '../command-scope';
import type { JsonValue } from '../../ports/storage-adapter';

/** The storage collection of partners. */
export const PARTNERS_COLLECTION = 'partners';
/** The storage collection of tax profiles (record id = the partner's id). Sensitive: holds the SIN. */
export const TAX_PROFILES_COLLECTION = 'tax_profiles';
/** The storage collection of payment profiles (record id = the partner's id). Sensitive: holds bank details. */
export const PAYMENT_PROFILES_COLLECTION = 'payment_profiles';
/** The records of a partner's file, each stored under the partner's id: read together with a record of theirs. */
export const PARTNER_FILE_COLLECTIONS: readonly string[] = [PARTNERS_COLLECTION, TAX_PROFILES_COLLECTION, PAYMENT_PROFILES_COLLECTION];
/** The subject type of partners in the audit log. */
export const PARTNER_SUBJECT = 'partner';
/** How messages name a partner. */
export const PARTNER_LABEL: LocalizedText = { fr: 'Partenaire', en: 'Partner' };

/** A stored partner (no machine: its changes are audited on the partner's own chain). */
export type PartnerRecord = EntityRecord<Partner>;

/** The index of a partner: their id, status and creation instant. */
export function partnerIndex(partner: Partner): RecordIndex {
  return { partnerId: partner.id, status: partner.status, sortKey: partner.createdAt };
}

/** The index of a tax or payment profile: the partner it belongs to. */
export function profileIndex(profile: { readonly partnerId: string; readonly updatedAt: string }): RecordIndex {
  return { partnerId: profile.partnerId, sortKey: profile.updatedAt };
}

/**
 * Opens a partner's file: writes the new partner with its `partner.register` audit event (the
 * one way partners are created, whether by the secretariat or at the end of a volunteer's
 * orientation).
 */
export function createPartnerRecord<P extends Partner>(scope: CommandScope, partner: P, auditData: JsonValue): Promise<EntityRecord<P>> {
  return writeEntity(scope, {
    collection: PARTNERS_COLLECTION,
    id: partner.id,
    entity: partner,
    machine: null,
    index: partnerIndex(partner),
    expectedVersion: 0,
    audit: { subjectType: PARTNER_SUBJECT, action: 'partner.register', toState: partner.status, data: auditData },
  });
}

/** Loads a partner (`not_found` when absent; `conflict` when `expectedVersion` differs). */
export function loadPartner(scope: CommandScope, id: string, expectedVersion?: number): Promise<PartnerRecord> {
  return loadEntity<Partner>(scope, PARTNERS_COLLECTION, id, { expectedVersion, label: PARTNER_LABEL });
}

/** A partner, or `null` (works on the adapter and inside a transaction). */
export async function findPartner(reader: Pick<StorageReader, 'get'>, id: string): Promise<PartnerRecord | null> {
  return reader.get<StoredEntity<Partner>>(PARTNERS_COLLECTION, id);
}

/** A partner's tax profile record, or `null`. Sensitive: never log it or return it unredacted but to the partner or `finance`. */
export function findTaxProfile(reader: Pick<StorageReader, 'get'>, partnerId: string): Promise<EntityRecord<TaxProfile> | null> {
  return reader.get<StoredEntity<TaxProfile>>(TAX_PROFILES_COLLECTION, partnerId);
}

/** A partner's payment profile record, or `null`. Sensitive: never log it or return it unmasked but to the partner or `finance`. */
export function findPaymentProfile(reader: Pick<StorageReader, 'get'>, partnerId: string): Promise<EntityRecord<PaymentProfile> | null> {
  return reader.get<StoredEntity<PaymentProfile>>(PAYMENT_PROFILES_COLLECTION, partnerId);
}

/**
 * Writes a tax or payment profile at its expected version (0 to create). Profiles carry no audit
 * chain of their own: each change is audited on the partner (see {@link auditPartnerChange}),
 * with what changed but never the SIN or bank details.
 */
export async function putProfile<T extends { readonly partnerId: string; readonly updatedAt: string }>(
  scope: CommandScope,
  collection: typeof TAX_PROFILES_COLLECTION | typeof PAYMENT_PROFILES_COLLECTION,
  profile: T,
  expectedVersion: number,
): Promise<EntityRecord<T>> {
  return scope.put<StoredEntity<T>>({
    collection,
    id: profile.partnerId,
    data: { entity: profile, machine: null, auditHead: null },
    index: profileIndex(profile),
    expectedVersion,
  });
}

/**
 * Records a change to a partner's file (profile, preference) as one audit event on the
 * partner's chain, and rewrites the partner record with the new audit head (and `partner`, if
 * given, as the new entity) at the version it was loaded at.
 */
export function auditPartnerChange(
  scope: CommandScope,
  record: PartnerRecord,
  audit: Pick<AuditInput, 'action' | 'data'>,
  partner: Partner = record.data.entity,
): Promise<PartnerRecord> {
  return writeEntity(scope, {
    collection: PARTNERS_COLLECTION,
    id: record.id,
    entity: partner,
    machine: null,
    index: partnerIndex(partner),
    expectedVersion: record.version,
    audit: { subjectType: PARTNER_SUBJECT, action: audit.action, fromState: partner.status, toState: partner.status, data: audit.data },
  });
}
