import { divideRounded, mulDivRounded, prorateHourly, roundToIncrement } from '../money/rounding';
import type { RateRule } from '../schemas/rate-rule';

/**
 * What is left of a rule's daily cap for one date: minutes (`hour` rules) or units (half-days for
 * `half_day` and `day` rules, activities for `activity` rules). `undefined` when the rule has no cap.
 */
export interface DayAllowance {
  remaining: number;
}

/**
 * What a day already holds under a `half_day` or `day` rule, for one partner, mandate, rule and
 * date: the minutes worked (every entry, in every request that counts) and the half-day units
 * already paid for them. The day is the unit: entries add minutes to the day, and each entry is
 * paid the units the day gains by it.
 */
export interface DayUsage {
  minutes: number;
  units: number;
}

/**
 * Takes `wanted` from what is left of the day's cap (minutes or units), at most what remains;
 * without a cap, takes it all.
 */
function takeFromDay(day: DayAllowance | undefined, wanted: number): { readonly taken: number; readonly capped: boolean } {
  if (day === undefined) return { taken: wanted, capped: false };
  const taken = Math.min(wanted, day.remaining);
  day.remaining -= taken;
  return { taken, capped: taken < wanted };
}

/** The price of one time entry under one rule, with what shaped it. */
export interface TimePrice {
  /** Minutes paid (`hour`): rounded, with preparation time and the minimum, capped per day. */
  readonly billableMinutes: number;
  /** Units paid: half-days (`half_day`), half-days (`day`, 2 = a full day), activities, or 1 (`flat`). */
  readonly units: number;
  readonly cents: number;
  /** The rate per unit actually applied (per hour for `hour`; the half-day amount for a short `day`). */
  readonly rateCents: number;
  /** Preparation minutes added (`hour`). */
  readonly preparationMinutes: number;
  /** Minutes after preparation and rounding, before the minimum and the cap (`hour`). */
  readonly roundedMinutes: number;
  readonly minimumApplied: boolean;
  /** Whether the daily cap reduced the line. */
  readonly capped: boolean;
  /** `day` rules: whether the entry was paid as a half-day. */
  readonly halfDay: boolean;
  /** `half_day` and `day` rules: the units the day already held before this entry (0 for the first entry of the day). */
  readonly dayUnitsBefore?: number;
}

/**
 * Prices one time entry under a rule, exactly (integer arithmetic only):
 * - `hour`: preparation minutes (`minutes × preparationPercent ÷ 100`, rounded down) are added;
 *   the sum is rounded to the rule's increment; the minimum applies to any entry with time; the
 *   day's remaining cap limits it; cents are `rate × minutes ÷ 60` rounded by `centsRounding`;
 * - `half_day`: one unit per started `halfDayMinutes`, at most `maxUnitsPerDay` (2 by default) a day;
 * - `day`: a full day (2 half-day units), or `halfDayAmountCents` for at most `halfDayMinutes`
 *   (1 unit), at most `maxUnitsPerDay` days (1 by default) a day;
 * - `activity`: `units × amount`, at most `maxUnitsPerDay` a day;
 * - `flat`: the amount, once per entry.
 *
 * `day` is the remaining daily allowance for this rule and date; it is decreased by what this
 * entry uses, so entries of one day must be priced in a fixed order.
 */
