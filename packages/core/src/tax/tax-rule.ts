import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { NonNegativeCents } from '../money/money-schema';
import { Code, RegionCode, Year } from '../schemas/common';
import { Provenance } from '../schemas/provenance';
import { SlipKind } from '../schemas/tax-year-ledger';

/**
 * A dated slip rule: which slip (T4A, RL-1, RL-27…), which box, the threshold above which it is
 * issued (or always), the years it applies to, and its source. Thresholds are configuration,
 * never constants in code: the CRA's T4A threshold of $500 (guide RC4157) is a default an
 * institution confirms with its own tax advisers.
 */
export const TaxRule = z
  .object({
    id: Code,
    kind: SlipKind,
    label: LocalizedText,
    /** Who the slip is filed with: Canada (CRA), Québec (Revenu Québec), or another authority. */
    jurisdiction: z.enum(['CA', 'QC', 'other']),
    /** The box the taxable amount goes in, such as `028` or `048` (T4A), `A` (RL-27). */
    box: z.string().min(1).max(20),
    thresholdCents: NonNegativeCents,
    /** `above`: issued when the year's taxable total is strictly above the threshold (T4A: more than $500). */
    comparison: z.enum(['above', 'at_or_above']).default('above'),
    /** Issue a slip whatever the amount (some institutions do). */
    alwaysIssue: z.boolean().default(false),
    /** Only for partners residing in these provinces, when set (`QC` for Québec slips). */
    provinces: z.array(RegionCode).optional(),
    effectiveFromYear: Year,
    effectiveToYear: Year.optional(),
    source: Provenance,
  })
  .superRefine((r, ctx) => {
    if (r.effectiveToYear !== undefined && r.effectiveToYear < r.effectiveFromYear) {
      ctx.addIssue({ code: 'custom', path: ['effectiveToYear'], params: { key: 'year_range' } });
    }
  });
/** A dated slip rule. */
export type TaxRule = z.infer<typeof TaxRule>;

/** The tax settings of a framework: slip rules, and what to do when a SIN is missing at the threshold. */
export const TaxSettings = z.object({
  rules: z.array(TaxRule).default([]),
  /** When a payment would take a partner past a slip threshold without a usable SIN: warn, or block the payout. */
  missingSin: z.enum(['warn', 'block']).default('warn'),
});
/** The tax settings of a framework. */
export type TaxSettings = z.infer<typeof TaxSettings>;

/** The slip rules in force in a year, in configuration order. */
export function taxRulesForYear(rules: readonly TaxRule[], year: number): TaxRule[] {
  return rules.filter((r) => r.effectiveFromYear <= year && (r.effectiveToYear === undefined || year <= r.effectiveToYear));
}

/** Whether a year's taxable total calls for the slip of a rule (threshold by its comparison, or always). */
export function requiresSlip(rule: Pick<TaxRule, 'thresholdCents' | 'comparison' | 'alwaysIssue'>, taxableCents: number): boolean {
  if (rule.alwaysIssue) return taxableCents > 0;
  return rule.comparison === 'at_or_above' ? taxableCents >= rule.thresholdCents : taxableCents > rule.thresholdCents;
}

/** Whether a slip rule applies to a partner residing in a province (`undefined`: unknown, which applies). */
export function appliesToProvince(rule: Pick<TaxRule, 'provinces'>, province: string | undefined): boolean {
  return rule.provinces === undefined || province === undefined || rule.provinces.includes(province);
}
