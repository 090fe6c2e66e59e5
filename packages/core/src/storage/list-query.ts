import type { IndexField, ListQuery, Page, StoredRecord } from '../ports/storage-adapter';
import { invalidStorageInput } from './storage-errors';
import { STORAGE_LIMITS, checkInteger, checkKey, checkText, normalizeInstant } from './storage-text';
import type { ListPosition } from './storage-order';
import { compareCodePoints, compareListPositions } from './storage-order';

/** One `where` condition: the field is one of `values`, or is empty when `values` is `null`. */
export interface IndexCondition {
  readonly field: IndexField;
  /** Never empty: a query with an empty membership list is {@link NormalizedListQuery.empty}. */
  readonly values: readonly string[] | null;
}

/** A validated {@link ListQuery}, with its cursor decoded. */
export interface NormalizedListQuery {
  readonly where: readonly IndexCondition[];
  /** Some condition can match nothing (an empty membership list): the page is empty. */
  readonly empty: boolean;
  /** In `toISOString()` form. */
  readonly dueAtOrBefore: string | null;
  readonly sortKeyFrom: string | null;
  readonly sortKeyBefore: string | null;
  readonly order: 'asc' | 'desc';
  readonly limit: number;
  /** Results start strictly after this position (in the query's order). */
  readonly after: ListPosition | null;
}

const INDEX_FIELDS: readonly IndexField[] = ['partnerId', 'status', 'assigneeId', 'parentId'];
const QUERY_KEYS = new Set(['where', 'dueAtOrBefore', 'sortKeyFrom', 'sortKeyBefore', 'order', 'limit', 'cursor']);
const CURSOR_PREFIX = 'c1.';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The opaque cursor of a listing position: the `nextCursor` of a page ending there. */
export function encodeListCursor(position: ListPosition): string {
  return CURSOR_PREFIX + toBase64Url(JSON.stringify([position.sortKey, position.id]));
}

/** Decodes a cursor made by {@link encodeListCursor}; `validation_failed` when it is not one. */
export function decodeListCursor(cursor: string): ListPosition {
  try {
    if (!cursor.startsWith(CURSOR_PREFIX)) throw new Error('prefix');
    const parsed: unknown = JSON.parse(fromBase64Url(cursor.slice(CURSOR_PREFIX.length)));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw new Error('shape');
    return { sortKey: checkText(parsed[0], ['cursor']), id: checkText(parsed[1], ['cursor']) };
  } catch {
    throw invalidStorageInput(['cursor'], 'invalid_cursor');
  }
}

function normalizeCondition(field: IndexField, filter: unknown): IndexCondition | 'none' | 'empty' {
  const path = ['where', field];
  if (filter === undefined) return 'none';
  if (filter === null) return { field, values: null };
  if (typeof filter === 'string') return { field, values: [checkKey(filter, path)] };
  if (!Array.isArray(filter)) throw invalidStorageInput(path, 'not_string');
  if (filter.length > STORAGE_LIMITS.filterValues) throw invalidStorageInput(path, 'too_many');
  if (filter.length === 0) return 'empty';
  return { field, values: [...new Set(filter.map((value, i) => checkKey(value, [...path, i])))] };
}

function optionalBound(value: unknown, key: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw invalidStorageInput([key], 'not_string');
  if (value.length > STORAGE_LIMITS.key) throw invalidStorageInput([key], 'too_long');
  return checkText(value, [key]);
}

/**
 * Validates a listing query: known fields only, filter values as keys (at most 100 per
 * membership list), `limit` from 1 to 1000 (50 by default), `order` `asc` or `desc`, a cursor
 * from a previous page. Throws `validation_failed`.
 */
