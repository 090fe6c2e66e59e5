import type { SlipKind, TaxYearLedger } from '../schemas/tax-year-ledger';
import type { TaxRule } from './tax-rule';
import { appliesToProvince, requiresSlip, taxRulesForYear } from './tax-rule';

/** A slip the payer must issue for a year: who, which slip and box, how much, and why. */
export interface SlipToIssue {
  readonly partnerId: string;
  readonly payerId: string;
  readonly year: number;
  readonly kind: SlipKind;
  readonly ruleId: string;
  readonly jurisdiction: TaxRule['jurisdiction'];
  readonly box: string;
  readonly amountCents: number;
  readonly currency: string;
  /** When the year's total crossed the rule's threshold, if the ledger recorded it. */
  readonly crossedAt?: string;
}

/** Options of {@link slipsToIssue}. */
export interface SlipOptions {
  readonly year: number;
  readonly rules: readonly TaxRule[];
  /** The province of residence of a partner, for provincial slips (`QC` for RL slips). */
  readonly provinceOf?: (partnerId: string) => string | undefined;
}

/**
 * The year-end list of slips: for each ledger of the year and each slip rule in force that year
 * (and for the partner's province), a slip when the year's taxable total calls for it — T4A when
 * it is strictly above $500.00 by default; $500.00 exactly issues none. Sorted by partner, payer
 * and kind.
 */
export function slipsToIssue(ledgers: readonly TaxYearLedger[], options: SlipOptions): SlipToIssue[] {
  const rules = taxRulesForYear(options.rules, options.year);
  const slips: SlipToIssue[] = [];
  for (const ledger of ledgers) {
    if (ledger.year !== options.year) continue;
    const province = options.provinceOf?.(ledger.partnerId);
    for (const rule of rules) {
      if (!appliesToProvince(rule, province) || !requiresSlip(rule, ledger.taxableCents)) continue;
      const crossing = ledger.crossings.find((c) => c.ruleId === rule.id);
      const slip: SlipToIssue = {
        partnerId: ledger.partnerId,
        payerId: ledger.payerId,
        year: ledger.year,
        kind: rule.kind,
        ruleId: rule.id,
        jurisdiction: rule.jurisdiction,
        box: rule.box,
        amountCents: ledger.taxableCents,
        currency: ledger.currency,
        ...(crossing === undefined ? {} : { crossedAt: crossing.at }),
      };
      slips.push(slip);
    }
  }
  slips.sort((a, b) =>
    a.partnerId !== b.partnerId
      ? a.partnerId < b.partnerId ? -1 : 1
      : a.payerId !== b.payerId
        ? a.payerId < b.payerId ? -1 : 1
        : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0,
  );
  return slips;
}