export function priceTime(rule: RateRule, minutes: number, units: number, day?: DayAllowance): TimePrice {
  switch (rule.unit) {
    case 'hour': {
      if (minutes === 0) return price(0, 0, 0, rule.amountCents, 0, 0, false, false, false);
      const preparation = rule.preparationPercent === undefined ? 0 : mulDivRounded(minutes, rule.preparationPercent, 100, 'down');
      const rounded = roundToIncrement(minutes + preparation, rule.rounding.incrementMinutes, rule.rounding.mode);
      const minimum = rule.minimumMinutes ?? 0;
      const minimumApplied = rounded < minimum;
      const { taken: billable, capped } = takeFromDay(day, minimumApplied ? minimum : rounded);
      const cents = prorateHourly(rule.amountCents, billable, rule.centsRounding);
      return price(billable, 0, cents, rule.amountCents, preparation, rounded, minimumApplied, capped, false);
    }
    case 'half_day': {
      if (minutes === 0) return price(0, 0, 0, rule.amountCents, 0, 0, false, false, false);
      const { taken: count, capped } = takeFromDay(day, divideRounded(minutes, rule.halfDayMinutes, 'up'));
      return price(0, count, count * rule.amountCents, rule.amountCents, 0, 0, false, capped, false);
    }
    case 'day': {
      if (minutes === 0) return price(0, 0, 0, rule.amountCents, 0, 0, false, false, false);
      const short = rule.halfDayAmountCents !== undefined && minutes <= rule.halfDayMinutes;
      const { taken: halves, capped } = takeFromDay(day, short ? 1 : 2);
      const half = rule.halfDayAmountCents ?? divideRounded(rule.amountCents, 2, 'nearest');
      const cents = halves === 2 ? rule.amountCents : halves === 1 ? half : 0;
      return price(0, halves, cents, halves === 1 ? half : rule.amountCents, 0, 0, false, capped, halves === 1);
    }
    case 'activity': {
      const { taken: count, capped } = takeFromDay(day, units);
      return price(0, count, count * rule.amountCents, rule.amountCents, 0, 0, false, capped, false);
    }
    case 'flat':
      return price(0, 1, rule.amountCents, rule.amountCents, 0, 0, false, false, false);
  }
}

function price(
  billableMinutes: number,
  units: number,
  cents: number,
  rateCents: number,
  preparationMinutes: number,
  roundedMinutes: number,
  minimumApplied: boolean,
  capped: boolean,
  halfDay: boolean,
): TimePrice {
  return { billableMinutes, units, cents, rateCents, preparationMinutes, roundedMinutes, minimumApplied, capped, halfDay };
}

/** The half-day units a whole day of `minutes` is paid under a `half_day` or `day` rule, at most the daily cap. */
export function dayUnits(rule: RateRule, minutes: number): { readonly units: number; readonly capped: boolean } {
  if (minutes <= 0) return { units: 0, capped: false };
  const cap = dailyCapOf(rule) ?? Number.POSITIVE_INFINITY;
  const wanted =
    rule.unit === 'half_day'
      ? divideRounded(minutes, rule.halfDayMinutes, 'up')
      : rule.halfDayAmountCents !== undefined && minutes <= rule.halfDayMinutes
        ? 1
        : 2;
  return { units: Math.min(wanted, cap), capped: wanted > cap };
}

/** What a day of `units` half-day units is paid under a `half_day` or `day` rule. */
export function dayCents(rule: RateRule, units: number): number {
  if (rule.unit === 'half_day') return units * rule.amountCents;
  if (units === 0) return 0;
  const half = rule.halfDayAmountCents ?? divideRounded(rule.amountCents, 2, 'nearest');
  return units === 1 ? half : rule.amountCents * (units >> 1) + (units & 1) * half;
}

/**
 * Prices one entry of a `half_day` or `day` rule as its share of the day: the day's minutes grow
 * by the entry's, and the entry is paid what the day gains (`dayCents(after) − dayCents(before)`).
 * A second one-hour entry on a day already paid a half-day gains nothing; an entry that takes the
 * day past a half-day is paid the full day less the half-day already paid. `day` is updated.
 */
export function priceDayShare(rule: RateRule, minutes: number, day: DayUsage): TimePrice {
  const before = day.units;
  const beforeCents = dayCents(rule, before);
  day.minutes += minutes;
  const after = minutes === 0 ? { units: before, capped: false } : dayUnits(rule, day.minutes);
  const units = Math.max(before, after.units);
  day.units = units;
  const gained = units - before;
  const cents = dayCents(rule, units) - beforeCents;
  const halfDay = rule.unit === 'day' && units === 1 && gained === 1;
  const rate = rule.unit === 'day' && gained === 1 && before === 0 ? dayCents(rule, 1) : rule.amountCents;
  return { ...price(0, gained, cents, rate, 0, 0, false, after.capped && minutes > 0, halfDay), dayUnitsBefore: before };
}

/** The daily cap of a rule in its own unit (minutes, half-day units, activities), or `undefined` when uncapped. */
export function dailyCapOf(rule: RateRule): number | undefined {
  switch (rule.unit) {
    case 'hour':
      return rule.maxMinutesPerDay;
    case 'half_day':
      return rule.maxUnitsPerDay ?? 2;
    case 'day':
      return 2 * (rule.maxUnitsPerDay ?? 1);
    case 'activity':
      return rule.maxUnitsPerDay;
    case 'flat':
      return undefined;
  }
}
