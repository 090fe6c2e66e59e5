import * as z from 'zod';
import { sha256Hex } from '../../crypto/sha256';
import { HonorariaError, isHonorariaError } from '../../errors/honoraria-error';
import type { ParkingPass } from '../../schemas/parking-pass';
import { IsoDate } from '../../time/calendar-date';
import { defineCommand, transact } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { writeEntity } from '../stored-entity';
import { programmeOf, requireReviewer } from './application-access';
import { IdempotencyKey } from '../command-fields';
import { PARKING_PASSES_COLLECTION } from './application-store';
import { PARTNERS_COLLECTION } from '../partners/partner-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The input of {@link issueParkingPass}. */
export const IssueParkingPassInput = z
  .object({
    partnerId: z.string().min(1).max(200),
    /** The activity (or mandate) the pass is for: one pass per partner and activity. */
    activityId: z.string().min(1).max(200),
    /** The day of the activity. */
    validOn: IsoDate,
    /** One of the programme's parking sites; the first by default. */
    site: z.string().trim().min(1).max(200).optional(),
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict();

/** What {@link issueParkingPass} returns: the pass, its version, and whether this call issued it. */
export interface ParkingPassResult {
  readonly parkingPass: ParkingPass;
  readonly version: number;
  /** `false` when the partner already held the pass for this activity (it is returned unchanged). */
  readonly issued: boolean;
}

/** The id of the one pass a partner can hold for an activity. */
export function parkingPassId(partnerId: string, activityId: string): string {
  return `pkp_${sha256Hex(`${partnerId}\u0000${activityId}`).slice(0, 32)}`;
}

/**
 * The programme director issues a free parking pass to a volunteer for one activity
 * (recognition, not compensation; CISSS de l’Outaouais and Hôpital Montfort). A partner holds at
 * most one pass per activity: issuing it again returns the same pass and changes nothing.
 * Refused when the programme gives no parking passes (`rule_violation`).
 */
export const issueParkingPass = defineCommand({ target: 'new', entity: 'parkingPass' }, IssueParkingPassInput, async (ctx, input): Promise<ParkingPassResult> => {
  const programme = programmeOf(ctx);
  const { parkingPassPerActivity, parkingSites } = programme.recognition;
  if (!parkingPassPerActivity) {
    throw new HonorariaError('rule_violation', {
      message: translate(workflowMessages, 'no_parking_pass'),
      details: { reason: 'no_parking_pass' },
    });
  }
  const site = input.site ?? parkingSites[0];
  if (site === undefined || (parkingSites.length > 0 && !parkingSites.includes(site))) {
    throw new HonorariaError('validation_failed', {
      issues: [{ path: ['site'], code: 'unknown_site', message: translate(workflowMessages, 'unknown_site') }],
    });
  }
  const attempt = () => transact(ctx, input, async (scope): Promise<ParkingPassResult> => {
    await requireReviewer(ctx, scope);
    const partner = await scope.tx.get<StoredEntity<{ status?: string }>>(PARTNERS_COLLECTION, input.partnerId);
    if (partner === null) throw new HonorariaError('not_found', { message: translate(workflowMessages, 'partner_not_found'), details: { collection: PARTNERS_COLLECTION } });
    if (partner.data.entity.status !== undefined && partner.data.entity.status !== 'active') {
      throw new HonorariaError('rule_violation', {
        message: translate(workflowMessages, 'partner_not_active'),
        details: { reason: 'partner_not_active' },
      });
    }
    const id = parkingPassId(input.partnerId, input.activityId);
    const existing = await scope.tx.get<StoredEntity<ParkingPass>>(PARKING_PASSES_COLLECTION, id);
    if (existing !== null) return { parkingPass: existing.data.entity, version: existing.version, issued: false };
    const pass: ParkingPass = {
      id,
      partnerId: input.partnerId,
      activityId: input.activityId,
      site,
      validOn: input.validOn,
      issuedAt: scope.at,
      issuedByUserId: ctx.actor.id,
      code: id.slice(4, 12).toUpperCase(),
    };
    const record = await writeEntity(scope, {
      collection: PARKING_PASSES_COLLECTION,
      id,
      entity: pass,
      machine: null,
      index: { partnerId: input.partnerId, status: 'issued', parentId: input.activityId, sortKey: `${input.validOn} ${scope.at}` },
      expectedVersion: 0,
      audit: { subjectType: 'parking_pass', action: 'parking_pass.issue', toState: 'issued', data: { activityId: input.activityId, site } },
    });
    return { parkingPass: record.data.entity, version: record.version, issued: true };
  });
  try {
    return await attempt();
  } catch (error) {
    // Issued at the same moment by another call: the second attempt finds that pass.
    if (isHonorariaError(error, 'conflict')) return attempt();
    throw error;
  }
});
