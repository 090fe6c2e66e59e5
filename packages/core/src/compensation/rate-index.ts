import { findRateRule } from '../framework/rates';
import type { ActivityCategory } from '../schemas/activity-category';
import type { RateRule } from '../schemas/rate-rule';
import type { RateSnapshot } from '../schemas/rate-snapshot';

/** Lookups over a rate snapshot: categories by code, and the rule for a category at an engagement level. */
export interface RateIndex {
  readonly categories: ReadonlyMap<string, ActivityCategory>;
  rule(category: string, engagementLevel: string | undefined): RateRule | undefined;
}

const cache = new WeakMap<RateSnapshot, RateIndex>();

/**
 * The lookups of a snapshot, built once per snapshot object and cached (snapshots are frozen;
 * the cache changes no result, only the time it takes).
 */
export function rateIndexOf(snapshot: RateSnapshot): RateIndex {
  let index = cache.get(snapshot);
  if (index === undefined) {
    const categories = new Map(snapshot.categories.map((c) => [c.code, c]));
    const byLevel = new Map<string | undefined, Map<string, RateRule | undefined>>();
    index = {
      categories,
      rule(category, level) {
        let rules = byLevel.get(level);
        if (rules === undefined) {
          rules = new Map();
          byLevel.set(level, rules);
        }
        let found = rules.get(category);
        if (found === undefined && !rules.has(category)) {
          found = findRateRule(snapshot.rules, category, level);
          rules.set(category, found);
        }
        return found;
      },
    };
    cache.set(snapshot, index);
  }
  return index;
}
