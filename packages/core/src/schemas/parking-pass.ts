import * as z from 'zod';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/**
 * A free parking pass for one volunteer activity (CISSS de l'Outaouais, Hôpital Montfort):
 * recognition, not compensation.
 */
export const ParkingPass = z.object({
  id: Id,
  partnerId: Id,
  /** The activity (or mandate) it is for. */
  activityId: Id,
  site: z.string().trim().min(1).max(200),
  validOn: IsoDate,
  issuedAt: Instant,
  issuedByUserId: Id,
  code: z.string().max(60).optional(),
});
/** A parking pass. */
export type ParkingPass = z.infer<typeof ParkingPass>;
