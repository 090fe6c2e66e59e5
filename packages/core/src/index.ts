// @honoraria/core: what an application calls — the workflow service (`createHonoraria`), the
// framework (`defineFramework`), quoting, eligibility, budget estimates, tax figures, errors and
// formatting — and the types of every operation's input and result. Adapter authors import
// `@honoraria/core/storage`; the state machines are in `@honoraria/core/machines`; the zod schemas
// in `@honoraria/core/schemas`. An export snapshot test keeps this list deliberate.

// --- the workflow service ---
export { createHonoraria } from './workflow/create-honoraria';
export type { Honoraria, HonorariaOptions, OutboxDispatcherHandle, OutboxRetryOptions } from './workflow/create-honoraria';
export { OPERATION_KINDS } from './workflow/operation-kinds';
export type { HonorariaClient, HonorariaOperations, OperationName } from './workflow/operations';
export type { ClientOf, CommandOptions, EntityResult, Operation, OperationInput, OperationOutput, OperationTarget } from './workflow/operation';
export type { Actor, Role } from './workflow/actor';
export { createMemoryStorage } from './storage/memory-storage';
export type { MemoryStorage } from './storage/memory-storage';
export { fixedClock } from './ports/clock';
export type { Clock, FixedClock } from './ports/clock';
export { sequentialIds } from './ports/id-generator';
export type { IdGenerator } from './ports/id-generator';
export { staticDirectory } from './ports/user-directory';
export type { StaffMember, UserDirectory } from './ports/user-directory';
export type { Notifier, NotifierReceipt, NotificationLink, OutgoingNotification } from './ports/notifier';
export type {
  DocumentLang,
  DocumentRenderer,
  DocumentRenderRequest,
  MandateDocumentRequest,
  MasterAgreementDocumentRequest,
  PaymentRequestDocumentRequest,
  RenderedDocument,
} from './ports/document-renderer';
export type { StorageAdapter } from './ports/storage-adapter';
export type { AuditChainProblem, AuditChainReport } from './workflow/audit-chain';
export type { DispatchReport } from './workflow/outbox-dispatcher';
export type { OutboxEntry, OutboxStatus } from './workflow/outbox-entry';
export type { DueFailure, DueFired, DueKind, RunDueReport } from './workflow/deadlines/due-item';
export type { ServiceWarning, WarningSink } from './workflow/checked-directory';

// --- results of the operations ---
export type { PartnerFileResult } from './workflow/partners/register-partner';
export type { PartnerPage } from './workflow/partners/get-partner';
export type { ProjectResult } from './workflow/projects/project-store';
export type { ProjectPage } from './workflow/projects/list-projects';
export type { MandateResult } from './workflow/mandates/mandate-store';
export type { MandateView } from './workflow/mandates/get-mandate';
export type { MandatePage } from './workflow/mandates/list-mandates';
export type { AcceptMandateResult } from './workflow/mandates/answer-mandate';
export type { AgreementResult } from './workflow/agreements/agreement-store';
export type { AcceptAgreementResult } from './workflow/agreements/answer-agreement';
export type { SupersedeResult } from './workflow/agreements/supersede-agreements';
export type { AmendmentEntity, AmendmentResult } from './workflow/amendments/amendment-store';
export type { AcceptAmendmentResult } from './workflow/amendments/answer-amendment';
export type { DelegationEntity } from './workflow/delegations/delegation-store';
export type { DelegationResult } from './workflow/delegations/delegation-commands';
export type { DelegationLists } from './workflow/delegations/get-delegations';
export type { DocumentContent } from './workflow/documents/get-document';
export type { MyFiles, MyFilesPaymentRequest, StatusChange, YearToDate } from './workflow/documents/my-files';
export type { HistoryResult } from './workflow/documents/history';
export type { PaymentRequestEntity, PaymentRequestResult } from './workflow/payment-requests/payment-request-store';
export type { PaymentRequestView } from './workflow/payment-requests/get-payment-request';
export type { InboxItem, InboxPage } from './workflow/payment-requests/approver-inbox';
export type { BulkApprovalFailure, BulkApprovalResult, BulkApprovalSuccess } from './workflow/payment-requests/bulk-approve-payment-requests';
export type { PayoutEntity } from './workflow/payouts/payout-store';
export type { AdminQueueItem, AdminQueuePage } from './workflow/payouts/admin-queue';
export type { PayrollCsv } from './workflow/payouts/payroll-csv';
export type { LedgerEntry } from './workflow/ledger-entry';
export type { AmendmentDue, TaxSlipEntity } from './workflow/tax/tax-slip-store';
export type { TaxSlipResult } from './workflow/tax/tax-slip-transitions';
export type { GeneratedSlip, GenerateTaxSlipsResult } from './workflow/tax/generate-tax-slips';
export type { SlipAction, SlipLine, TaxSummary, TaxSummaryRow } from './workflow/tax/tax-summary';
export type { ApplicationEntity, ApplicationResult, EligibilitySummary } from './workflow/applications/application-store';
export type { ApplicationDetails, ApplicationPage, ApplicationView, ParkingPassPage } from './workflow/applications/application-queries';
export type { ParkingPassResult } from './workflow/applications/issue-parking-pass';
export type { VolunteerPartner } from './workflow/applications/complete-orientation';

// --- errors ---
export { ERROR_CODES, statusOf } from './errors/error-code';
export type { ErrorCode } from './errors/error-code';
export { HonorariaError, isHonorariaError } from './errors/honoraria-error';
export type { ErrorIssue, HonorariaErrorJSON, HonorariaErrorOptions } from './errors/honoraria-error';

