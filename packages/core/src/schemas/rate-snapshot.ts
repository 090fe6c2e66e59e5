import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { CurrencyCode } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { ActivityCategory } from './activity-category';
import { Code } from './common';
import { RateRule } from './rate-rule';

/**
 * The rates a mandate is paid at, frozen when it is approved: the schedule in force that day,
 * its rules and the categories they price. Later changes to the framework's schedules do not
 * touch it; only an approved amendment replaces it.
 */
export const RateSnapshot = z.object({
  scheduleId: Code,
  scheduleLabel: LocalizedText,
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  currency: CurrencyCode,
  /** The date whose schedule was taken (the approval date, in the organization's time zone). */
  takenOn: IsoDate,
  /** When the snapshot was taken. */
  takenAt: Instant,
  rules: z.array(RateRule),
  categories: z.array(ActivityCategory),
});
/** The rates frozen on a mandate. */
export type RateSnapshot = z.infer<typeof RateSnapshot>;
