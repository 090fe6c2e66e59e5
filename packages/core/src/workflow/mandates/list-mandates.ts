import * as z from 'zod';
import type { Page } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import type { Mandate } from '../../schemas/mandate';
import { MandateStatus } from '../../schemas/status';
import { hasRole } from '../actor';
import { isPartnerSelf, requirePartnerOrRole, requireRole, STAFF_READ_ROLES } from '../authorization';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { pageFields } from '../command-fields';
import { visibleToPartner } from './mandate-access';
import type { MandateRecord, MandateResult } from './mandate-store';
import { MANDATES_COLLECTION, mandateSnapshot } from './mandate-store';

/** A page of mandates. */
export interface MandatePage {
  readonly items: readonly MandateResult[];
  readonly nextCursor: string | null;
}

/**
 * Lists mandates, newest first, filtered by partner, status(es), project or who must act next
 * (`assigneeId`: the approver of those pending approval, the initiator of drafts and approved
 * ones). A partner lists only their own, and only those sent to them; staff who read partners'
 * files list any.
 */
export const listMandates = defineQuery({ target: 'page', entity: 'mandate' }, z
    .object({
      partnerId: Id.optional(),
      status: z.union([MandateStatus, z.array(MandateStatus).min(1)]).optional(),
      projectId: Id.optional(),
      assigneeId: Id.optional(),
      ...pageFields,
    })
    .strict(),
  async (ctx, input): Promise<MandatePage> => {
    const staff = hasRole(ctx.actor, ...STAFF_READ_ROLES);
    let partnerId = input.partnerId;
    if (!staff) {
      requireRole(ctx.actor, 'partner');
      partnerId ??= ctx.actor.partnerId ?? undefined;
      requirePartnerOrRole(ctx.actor, partnerId ?? '', ...STAFF_READ_ROLES);
    }
    const where = {
      ...(partnerId === undefined ? {} : { partnerId }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.projectId === undefined ? {} : { parentId: input.projectId }),
      ...(input.assigneeId === undefined ? {} : { assigneeId: input.assigneeId }),
    };
    const page: Page<MandateRecord> = await ctx.storage.list<StoredEntity<Mandate, 'mandate'>>(MANDATES_COLLECTION, { where, order: 'desc', limit: input.limit, cursor: input.cursor ?? null });
    const items = page.items.filter((r) => staff || (isPartnerSelf(ctx.actor, r.data.entity.partnerId) && visibleToPartner(mandateSnapshot(r))));
    return { items: items.map((r) => ({ mandate: r.data.entity, version: r.version })), nextCursor: page.nextCursor };
  },
);
