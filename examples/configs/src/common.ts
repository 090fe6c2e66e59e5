import type { FrameworkInput, Provenance } from '@honoraria/core';
import { SOURCES } from './sources';

type TaxRuleInput = NonNullable<NonNullable<FrameworkInput['tax']>['rules']>[number];

/**
 * The federal T4A rule: a slip when the year's taxable total from one payer is strictly above
 * $500.00 (CRA guide RC4157), in box 028 unless the institution's tax advisers say 048.
 */
export function t4aRule(source: Provenance = SOURCES.craT4a): TaxRuleInput {
  return {
    id: 't4a_other_income',
    kind: 'T4A',
    label: { fr: 'T4A, case 028 (autres revenus)', en: 'T4A, box 028 (other income)' },
    jurisdiction: 'CA',
    box: '028',
    thresholdCents: 50_000,
    comparison: 'above',
    effectiveFromYear: 2021,
    source,
  };
}

/** Labels shared by the Canadian examples. */
export const label = (fr: string, en: string): { fr: string; en: string } => ({ fr, en });

/**
 * The clause every example prints among a mandate's terms: taking part is a contribution, not
 * employment (the frameworks behind the examples all say so; each institution words its own).
 */
export const notEmploymentClause = {
  id: 'not_employment',
  kind: 'not_employment',
  title: label('Statut', 'Status'),
  body: label('Ce mandat ne crée pas de lien d’emploi.', 'This mandate creates no employment relationship.'),
} as const;
