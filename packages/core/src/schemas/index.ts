// @honoraria/core/schemas: the zod schemas of the domain, for validating data at an edge (a form,
// an import, an API) with the same rules as the service, and the helpers that parse with them
// and report issues in French and English. The TypeScript types of the same names are exported by
// `@honoraria/core`.

// --- parsing with localized issues ---
export { localizeZodIssues, parseOrThrow, safeParseLocalized } from '../i18n/zod-issues';
export type { ParseOptions } from '../i18n/zod-issues';

// --- shared values ---
export { Code, DayMinutes, Email, Id, Minutes, Percent, RegionCode, Url, Year } from './common';
export { Lang, LocalizedText } from '../i18n/lang-schema';
export { Cents, CurrencyCode, Money, NonNegativeCents } from '../money/money-schema';
export { RoundingMode } from '../money/rounding';
export { IsoDate } from '../time/calendar-date';
export { Instant, TimeZone } from '../time/time-zone';
export { Actor, Role } from '../workflow/actor';

// --- lifecycle states ---
export { AgreementStatus, AmendmentStatus, ApplicationStatus, MandateStatus, PaymentRequestStatus, TaxSlipStatus } from './status';

// --- entities ---
export { Provenance, ProvenanceStatus } from './provenance';
export { Organization, OrganizationType } from './organization';
export { PolicyVersion, ScopeTopic } from './policy-version';
export { Partner, PartnerRole, PartnerStatus, PostalAddress } from './partner';
export { Sin, SinRequest, SinStatus, TaxProfile } from './tax-profile';
export { BankDetails, PaymentMethod, PaymentProfile } from './payment-profile';
export { CapOverflow, CompensationForm, CompensationMode, CompensationPreference } from './compensation-preference';
export { AgreementClause, ClauseCode, MasterAgreement } from './master-agreement';
export { AcceptanceMethod, AgreementAcceptance } from './agreement-acceptance';
export { Project, ProjectType } from './project';
export { ActivityCategory, ActivityKind } from './activity-category';
export { RateRule, RateUnit, TimeRounding } from './rate-rule';
export { RateSchedule } from './rate-schedule';
export { RateSnapshot } from './rate-snapshot';
export { Allowance, ExpensePolicy, ExpenseType } from './expense-policy';
export { Mandate, MandateTotals, PlannedActivity } from './mandate';
export { MandateAmendment, MandateChanges } from './mandate-amendment';
export { ActivityLocation, StoredTimeEntry, TimeEntry } from './time-entry';
export { Expense } from './expense';
export { ExpenseTreatment, PaymentQuote, QuoteExpenseLine, QuoteLine, QuoteWarning, WarningSeverity } from './payment-quote';
export { Attestation, LineDecision, PaymentRequest } from './payment-request';
export { Approval, ApprovalDecision, ApprovalSubject } from './approval';
export { Delegation } from './delegation';
export { Payout, PayoutStatus } from './payout';
export { RecognitionItem, RecognitionType } from './recognition-item';
export { ParkingPass } from './parking-pass';
export { Application, ApplicationAnswer, Commitment, CriterionAssessment } from './application';
export { EligibilityCriterion, RequiredDocument } from './eligibility-criterion';
export { Interview } from './interview';
export { SlipKind, TaxYearLedger, ThresholdCrossing } from './tax-year-ledger';
export { TaxSlip } from './tax-slip';
export { AuditEvent } from './audit-event';
export { Notification } from './notification';
export { DocumentKind, DocumentRef } from './document-ref';

// --- framework configuration ---
export { ApprovalPolicy, ApproverRule } from '../framework/approval-policy';
export { EngagementLevel } from '../framework/engagement-level';
export { VolunteerProgramme } from '../framework/volunteer-programme';
export { FrameworkConfig } from '../framework/framework-config';
export { TaxRule, TaxSettings } from '../tax/tax-rule';
export { BudgetPlan, PlannedEngagement, PlannedExpense } from '../budget/budget-plan';
