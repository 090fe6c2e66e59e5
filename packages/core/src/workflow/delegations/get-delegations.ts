import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { IndexField, Page, StorageReader } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import { ADMIN_ROLE, hasRole } from '../actor';
import { DELEGATIONS_COLLECTION } from '../authorization';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import type { DelegationResult } from './delegation-commands';
import type { DelegationEntity, DelegationRecord } from './delegation-store';

async function all(reader: Pick<StorageReader, 'list'>, field: IndexField, userId: string): Promise<DelegationResult[]> {
  const out: DelegationResult[] = [];
  for (let cursor: string | null = null; ; ) {
    const page: Page<DelegationRecord> = await reader.list<StoredEntity<DelegationEntity>>(DELEGATIONS_COLLECTION, { where: { [field]: userId }, order: 'desc', limit: 1000, cursor });
    out.push(...page.items.map((r: DelegationRecord) => ({ delegation: r.data.entity, version: r.version })));
    if (page.nextCursor === null) return out;
    cursor = page.nextCursor;
  }
}

/** A user's delegations: those they gave, and those they received (revoked ones included), newest first. */
export interface DelegationLists {
  readonly given: readonly DelegationResult[];
  readonly received: readonly DelegationResult[];
}

/** Lists the delegations a user gave and received: their own, or anyone's for the administration. */
export const getDelegations = defineQuery({ target: 'view', entity: 'delegation' }, z.object({ userId: Id.optional() }).strict(), async (ctx, input): Promise<DelegationLists> => {
  const userId = input.userId ?? ctx.actor.id;
  if (userId !== ctx.actor.id && !hasRole(ctx.actor, ADMIN_ROLE)) throw new HonorariaError('forbidden');
  return { given: await all(ctx.storage, 'parentId', userId), received: await all(ctx.storage, 'assigneeId', userId) };
});