export function normalizeListQuery(query: ListQuery | undefined): NormalizedListQuery {
  const q = (query ?? {}) as Record<string, unknown>;
  if (typeof q !== 'object' || Array.isArray(q)) throw invalidStorageInput([], 'required');
  for (const key of Object.keys(q)) if (!QUERY_KEYS.has(key) && q[key] !== undefined) throw invalidStorageInput([key], 'unknown_field');
  const where: IndexCondition[] = [];
  let empty = false;
  const rawWhere = q['where'];
  if (rawWhere !== undefined && rawWhere !== null) {
    if (typeof rawWhere !== 'object' || Array.isArray(rawWhere)) throw invalidStorageInput(['where'], 'required');
    const filters = rawWhere as Record<string, unknown>;
    for (const key of Object.keys(filters)) {
      if (!(INDEX_FIELDS as readonly string[]).includes(key) && filters[key] !== undefined) throw invalidStorageInput(['where', key], 'unknown_field');
    }
    for (const field of INDEX_FIELDS) {
      const condition = normalizeCondition(field, filters[field]);
      if (condition === 'empty') empty = true;
      else if (condition !== 'none') where.push(condition);
    }
  }
  const order = q['order'] ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw invalidStorageInput(['order'], 'invalid_choice');
  const cursor = q['cursor'];
  if (cursor !== undefined && cursor !== null && typeof cursor !== 'string') throw invalidStorageInput(['cursor'], 'invalid_cursor');
  const due = q['dueAtOrBefore'];
  return {
    where,
    empty,
    dueAtOrBefore: due === undefined || due === null ? null : normalizeInstant(due, ['dueAtOrBefore']),
    sortKeyFrom: optionalBound(q['sortKeyFrom'], 'sortKeyFrom'),
    sortKeyBefore: optionalBound(q['sortKeyBefore'], 'sortKeyBefore'),
    order,
    limit: q['limit'] === undefined ? 50 : checkInteger(q['limit'], ['limit'], 1, STORAGE_LIMITS.pageSize),
    after: typeof cursor === 'string' ? decodeListCursor(cursor) : null,
  };
}

/** Whether a record passes a query's filters and bounds (the cursor aside). Instants are in `toISOString()` form, so they compare as strings. */
export function matchesListQuery(record: StoredRecord<unknown>, query: NormalizedListQuery): boolean {
  if (query.empty) return false;
  const index = record.index;
  for (const condition of query.where) {
    const value = index[condition.field] ?? null;
    if (condition.values === null ? value !== null : value === null || !condition.values.includes(value)) return false;
  }
  if (query.dueAtOrBefore !== null && (index.dueAt == null || index.dueAt > query.dueAtOrBefore)) return false;
  if (query.sortKeyFrom !== null && compareCodePoints(index.sortKey, query.sortKeyFrom) < 0) return false;
  if (query.sortKeyBefore !== null && compareCodePoints(index.sortKey, query.sortKeyBefore) >= 0) return false;
  return true;
}

/** The position of a record in listings. */
export function listPositionOf(record: StoredRecord<unknown>): ListPosition {
  return { sortKey: record.index.sortKey, id: record.id };
}

/** Compares two records in a query's order (ascending or descending by sort key, then id). */
export function compareInListOrder(a: StoredRecord<unknown>, b: StoredRecord<unknown>, order: 'asc' | 'desc'): number {
  const c = compareListPositions(listPositionOf(a), listPositionOf(b));
  return order === 'asc' ? c : -c;
}

/** Whether a record comes strictly after the query's cursor, in the query's order. */
export function isAfterCursor(record: StoredRecord<unknown>, query: NormalizedListQuery): boolean {
  if (query.after === null) return true;
  const c = compareListPositions(listPositionOf(record), query.after);
  return query.order === 'asc' ? c > 0 : c < 0;
}

/**
 * A page from the first `limit + 1` matching records, in order: the extra record only tells
 * that a next page exists, and the cursor points at the last record returned.
 */
export function pageOf<T>(records: readonly StoredRecord<T>[], limit: number): Page<StoredRecord<T>> {
  const items = records.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: records.length > limit && last !== undefined ? encodeListCursor(listPositionOf(last)) : null };
}
