import type { RateRule } from '../schemas/rate-rule';
import { findRateRule } from './rates';

/** A rule of a mandate's rates, with the mandate's categories it prices. */
export interface MandateRateRule {
  readonly rule: RateRule;
  /** The allowed categories this rule prices, in the mandate's order. */
  readonly categories: readonly string[];
}

/**
 * The rules that price a mandate's allowed categories at its engagement level, in schedule order,
 * each with the categories it prices: for each category the rule `findRateRule` picks (one naming
 * the level first, then one for any level). A rule that prices none of them is left out. Quotes,
 * forms and the mandate PDF read the same rules.
 */
export function mandateRateRules(rules: readonly RateRule[], allowedCategories: readonly string[], engagementLevel?: string): MandateRateRule[] {
  const priced = new Map<RateRule, string[]>();
  for (const category of allowedCategories) {
    const rule = findRateRule(rules, category, engagementLevel);
    if (rule === undefined) continue;
    const categories = priced.get(rule);
    if (categories === undefined) priced.set(rule, [category]);
    else if (!categories.includes(category)) categories.push(category);
  }
  return rules.filter((rule) => priced.has(rule)).map((rule) => ({ rule, categories: priced.get(rule)! }));
}
