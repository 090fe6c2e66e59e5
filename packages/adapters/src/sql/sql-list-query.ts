import type { IndexField, NormalizedListQuery } from '@honoraria/core/storage';
import type { SqlParam } from './sql-driver';

/** The column of each index field. */
export const INDEX_COLUMNS: Readonly<Record<IndexField, string>> = {
  partnerId: 'partner_id',
  status: 'status',
  assigneeId: 'assignee_id',
  parentId: 'parent_id',
};

/** The columns every record query selects; JSON as text (parsed by the adapter, not the driver). */
export const RECORD_COLUMNS = `collection, id, version, data::text AS data, partner_id, status, assignee_id, parent_id,
  to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS due_at, sort_key`;

/** Membership lists up to this size are split into one index range per value. */
const MAX_BRANCHES = 10;

/**
 * The SQL of a listing page: equality or `IN` on index columns, `IS NULL` for empty fields,
 * bounds on `due_at` and `sort_key`, and a keyset condition `(sort_key, id) > cursor` that the
 * `(collection, …, sort_key, id)` indexes serve directly. Fetches `limit` rows.
 *
 * A membership filter (`status IN (…)`) would make PostgreSQL read every matching row and sort
 * them: an approver's whole inbox for one page. So a short list becomes one branch per value,
 * each an ordered index range cut at `limit`, merged by `UNION ALL`: a page costs the same
 * whatever the size of the inbox.
 */
export function listQuerySql(table: string, collection: string, q: NormalizedListQuery, limit: number): { text: string; params: SqlParam[] } {
  const params: SqlParam[] = [collection];
  const p = (value: SqlParam): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const split = q.where.find((c) => c.values !== null && c.values.length > 1 && c.values.length <= MAX_BRANCHES);
  const conditions = ['collection = $1'];
  for (const condition of q.where) {
    if (condition === split) continue;
    const { field, values } = condition;
    const column = INDEX_COLUMNS[field];
    if (values === null) conditions.push(`${column} IS NULL`);
    else if (values.length === 1) conditions.push(`${column} = ${p(values[0] as string)}`);
    else conditions.push(`${column} IN (${values.map(p).join(', ')})`);
  }
  if (q.dueAtOrBefore !== null) conditions.push(`due_at <= ${p(q.dueAtOrBefore)}::timestamptz`);
  if (q.sortKeyFrom !== null) conditions.push(`sort_key >= ${p(q.sortKeyFrom)}`);
  if (q.sortKeyBefore !== null) conditions.push(`sort_key < ${p(q.sortKeyBefore)}`);
  if (q.after !== null) conditions.push(`(sort_key, id) ${q.order === 'asc' ? '>' : '<'} (${p(q.after.sortKey)}, ${p(q.after.id)})`);
  const direction = q.order === 'asc' ? 'ASC' : 'DESC';
  const order = `ORDER BY sort_key ${direction}, id ${direction}`;
  const limitParam = p(limit);
  const where = conditions.join(' AND ');
  if (split === undefined || split.values === null) {
    return { text: `SELECT ${RECORD_COLUMNS} FROM ${table} WHERE ${where} ${order} LIMIT ${limitParam}`, params };
  }
  const column = INDEX_COLUMNS[split.field];
  const branches = split.values.map((value) => `(SELECT ${RECORD_COLUMNS} FROM ${table} WHERE ${where} AND ${column} = ${p(value)} ${order} LIMIT ${limitParam})`);
  return { text: `SELECT * FROM (${branches.join(' UNION ALL ')}) AS branches ${order} LIMIT ${limitParam}`, params };
}
