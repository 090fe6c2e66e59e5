import { normalizePutInput } from '@honoraria/core/storage';
import type { PutInput } from '@honoraria/core/storage';
import type { StorageAdapter } from '@honoraria/core';
import type { SqlStorage } from '../../src/sql/sql-storage';

/** How {@link paymentRequests} shapes the data set. */
export interface PaymentRequestSet {
  /** Number of requests: 100,000 for the inbox benchmark. */
  readonly count: number;
  /** Approvers the requests are assigned to (round robin): 50 by default. */
  readonly approvers?: number;
  /** Partners who submitted them: 2,000 by default. */
  readonly partners?: number;
}

/** The states requests go through; an approver's inbox is `submitted` and `under_review`. */
export const REQUEST_STATUSES = ['draft', 'submitted', 'under_review', 'changes_requested', 'approved', 'forwarded', 'paid', 'rejected'] as const;

/** The collection the fixtures write. */
export const PAYMENT_REQUESTS = 'payment_requests';

/**
 * Deterministic payment requests with realistic documents (time entries, mileage, a frozen
 * quote) and index fields: `assigneeId` `usr_<n>`, `partnerId` `ptn_<n>`, one request a minute
 * from 2026-01-01. With 100,000 requests and 50 approvers, each approver has 2,000 requests,
 * 250 in each status (500 in the inbox). Reusable by any benchmark that needs a populated store.
 */
export function paymentRequests(set: PaymentRequestSet): PutInput[] {
  const approvers = set.approvers ?? 50;
  const partners = set.partners ?? 2000;
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: set.count }, (_, n) => {
    // Every approver (n mod approvers) gets every status in turn: their inbox is a quarter of their requests.
    const status = REQUEST_STATUSES[Math.floor(n / approvers) % REQUEST_STATUSES.length] as string;
    const partnerId = `ptn_${n % partners}`;
    const at = new Date(start + n * 60_000).toISOString();
    return {
      collection: PAYMENT_REQUESTS,
      id: `pr_${String(n).padStart(6, '0')}`,
      expectedVersion: 0,
      index: {
        partnerId,
        status,
        assigneeId: status === 'draft' ? null : `usr_${n % approvers}`,
        parentId: `mnd_${n % (partners * 2)}`,
        dueAt: status === 'submitted' || status === 'under_review' ? new Date(start + n * 60_000 + 14 * 86_400_000).toISOString() : null,
        sortKey: at,
      },
      data: {
        partnerId,
        status,
        submittedAt: at,
        lines: [
          { kind: 'time', date: at.slice(0, 10), minutes: 90 + (n % 4) * 30, rule: 'meeting-hourly', cents: 7_500 + (n % 4) * 2_500 },
          { kind: 'mileage', date: at.slice(0, 10), km: 12 + (n % 50), rule: 'mileage-0.55', cents: (12 + (n % 50)) * 55 },
        ],
        quote: { totalCents: 7_500 + (n % 4) * 2_500 + (12 + (n % 50)) * 55, currency: 'CAD', frozenAt: at },
        comment: n % 3 === 0 ? 'Rencontre du comité des usagers — préparation et présence' : null,
      },
    };
  });
}

function isSqlStorage(storage: StorageAdapter): storage is SqlStorage {
  return 'driver' in storage && 'schema' in storage && typeof (storage as SqlStorage).migrate === 'function';
}

/**
 * Writes records as fast as the store allows: on a SQL storage, bulk `INSERT … SELECT FROM
 * jsonb_to_recordset` (the same rows `put` would write, 5,000 a statement, then ANALYZE);
 * elsewhere through the port, 500 per transaction.
 */
export async function seedRecords(storage: StorageAdapter, inputs: readonly PutInput[]): Promise<void> {
  if (isSqlStorage(storage)) {
    for (let i = 0; i < inputs.length; i += 5000) {
      const rows = inputs.slice(i, i + 5000).map((input) => {
        const p = normalizePutInput(input);
        const { partnerId, status, assigneeId, parentId, dueAt, sortKey } = p.index;
        return { collection: p.collection, id: p.id, data: p.data, partner_id: partnerId, status, assignee_id: assigneeId, parent_id: parentId, due_at: dueAt, sort_key: sortKey };
      });
      await storage.driver.query(
        `INSERT INTO "${storage.schema}".records (collection, id, version, data, partner_id, status, assignee_id, parent_id, due_at, sort_key)
         SELECT r.collection, r.id, 1, r.data, r.partner_id, r.status, r.assignee_id, r.parent_id, r.due_at, r.sort_key
         FROM jsonb_to_recordset($1::text::jsonb) AS r(collection text, id text, data jsonb, partner_id text, status text,
           assignee_id text, parent_id text, due_at timestamptz, sort_key text)`,
        [JSON.stringify(rows)],
      );
    }
    await storage.driver.query(`ANALYZE "${storage.schema}".records`);
    return;
  }
  for (let i = 0; i < inputs.length; i += 500) {
    await storage.transaction(async (tx) => {
      for (const input of inputs.slice(i, i + 500)) await tx.put(input);
    });
  }
}
