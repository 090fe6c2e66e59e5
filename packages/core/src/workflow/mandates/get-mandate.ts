import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { allowedEvents } from '../../machines/apply-event';
import { nextDeadline } from '../../machines/deadlines';
import type { MandateEventType } from '../../machines/mandate-machine';
import type { Deadline } from '../../machines/machine-definition';
import { Id } from '../../schemas/common';
import type { StoredEntity } from '../stored-entity';
import { isPartnerSelf } from '../authorization';
import type { AmendmentEntity } from '../amendments/amendment-store';
import { amendmentVisibleToPartner, listAmendments } from '../amendments/amendment-store';
import { defineQuery } from '../operation';
import { requireMandateReader } from './mandate-access';
import type { MandateRecord, MandateResult } from './mandate-store';
import { MANDATE_LABEL, MANDATES_COLLECTION, mandateSnapshot } from './mandate-store';
import type { Mandate } from '../../schemas/mandate';

/** A mandate as `getMandate` shows it: the entity, its version, what can happen next, and its amendments. */
export interface MandateView extends MandateResult {
  /** The events its state accepts (guards not evaluated), for the buttons a portal shows. */
  readonly allowedEvents: readonly MandateEventType[];
  /** The deadline of its state (offer expiry, activation, end of term), if any. */
  readonly deadline: Deadline<MandateEventType> | null;
  readonly amendments: readonly { readonly amendment: AmendmentEntity; readonly version: number }[];
}

/**
 * One mandate, for its partner (once it was sent to them; another partner gets `not_found`) or
 * for staff who read partners' files. A partner sees only the amendments they were asked to accept.
 */
export const getMandate = defineQuery({ target: 'record', entity: 'mandate' }, z.object({ id: Id }).strict(), async (ctx, input): Promise<MandateView> => {
  const record: MandateRecord | null = await ctx.storage.get<StoredEntity<Mandate, 'mandate'>>(MANDATES_COLLECTION, input.id);
  if (record === null) {
    throw new HonorariaError('not_found', { message: { fr: `${MANDATE_LABEL.fr} introuvable.`, en: `${MANDATE_LABEL.en} not found.` }, details: { id: input.id } });
  }
  const snapshot = mandateSnapshot(record);
  requireMandateReader(ctx.actor, record.data.entity, snapshot);
  const partnerView = isPartnerSelf(ctx.actor, record.data.entity.partnerId);
  const amendments = (await listAmendments(ctx.storage, record.id)).filter((a) => !partnerView || amendmentVisibleToPartner(a));
  return {
    mandate: record.data.entity,
    version: record.version,
    allowedEvents: allowedEvents('mandate', snapshot),
    deadline: nextDeadline('mandate', snapshot),
    amendments: amendments.map((a) => ({ amendment: a.data.entity, version: a.version })),
  };
});
