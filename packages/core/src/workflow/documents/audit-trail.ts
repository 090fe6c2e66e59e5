import type { AuditRecord, StorageReader } from '../../ports/storage-adapter';

/** Every audit event of one subject, in order (page by page; works on the adapter and inside a transaction). */
export async function auditTrail(reader: Pick<StorageReader, 'listAudit'>, subjectId: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for (let after: number | undefined; ; ) {
    const page = await reader.listAudit({ subjectId, afterPosition: after, limit: 1000 });
    out.push(...page.items);
    if (page.nextCursor === null) return out;
    after = Number(page.nextCursor);
  }
}
