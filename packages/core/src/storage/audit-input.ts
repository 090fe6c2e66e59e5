import type { AuditAppend, AuditQuery, AuditRecord, JsonValue, Page } from '../ports/storage-adapter';
import { copyJson, normalizeJson } from './json-document';
import { invalidStorageInput } from './storage-errors';
import { STORAGE_LIMITS, checkInstant, checkInteger, checkKey, checkOptionalKey } from './storage-text';

/** A validated {@link AuditQuery}. */
export interface NormalizedAuditQuery {
  readonly subjectId: string | null;
  readonly afterPosition: number;
  readonly limit: number;
}

const EVENT_KEYS = new Set(['id', 'subjectType', 'subjectId', 'seq', 'at', 'actor', 'action', 'fromState', 'toState', 'data', 'prevHash', 'hash']);

/**
 * Validates an audit event and returns a normalized copy. Members are kept exactly as given
 * (an absent `data` stays absent, `null` stays `null`; `at` is not reformatted) because the
 * event's hash covers them.
 */
export function normalizeAuditAppend(event: AuditAppend): AuditAppend {
  if (event === null || typeof event !== 'object') throw invalidStorageInput([], 'required');
  const source = event as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) if (!EVENT_KEYS.has(key) && source[key] !== undefined) throw invalidStorageInput([key], 'unknown_field');
  checkKey(event.id, ['id']);
  checkKey(event.subjectType, ['subjectType']);
  checkKey(event.subjectId, ['subjectId']);
  checkInteger(event.seq, ['seq'], 1);
  checkInstant(event.at, ['at']);
  checkKey(event.action, ['action'], STORAGE_LIMITS.label);
  checkOptionalKey(event.fromState, ['fromState']);
  checkOptionalKey(event.toState, ['toState']);
  checkOptionalKey(event.prevHash, ['prevHash'], STORAGE_LIMITS.label);
  checkKey(event.hash, ['hash'], STORAGE_LIMITS.label);
  const actor = event.actor as unknown;
  if (actor === null || typeof actor !== 'object' || Array.isArray(actor)) throw invalidStorageInput(['actor'], 'required');
  checkKey(event.actor.id, ['actor', 'id']);
  if (event.actor.roles !== undefined) {
    if (!Array.isArray(event.actor.roles)) throw invalidStorageInput(['actor', 'roles'], 'required');
    event.actor.roles.forEach((role, i) => checkKey(role, ['actor', 'roles', i]));
  }
  checkOptionalKey(event.actor.actingFor, ['actor', 'actingFor']);
  if (event.prevHash === undefined) throw invalidStorageInput(['prevHash'], 'required');
  return normalizeJson(event) as unknown as AuditAppend;
}

/** Validates an audit query: `afterPosition` an integer from 0, `limit` from 1 to 1000 (100 by default). */
export function normalizeAuditQuery(query: AuditQuery | undefined): NormalizedAuditQuery {
  const q = query ?? {};
  return {
    subjectId: checkOptionalKey(q.subjectId, ['subjectId']),
    afterPosition: q.afterPosition === undefined ? 0 : checkInteger(q.afterPosition, ['afterPosition'], 0, Number.MAX_SAFE_INTEGER),
    limit: q.limit === undefined ? 100 : checkInteger(q.limit, ['limit'], 1, STORAGE_LIMITS.pageSize),
  };
}

/** A stored audit event: a copy of the appended event with its position. */
export function auditRecordOf(event: AuditAppend, position: number): AuditRecord {
  return { ...(copyJson(event as unknown as JsonValue) as unknown as AuditAppend), position };
}

/** A page from the first `limit + 1` events after the query's position: `nextCursor` is the last position returned. */
export function auditPageOf(events: readonly AuditRecord[], limit: number): Page<AuditRecord> {
  const items = events.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: events.length > limit && last !== undefined ? String(last.position) : null };
}
