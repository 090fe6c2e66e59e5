import { HonorariaError } from '../errors/honoraria-error';
import type { RateRule } from '../schemas/rate-rule';
import type { RateSchedule } from '../schemas/rate-schedule';
import type { RateSnapshot } from '../schemas/rate-snapshot';
import type { IsoDate } from '../time/calendar-date';
import type { Instant } from '../time/time-zone';
import { deepFreeze } from './deep-freeze';
import type { Framework } from './framework-config';

/** The rate schedule in force on a date, if any. */
export function rateScheduleOn(framework: Pick<Framework, 'rateSchedules'>, date: IsoDate): RateSchedule | undefined {
  return framework.rateSchedules.find((s) => s.effectiveFrom <= date && (s.effectiveTo === undefined || date <= s.effectiveTo));
}

/** Options of {@link snapshotRates}. */
export interface SnapshotOptions {
  /** The date whose schedule applies: the approval date, in the organization's time zone. */
  readonly on: IsoDate;
  /** When the snapshot is taken (the approval instant). */
  readonly at: Instant;
  /** The mandate's engagement level: rules for other levels are left out. */
  readonly engagementLevel?: string | undefined;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Takes the rate snapshot a mandate is frozen with at approval: the schedule in force on `on`,
 * its rules (those without a level, and those of the mandate's engagement level) and every
 * activity category, deep-copied and frozen so that later changes to the framework do not touch
 * it. Throws `rule_violation` when no schedule is in force that day.
 */
export function snapshotRates(framework: Pick<Framework, 'rateSchedules' | 'activityCategories'>, options: SnapshotOptions): RateSnapshot {
  const schedule = rateScheduleOn(framework, options.on);
  if (schedule === undefined) {
    throw new HonorariaError('rule_violation', {
      message: {
        fr: 'Aucune grille de rémunération n’est en vigueur à cette date.',
        en: 'No rate schedule is in force on that date.',
      },
      details: { date: options.on },
    });
  }
  const rules = schedule.rules.filter((r) => r.engagementLevel === undefined || r.engagementLevel === options.engagementLevel);
  const snapshot: RateSnapshot = {
    scheduleId: schedule.id,
    scheduleLabel: copy(schedule.label),
    effectiveFrom: schedule.effectiveFrom,
    currency: schedule.currency,
    takenOn: options.on,
    takenAt: options.at,
    rules: copy(rules),
    categories: copy(framework.activityCategories),
  };
  if (schedule.effectiveTo !== undefined) snapshot.effectiveTo = schedule.effectiveTo;
  return deepFreeze(snapshot);
}

/**
 * The rule that prices a category at an engagement level: a rule naming that level first, then a
 * rule for any level; the first in schedule order wins.
 */
export function findRateRule(rules: readonly RateRule[], category: string, engagementLevel?: string): RateRule | undefined {
  let general: RateRule | undefined;
  for (const rule of rules) {
    if (!rule.categories.includes(category)) continue;
    if (rule.engagementLevel === undefined) general ??= rule;
    else if (rule.engagementLevel === engagementLevel) return rule;
  }
  return general;
}
