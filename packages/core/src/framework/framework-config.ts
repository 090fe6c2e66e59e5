import * as z from 'zod';
import { Lang } from '../i18n/lang-schema';
import { CurrencyCode } from '../money/money-schema';
import { ActivityCategory } from '../schemas/activity-category';
import { ExpensePolicy } from '../schemas/expense-policy';
import { AgreementClause, MasterAgreement } from '../schemas/master-agreement';
import { Organization } from '../schemas/organization';
import { PaymentMethod } from '../schemas/payment-profile';
import { PolicyVersion } from '../schemas/policy-version';
import { Provenance } from '../schemas/provenance';
import { RateSchedule } from '../schemas/rate-schedule';
import { TaxSettings } from '../tax/tax-rule';
import { ApprovalPolicy } from './approval-policy';
import { ClaimLimits } from './claim-limits';
import { EngagementLevel } from './engagement-level';
import { VolunteerProgramme } from './volunteer-programme';

/**
 * An institution's framework, as it writes it: the organization (with its time zone), the
 * policy version and its scope, the currency and languages, activity categories, engagement
 * levels, dated rate schedules, the expense policy, payment methods offered, tax rules, how long
 * records are kept, the approval policy and deadlines, the master agreement, the clauses of every
 * mandate, and a volunteer programme. Validate it with `defineFramework`.
 */
export const FrameworkConfig = z.object({
  organization: Organization,
  policyVersion: PolicyVersion,
  currency: CurrencyCode,
  /** Languages offered, the default first; French and English unless set. */
  languages: z.array(Lang).min(1).default(['fr', 'en']),
  activityCategories: z.array(ActivityCategory).min(1),
  engagementLevels: z.array(EngagementLevel).default([]),
  rateSchedules: z.array(RateSchedule).default([]),
  expensePolicy: ExpensePolicy.prefault({}),
  paymentMethods: z.array(PaymentMethod).default([]),
  tax: TaxSettings.prefault({}),
  /** Years mandates, agreements, requests, receipts and slips are kept (7 is common: McMaster, CRA practice). */
  retentionYears: z.int().min(1).max(100).default(7),
  approvalPolicy: ApprovalPolicy.prefault({}),
  /** Ceilings per line and per request (see {@link ClaimLimits}). */
  limits: ClaimLimits.prefault({}),
  masterAgreement: MasterAgreement.optional(),
  /**
   * Clauses printed among the terms of every mandate, in the framework's words (for example a
   * `not_employment` clause: "This mandate creates no employment relationship."). None by default:
   * a mandate says only what the framework says.
   */
  mandateClauses: z.array(AgreementClause).default([]),
  volunteerProgramme: VolunteerProgramme.optional(),
  /**
   * Where the numbers without a `source` field of their own come from, by path: for example
   * `{ retentionYears: { status: 'sourced', url } }` or `{ 'approvalPolicy.submissionWindowDays': … }`.
   */
  sources: z.record(z.string(), Provenance).default({}),
});
/** A framework configuration as written (fields with defaults may be left out). */
export type FrameworkInput = z.input<typeof FrameworkConfig>;
/** A framework configuration with its defaults applied. */
export type FrameworkConfig = z.output<typeof FrameworkConfig>;

/**
 * A validated framework: the configuration with its defaults applied, deeply frozen, plus the
 * organization's time zone and the default language at hand. Produced by `defineFramework`.
 */
export type Framework = FrameworkConfig & {
  /** The organization's time zone, where calendar dates and tax years are read. */
  readonly timeZone: string;
  /** The default language: the first of `languages`. */
  readonly defaultLang: Lang;
};
