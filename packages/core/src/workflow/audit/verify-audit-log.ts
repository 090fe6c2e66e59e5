import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { AuditRecord, JsonValue, Page, StoredRecord } from '../../ports/storage-adapter';
import { ADMIN_ROLE, hasRole } from '../actor';
import type { AuditChainReport, AuditHead } from '../audit-chain';
import { verifyAuditChain } from '../audit-chain';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';

/** The collections whose records carry an audit head. */
export const AUDITED_COLLECTIONS = [
  'partners',
  'projects',
  'agreements',
  'mandates',
  'amendments',
  'payment_requests',
  'payouts',
  'applications',
  'tax_slips',
  'delegations',
] as const;

/**
 * Verifies the whole audit log: every subject's chain (sequence, links, hashes) and, for every
 * audited record, that the log ends where the record says it does. For the administration and
 * auditors (`admin`, `finance`, or the framework's administration role).
 */
export const verifyAuditLog = defineQuery({ target: 'view', entity: null }, z.object({}).strict(), async (ctx): Promise<AuditChainReport> => {
  if (!hasRole(ctx.actor, ADMIN_ROLE, 'finance')) throw new HonorariaError('forbidden');
  const events: AuditRecord[] = [];
  for (let after: number | undefined; ; ) {
    const page = await ctx.storage.listAudit({ afterPosition: after, limit: 1000 });
    events.push(...page.items);
    if (page.nextCursor === null) break;
    after = Number(page.nextCursor);
  }
  const heads = new Map<string, AuditHead>();
  for (const collection of AUDITED_COLLECTIONS) {
    for (let cursor: string | null = null; ; ) {
      const page: Page<StoredRecord<StoredEntity<JsonValue>>> = await ctx.storage.list<StoredEntity<JsonValue>>(collection, { limit: 1000, cursor });
      for (const record of page.items) if (record.data.auditHead) heads.set(record.id, record.data.auditHead);
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
  }
  return verifyAuditChain(events, { heads });
});