// --- languages and messages ---
export { DEFAULT_LANG, localeOf, toLang } from './i18n/lang';
export type { Lang, LocalizedText } from './i18n/lang-schema';
export { defineMessages, message, translate, translateWith } from './i18n/messages';
export { paymentRequestMessages } from './workflow/payment-requests/payment-request-messages';
export type { MessageKey, MessageNamespace, MessageParams, ParityProblem } from './i18n/messages';

// --- money, dates and formatting ---
export { money } from './money/money';
export type { Cents, CurrencyCode, Money } from './money/money-schema';
export { formatCents, formatMoney } from './money/format-money';
export { isIsoDate, yearOfDate } from './time/calendar-date';
export type { IsoDate } from './time/calendar-date';
export { dateOf, yearOf } from './time/time-zone';
export { formatDate, formatInstant } from './time/format-date';
export type { DateStyle } from './time/format-date';
export { formatDuration } from './time/format-duration';

// --- the framework ---
export { defineFramework } from './framework/define-framework';
export type { Framework, FrameworkConfig, FrameworkInput } from './framework/framework-config';
export { snapshotRates } from './framework/rates';
export { mandateRateRules } from './framework/mandate-rate-rules';
export type { MandateRateRule } from './framework/mandate-rate-rules';
export type { SnapshotOptions } from './framework/rates';
export { appliesToProvince, taxRulesForYear } from './tax/tax-rule';
export type { TaxRule, TaxSettings } from './tax/tax-rule';
export type { ApprovalPolicy, ApproverRule } from './framework/approval-policy';
export type { EngagementLevel } from './framework/engagement-level';
export type { VolunteerProgramme } from './framework/volunteer-programme';

// --- quoting, tax figures, eligibility, budget ---
export { quotePaymentRequest } from './compensation/quote-payment-request';
export { isApprovedRequestStatus } from './machines/approved-request-states';
export type { PriorQuoteLine, PriorRequest, QuoteContext, QuoteDecisionInput, QuoteEntryInput, QuoteExpenseInput, QuoteMandate, QuoteRequest } from './compensation/quote-input';
export { buildTaxLedgers } from './tax/tax-ledger';
export type { LedgerOptions, LedgerPayment } from './tax/tax-ledger';
export { slipsToIssue } from './tax/slips-to-issue';
export type { SlipOptions, SlipToIssue } from './tax/slips-to-issue';
export { evaluateEligibility } from './eligibility/evaluate-eligibility';
export type { CriterionResult, CriterionStatus, EligibilityOptions, EligibilityResult, MissingDocument } from './eligibility/evaluate-eligibility';
export { estimateBudget } from './budget/estimate-budget';
export type { BudgetPlanInput } from './budget/budget-plan';
export type { BudgetEstimate, BudgetLine } from './budget/estimate-budget';

// --- bytes ---
export { decodeBase64, encodeBase64 } from './encoding/base64';
export { sha256Hex } from './crypto/sha256';
export { singleLineText } from './encoding/inert-text';

// --- the types of the domain's records (their zod schemas are in @honoraria/core/schemas) ---
export type { AgreementStatus, AmendmentStatus, ApplicationStatus, MandateStatus, PaymentRequestStatus, TaxSlipStatus } from './schemas/status';
export type { Organization } from './schemas/organization';
export type { PolicyVersion } from './schemas/policy-version';
export type { Partner, PartnerRole, PartnerStatus, PostalAddress } from './schemas/partner';
export type { SinStatus, TaxProfile } from './schemas/tax-profile';
export type { PaymentMethod, PaymentProfile } from './schemas/payment-profile';
export type { CompensationPreference } from './schemas/compensation-preference';
export type { MasterAgreement } from './schemas/master-agreement';
export type { AgreementAcceptance } from './schemas/agreement-acceptance';
export type { Project } from './schemas/project';
export type { ActivityCategory } from './schemas/activity-category';
export type { RateRule } from './schemas/rate-rule';
export type { RateSchedule } from './schemas/rate-schedule';
export type { RateSnapshot } from './schemas/rate-snapshot';
export type { ExpensePolicy, ExpenseType } from './schemas/expense-policy';
export type { Mandate } from './schemas/mandate';
export type { MandateAmendment, MandateChanges } from './schemas/mandate-amendment';
export type { TimeEntry } from './schemas/time-entry';
export type { Expense } from './schemas/expense';
export type { PaymentQuote, QuoteExpenseLine, QuoteLine, QuoteWarning } from './schemas/payment-quote';
export type { LineDecision, PaymentRequest } from './schemas/payment-request';
export type { Delegation } from './schemas/delegation';
export type { Payout } from './schemas/payout';
export type { ParkingPass } from './schemas/parking-pass';
export type { Application, ApplicationAnswer } from './schemas/application';
export type { TaxYearLedger } from './schemas/tax-year-ledger';
export type { TaxSlip } from './schemas/tax-slip';
export type { AuditEvent } from './schemas/audit-event';
export type { DocumentKind, DocumentRef } from './schemas/document-ref';
export type { Provenance } from './schemas/provenance';

// --- parsing of user input (forms) ---
export type { ParseResult } from './parse/parse-result';
export { parseMoneyInput } from './money/parse-money';
export type { MoneyInputProblem, ParseMoneyOptions } from './money/parse-money';
export { parseDurationInput } from './time/parse-duration';
export type { DurationInputProblem } from './time/parse-duration';
export { datePartOrder, monthNames, parseDateParts, splitIsoDate } from './time/parse-date-parts';
export type { DateParts, DatePartName, DatePartsProblem } from './time/parse-date-parts';
export { formMessages } from './i18n/messages/forms';
export { formatFileSize } from './i18n/format-file-size';
export type { FormMessageKey } from './i18n/messages/forms';
