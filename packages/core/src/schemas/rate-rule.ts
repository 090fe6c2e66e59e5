import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { NonNegativeCents } from '../money/money-schema';
import { RoundingMode } from '../money/rounding';
import { Code, DayMinutes, Percent } from './common';
import { Provenance } from './provenance';

/**
 * What a rate pays for:
 * - `hour`: `amountCents` per hour, prorated to the minute after rounding the time;
 * - `half_day`: per started half-day (`halfDayMinutes`, 240 by default);
 * - `day`: per day, or `halfDayAmountCents` when the day lasted at most `halfDayMinutes`;
 * - `activity`: per activity (a meeting, a review), times the entry's `units`;
 * - `flat`: a fixed amount per entry, whatever its length.
 */
export const RateUnit = z.enum(['hour', 'half_day', 'day', 'activity', 'flat']);
/** What a rate pays for. */
export type RateUnit = z.infer<typeof RateUnit>;

/** How recorded minutes are rounded before pricing: to a multiple of `incrementMinutes`, by `mode`. */
export const TimeRounding = z.object({
  incrementMinutes: z.int().min(1).max(1440),
  mode: RoundingMode,
});
/** How recorded minutes are rounded before pricing. */
export type TimeRounding = z.infer<typeof TimeRounding>;

/**
 * One rate rule: which categories (and, optionally, which engagement level) it prices, its unit
 * and amount, and how time is rounded, floored and capped. Every quote line names the rule that
 * produced it.
 */
export const RateRule = z
  .object({
    id: Code,
    label: LocalizedText,
    categories: z.array(Code).min(1),
    /** Applies only to mandates at this engagement level, when set (a rule with a level wins over one without). */
    engagementLevel: Code.optional(),
    unit: RateUnit,
    amountCents: NonNegativeCents,
    /** `hour`: rounding of the recorded minutes; to the minute, nearest, unless set. */
    rounding: TimeRounding.default({ incrementMinutes: 1, mode: 'nearest' }),
    /** `hour`: rounding of the prorated cents; nearest unless set. */
    centsRounding: RoundingMode.default('nearest'),
    /** `hour`: the minimum billed for an entry with any time at all (for example 60). */
    minimumMinutes: DayMinutes.optional(),
    /** `hour`: at most this many minutes paid per day under this rule. */
    maxMinutesPerDay: DayMinutes.optional(),
    /** `half_day`, `day`, `activity`: at most this many units paid per day under this rule. */
    maxUnitsPerDay: z.int().min(1).max(100).optional(),
    /** `half_day`: the length of a half-day; `day`: the longest day paid `halfDayAmountCents`. 240 unless set. */
    halfDayMinutes: z.int().min(1).max(1440).default(240),
    /** `day`: the amount of a day that lasted at most `halfDayMinutes`. */
    halfDayAmountCents: NonNegativeCents.optional(),
    /** `hour`: preparation time paid on top, as a percentage of the entry's minutes (50 = half an hour per hour). */
    preparationPercent: Percent.optional(),
    source: Provenance.optional(),
  })
  .superRefine((rule, ctx) => {
    const only = (field: string, units: readonly string[]): void => {
      if ((rule as Record<string, unknown>)[field] !== undefined && !units.includes(rule.unit)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          params: {
            key: 'unit_field',
            fr: `Ce champ ne s’applique qu’aux unités : ${units.join(', ')}.`,
            en: `This field applies only to the units: ${units.join(', ')}.`,
          },
        });
      }
    };
    only('minimumMinutes', ['hour']);
    only('maxMinutesPerDay', ['hour']);
    only('preparationPercent', ['hour']);
    only('maxUnitsPerDay', ['half_day', 'day', 'activity']);
    only('halfDayAmountCents', ['day']);
  });
/** One rate rule. */
export type RateRule = z.infer<typeof RateRule>;
