import * as z from 'zod';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Code, DayMinutes, Id } from './common';

/** Where an activity took place. */
export const ActivityLocation = z.enum(['onsite', 'virtual', 'phone', 'home']);
/** Where an activity took place. */
export type ActivityLocation = z.infer<typeof ActivityLocation>;

/** Time a partner spent on a mandate's activity on one day: a category and whole minutes. */
export const TimeEntry = z.object({
  id: Id,
  date: IsoDate,
  category: Code,
  minutes: DayMinutes,
  /** For `activity` rates: how many activities (for example 3 documents reviewed); 1 unless set. */
  units: z.int().min(1).max(100).default(1),
  description: z.string().max(1000).optional(),
  location: ActivityLocation.optional(),
});
/** Time spent on one day. */
export type TimeEntry = z.infer<typeof TimeEntry>;

/** A time entry as stored on its own, with its mandate and partner. */
export const StoredTimeEntry = TimeEntry.extend({
  mandateId: Id,
  partnerId: Id,
  createdAt: Instant,
});
/** A time entry stored on its own. */
export type StoredTimeEntry = z.infer<typeof StoredTimeEntry>;
