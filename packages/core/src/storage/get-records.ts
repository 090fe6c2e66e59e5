import type { RecordRef, StorageReader, StoredRecord } from '../ports/storage-adapter';

/**
 * Several records by reference, in the order asked (`null` for a missing one): in one round
 * trip where the storage offers `getMany`, else one `get` each. Duplicates are read once.
 */
export async function getRecords<T>(reader: Pick<StorageReader, 'get' | 'getMany'>, refs: readonly RecordRef[]): Promise<(StoredRecord<T> | null)[]> {
  if (refs.length === 0) return [];
  const key = (r: RecordRef): string => `${r.collection}\u0000${r.id}`;
  const unique = [...new Map(refs.map((r) => [key(r), r])).values()];
  const found = reader.getMany !== undefined ? await reader.getMany<T>(unique) : await Promise.all(unique.map((r) => reader.get<T>(r.collection, r.id)));
  const byKey = new Map(unique.map((r, i) => [key(r), found[i] ?? null]));
  return refs.map((r) => byKey.get(key(r)) ?? null);
}
