import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { AuditRecord, JsonValue } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import type { AuditChainReport } from '../audit-chain';
import { verifyAuditChain } from '../audit-chain';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { auditTrail } from './audit-trail';
import type { SubjectType } from './record-access';
import { requireRecordReader, SUBJECT_COLLECTIONS } from './record-access';

/** The audit trail of one record and whether its chain verifies (up to the head the record holds). */
export interface HistoryResult {
  readonly subjectType: SubjectType;
  readonly subjectId: string;
  readonly events: readonly AuditRecord[];
  readonly verification: AuditChainReport;
}

/**
 * The audit trail of one record (who did what, when, from which state to which, acting for
 * whom), authorized like the record itself, with the verification of its hash chain.
 */
export const getHistory = defineQuery({ target: 'view', entity: 'auditEvent' }, z.object({ subjectType: z.enum(Object.keys(SUBJECT_COLLECTIONS) as [SubjectType, ...SubjectType[]]), subjectId: Id }).strict(),
  async (ctx, input): Promise<HistoryResult> => {
    const record = await ctx.storage.get<StoredEntity<JsonValue>>(SUBJECT_COLLECTIONS[input.subjectType], input.subjectId);
    if (record === null) throw new HonorariaError('not_found', { details: { id: input.subjectId } });
    requireRecordReader(ctx.actor, input.subjectType, record);
    const events = await auditTrail(ctx.storage, record.id);
    const head = record.data.auditHead;
    const verification = verifyAuditChain(events, head === null ? {} : { heads: new Map([[record.id, head]]) });
    return { subjectType: input.subjectType, subjectId: record.id, events, verification };
  },
);
