import { sha256Hex } from '../crypto/sha256';
import { isHonorariaError } from '../errors/honoraria-error';
import type { StorageReader, StorageTransaction } from '../ports/storage-adapter';
import { canonicalJson } from '../workflow/canonical-json';
import { storageConflict } from './storage-errors';

/**
 * The collection of unique keys: one record per claimed key, with a deterministic id. Every
 * adapter already refuses a second record with the same id (`expectedVersion: 0`) — with a
 * primary key on SQL, so two concurrent transactions cannot both insert it under READ
 * COMMITTED — which makes a claim the storage's guarantee, not a check-then-insert in core.
 */
export const UNIQUE_KEYS_COLLECTION = 'unique_keys';

/**
 * What must be unique:
 * - `tax_slip`: one slip (not cancelled) per partner, payer, year and slip rule (the form);
 * - `open_amendment`: one amendment waiting for a decision or an answer per mandate;
 * - `agreement_acceptance`: one acceptance per partner and policy version;
 * - `payout`: one payout per payment request.
 */
export type UniqueKeyKind = 'tax_slip' | 'open_amendment' | 'agreement_acceptance' | 'payout';

/** A unique key: its kind and the values that must not repeat (ids, years; never personal data). */
export interface UniqueKey {
  readonly kind: UniqueKeyKind | (string & {});
  readonly parts: readonly (string | number)[];
}

/** What a claim records: who holds the key (`null` once released), and since when. */
export interface UniqueKeyClaim {
  readonly kind: string;
  /** The id of the record holding the key, such as a tax slip's id; `null` when released. */
  readonly ownerId: string | null;
  readonly claimedAt: string;
}

/** The deterministic record id of a key: its kind and a SHA-256 of its parts (fits the 128-character id limit). */
export function uniqueKeyId(key: UniqueKey): string {
  return `${key.kind}:${sha256Hex(canonicalJson(key.parts))}`;
}

/** The holder of a key, or `null` when it is free. */
export async function uniqueKeyOwner(reader: Pick<StorageReader, 'get'>, key: UniqueKey): Promise<string | null> {
  const record = await reader.get<UniqueKeyClaim>(UNIQUE_KEYS_COLLECTION, uniqueKeyId(key));
  return record?.data.ownerId ?? null;
}

function writeClaim(tx: StorageTransaction, key: UniqueKey, ownerId: string | null, at: string, expectedVersion: number) {
  const claim: UniqueKeyClaim = { kind: key.kind, ownerId, claimedAt: at };
  return tx.put({
    collection: UNIQUE_KEYS_COLLECTION,
    id: uniqueKeyId(key),
    data: { ...claim },
    index: { parentId: ownerId, status: ownerId === null ? 'released' : 'held', sortKey: key.kind },
    expectedVersion,
  });
}

/**
 * Claims a key for a record, in the caller's transaction. Throws `conflict` (reason
 * `unique_key_taken`) when another record holds it — including a concurrent transaction that
 * committed first or commits first: the storage's unique id and versions decide, never a prior
 * read. Claiming a key the same record already holds changes nothing.
 *
 * A claim record is never deleted (a release writes a new version with no holder), so its
 * version only grows and a stale transaction can never mistake a new claim for the one it read.
 */
export async function claimUniqueKey(tx: StorageTransaction, key: UniqueKey, ownerId: string, at: string): Promise<void> {
  const held = await tx.get<UniqueKeyClaim>(UNIQUE_KEYS_COLLECTION, uniqueKeyId(key));
  if (held !== null && held.data.ownerId === ownerId) return;
  if (held !== null && held.data.ownerId !== null) throw storageConflict('unique_key_taken', { kind: key.kind });
  try {
    await writeClaim(tx, key, ownerId, at, held?.version ?? 0);
  } catch (error) {
    if (isHonorariaError(error, 'conflict')) throw storageConflict('unique_key_taken', { kind: key.kind }, error);
    throw error;
  }
}

/** Releases a key the record holds (when it no longer needs to be unique: a slip cancelled, an amendment closed). */
export async function releaseUniqueKey(tx: StorageTransaction, key: UniqueKey, ownerId: string, at: string): Promise<void> {
  const held = await tx.get<UniqueKeyClaim>(UNIQUE_KEYS_COLLECTION, uniqueKeyId(key));
  if (held === null || held.data.ownerId !== ownerId) return;
  await writeClaim(tx, key, null, at, held.version);
}
