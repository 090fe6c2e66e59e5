// @honoraria/core: the public API, as explicit named exports. Each area keeps its own block.

// --- errors ---
export { ERROR_CODES, statusOf } from './errors/error-code';
export type { ErrorCode } from './errors/error-code';
export { HonorariaError, isHonorariaError } from './errors/honoraria-error';
export type { ErrorIssue, HonorariaErrorJSON, HonorariaErrorOptions } from './errors/honoraria-error';

// --- i18n ---
export { DEFAULT_LANG, LANGS, localeOf, toLang } from './i18n/lang';
export { Lang, LocalizedText } from './i18n/lang-schema';
export {
  checkMessageParity,
  defineMessages,
  interpolate,
  message,
  translate,
  translateWith,
} from './i18n/messages';
export type { MessageKey, MessageNamespace, MessageParams, ParityProblem } from './i18n/messages';
export { localizeZodIssues, parseOrThrow, safeParseLocalized } from './i18n/zod-issues';
export type { ParseOptions } from './i18n/zod-issues';
export { formatNames, typeNames, validationMessages } from './i18n/messages/validation';
export { CORE_MESSAGES } from './i18n/core-messages';

// --- money and time ---
export { assertCents, money, sumMoney } from './money/money';
export { Cents, CurrencyCode, Money, NonNegativeCents } from './money/money-schema';
export { formatCents, formatMoney } from './money/format-money';
export {
  applyPercent,
  divideRounded,
  mulDivRounded,
  prorateHourly,
  RoundingMode,
  roundToIncrement,
} from './money/rounding';
export {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  IsoDate,
  isLeapYear,
  monthOfDate,
  yearOfDate,
  yearsBetween,
} from './time/calendar-date';
export {
  createMonthResolver,
  createYearResolver,
  dateOf,
  dayBounds,
  DEFAULT_TIME_ZONE,
  Instant,
  isTimeZone,
  parseInstant,
  startOfDayMs,
  TimeZone,
  yearOf,
} from './time/time-zone';
export type { DayBounds } from './time/time-zone';
export { formatDate, formatInstant } from './time/format-date';
export type { DateStyle } from './time/format-date';
export { formatDuration } from './time/format-duration';

// --- schemas: lifecycle states ---
export {
  AgreementStatus,
  AmendmentStatus,
  ApplicationStatus,
  MandateStatus,
  PaymentRequestStatus,
  TaxSlipStatus,
} from './schemas/status';

// --- schemas: entities (core domain) ---
export { Code, DayMinutes, Email, Id, Minutes, Percent, RegionCode, Url, Year } from './schemas/common';
export { Provenance, ProvenanceStatus } from './schemas/provenance';
export { Organization, OrganizationType } from './schemas/organization';
export { PolicyVersion, ScopeTopic } from './schemas/policy-version';
export { Partner, PartnerRole, PartnerStatus, PostalAddress } from './schemas/partner';
export { hasUsableSin, isValidSin, maskSin, redactTaxProfile, Sin, SinRequest, SinStatus, TaxProfile } from './schemas/tax-profile';
export { BankDetails, maskBankDetails, maskPaymentProfile, PaymentMethod, PaymentProfile } from './schemas/payment-profile';
export { CapOverflow, CompensationForm, CompensationMode, CompensationPreference } from './schemas/compensation-preference';
export { AgreementClause, ClauseCode, MasterAgreement } from './schemas/master-agreement';
export { AcceptanceMethod, AgreementAcceptance } from './schemas/agreement-acceptance';
export { Project, ProjectType } from './schemas/project';
export { ActivityCategory, ActivityKind } from './schemas/activity-category';
export { RateRule, RateUnit, TimeRounding } from './schemas/rate-rule';
export { RateSchedule } from './schemas/rate-schedule';
export { RateSnapshot } from './schemas/rate-snapshot';
export { Allowance, ExpensePolicy, ExpenseType } from './schemas/expense-policy';
export { Mandate, MandateTotals, PlannedActivity } from './schemas/mandate';
export { MandateAmendment, MandateChanges } from './schemas/mandate-amendment';
export { ActivityLocation, StoredTimeEntry, TimeEntry } from './schemas/time-entry';
export { Expense } from './schemas/expense';
export {
  ExpenseTreatment,
  PaymentQuote,
  QuoteExpenseLine,
  QuoteLine,
  QuoteWarning,
  WarningSeverity,
} from './schemas/payment-quote';
export { Attestation, LineDecision, PaymentRequest } from './schemas/payment-request';
export { Approval, ApprovalDecision, ApprovalSubject } from './schemas/approval';
export { Delegation } from './schemas/delegation';
export { Payout, PayoutStatus } from './schemas/payout';
export { RecognitionItem, RecognitionType } from './schemas/recognition-item';
export { ParkingPass } from './schemas/parking-pass';
export { Application, ApplicationAnswer, Commitment, CriterionAssessment } from './schemas/application';
export { EligibilityCriterion, RequiredDocument } from './schemas/eligibility-criterion';
export { Interview } from './schemas/interview';
export { SlipKind, TaxYearLedger, ThresholdCrossing } from './schemas/tax-year-ledger';
export { TaxSlip } from './schemas/tax-slip';
export { AuditEvent } from './schemas/audit-event';
export { Notification } from './schemas/notification';
export { DocumentKind, DocumentRef } from './schemas/document-ref';

// --- framework configuration (core domain) ---
export { ApprovalPolicy, ApproverRule } from './framework/approval-policy';
export { EngagementLevel } from './framework/engagement-level';
export { VolunteerProgramme } from './framework/volunteer-programme';
export { FrameworkConfig } from './framework/framework-config';
export type { Framework, FrameworkInput } from './framework/framework-config';
export { defineFramework } from './framework/define-framework';
export { findRateRule, rateScheduleOn, snapshotRates } from './framework/rates';
export type { SnapshotOptions } from './framework/rates';
export { appliesToProvince, requiresSlip, TaxRule, taxRulesForYear, TaxSettings } from './tax/tax-rule';
export { frameworkMessages } from './i18n/messages/framework';

// --- compensation, tax ledger, eligibility, budget (core domain) ---
export { quotePaymentRequest } from './compensation/quote-payment-request';
export { budgetWeightCents } from './compensation/budget-weight';
export type {
  QuoteContext,
  QuoteDecisionInput,
  QuoteEntryInput,
  QuoteExpenseInput,
  QuoteMandate,
  QuoteRequest,
} from './compensation/quote-input';
export { dailyCapOf, priceTime } from './compensation/price-time';
export type { DayAllowance, TimePrice } from './compensation/price-time';
export { compensationMessages } from './i18n/messages/compensation';
export { buildTaxLedgers, emptyLedger, recordPayment } from './tax/tax-ledger';
export type { LedgerOptions, LedgerPayment } from './tax/tax-ledger';
export { slipsToIssue } from './tax/slips-to-issue';
export type { SlipOptions, SlipToIssue } from './tax/slips-to-issue';
export { evaluateEligibility } from './eligibility/evaluate-eligibility';
export type {
  CriterionResult,
  CriterionStatus,
  EligibilityOptions,
  EligibilityResult,
  MissingDocument,
} from './eligibility/evaluate-eligibility';
export { eligibilityMessages } from './i18n/messages/eligibility';
export { BudgetPlan, PlannedEngagement, PlannedExpense } from './budget/budget-plan';
export type { BudgetPlanInput } from './budget/budget-plan';
export { estimateBudget } from './budget/estimate-budget';
export type { BudgetEstimate, BudgetLine } from './budget/estimate-budget';
export { budgetMessages } from './i18n/messages/budget';

// --- machines (workflow) ---
export { allowedEvents, applyEvent, canApply, isTerminalStatus, refusalFor } from './machines/apply-event';
export { initialSnapshot, restoreSnapshot } from './machines/persisted-snapshot';
export type { PersistedSnapshot } from './machines/persisted-snapshot';
export { isOverdue, nextDeadline } from './machines/deadlines';
export {
  MACHINE_EVENTS,
  MACHINE_KINDS,
  MACHINE_LABELS,
  MACHINE_STATES,
  MACHINE_TERMINAL_STATES,
  MACHINE_VERSIONS,
} from './machines/machine-registry';
export type {
  MachineContext,
  MachineEvent,
  MachineEventType,
  MachineInput,
  MachineKind,
  MachineStatus,
  MachineTypes,
} from './machines/machine-registry';
export type { Deadline, DeadlineKind, MachineLabels, Refusal } from './machines/machine-definition';
export { MANDATE_EVENTS, MANDATE_MACHINE_VERSION, MANDATE_TERMINAL_STATES, mandateMachine } from './machines/mandate-machine';
export type { MandateEventType } from './machines/mandate-machine';
export { MandateContext, MandateEvent, MandateInput, MODES_WITHOUT_PAYMENT_PROFILE } from './machines/mandate-schemas';
export type { ParsedMandateEvent } from './machines/mandate-schemas';
export { AMENDMENT_EVENTS, AMENDMENT_MACHINE_VERSION, AMENDMENT_TERMINAL_STATES, amendmentMachine } from './machines/amendment-machine';
export type { AmendmentEventType } from './machines/amendment-machine';
export { AmendmentContext, AmendmentEvent, AmendmentInput } from './machines/amendment-schemas';
export type { ParsedAmendmentEvent } from './machines/amendment-schemas';
export {
  AGREEMENT_EVENTS,
  AGREEMENT_MACHINE_VERSION,
  AGREEMENT_TERMINAL_STATES,
  agreementMachine,
  isCurrentAcceptance,
} from './machines/agreement-machine';
export type { AgreementEventType } from './machines/agreement-machine';
export { AgreementContext, AgreementEvent, AgreementInput } from './machines/agreement-schemas';
export type { ParsedAgreementEvent } from './machines/agreement-schemas';
export {
  PAYMENT_REQUEST_EVENTS,
  PAYMENT_REQUEST_MACHINE_VERSION,
  PAYMENT_REQUEST_TERMINAL_STATES,
  paymentRequestMachine,
  reviewedLines,
} from './machines/payment-request-machine';
export type { PaymentRequestEventType, ReviewedLine } from './machines/payment-request-machine';
export {
  PaymentRequestContext,
  PaymentRequestEvent,
  PaymentRequestInput,
  RequestLine,
  RequestLineDecision,
} from './machines/payment-request-schemas';
export type { ParsedPaymentRequestEvent, RequestLineDecisionInput } from './machines/payment-request-schemas';
export {
  APPLICATION_EVENTS,
  APPLICATION_MACHINE_VERSION,
  APPLICATION_TERMINAL_STATES,
  applicationMachine,
} from './machines/application-machine';
export type { ApplicationEventType } from './machines/application-machine';
export {
  ApplicationContext,
  ApplicationDocument,
  ApplicationEvent,
  ApplicationInput,
  DEFAULT_PHONE_INTERVIEW_DUE_DAYS,
  HoldableApplicationStatus,
} from './machines/application-schemas';
export type { ParsedApplicationEvent } from './machines/application-schemas';
export { TAX_SLIP_EVENTS, TAX_SLIP_MACHINE_VERSION, TAX_SLIP_TERMINAL_STATES, taxSlipMachine } from './machines/tax-slip-machine';
export type { TaxSlipEventType } from './machines/tax-slip-machine';
export { TaxSlipContext, TaxSlipEvent, TaxSlipInput } from './machines/tax-slip-schemas';
export type { ParsedTaxSlipEvent } from './machines/tax-slip-schemas';

// --- storage: memory reference adapter ---
export { createMemoryStorage } from './storage/memory-storage';
export type { MemoryStorage, MemoryStorageSnapshot } from './storage/memory-storage';
// Building blocks shared by every adapter (same validation, order, cursors and errors everywhere).
export { BufferedTransaction, recordKey } from './storage/buffered-transaction';
export { getRecords } from './storage/get-records';
export type { BufferedWrite, CommittedReader, TransactionBuffer } from './storage/buffered-transaction';
export { STORAGE_LIMITS, checkKey, normalizeInstant } from './storage/storage-text';
export { copyJson, normalizeJson } from './storage/json-document';
export { compareCodePoints, compareListPositions } from './storage/storage-order';
export type { ListPosition } from './storage/storage-order';
export {
  checkCollection,
  checkDeleteVersion,
  checkRecordRef,
  copyRecord,
  normalizeIndex,
  normalizePutInput,
} from './storage/record-input';
export type { NormalizedIndex, NormalizedPut } from './storage/record-input';
export {
  compareInListOrder,
  decodeListCursor,
  encodeListCursor,
  isAfterCursor,
  listPositionOf,
  matchesListQuery,
  normalizeListQuery,
  pageOf,
} from './storage/list-query';
export type { IndexCondition, NormalizedListQuery } from './storage/list-query';
export { auditPageOf, auditRecordOf, normalizeAuditAppend, normalizeAuditQuery } from './storage/audit-input';
export type { NormalizedAuditQuery } from './storage/audit-input';
export { copyBlob, normalizeBlobInput } from './storage/blob-input';
export { checkIdempotencyKey, copyIdempotencyRecord, normalizeIdempotencyRecord } from './storage/idempotency-input';
export { invalidStorageInput, storageClosed, storageConflict, transactionEnded } from './storage/storage-errors';
export type { ConflictReason, StorageIssueCode, StoragePath } from './storage/storage-errors';

// --- workflow service ---
// (what @honoraria/adapters/http needs; the workflow block may export more)
export { OPERATION_KINDS } from './workflow/operation-kinds';
export type { HonorariaClient, HonorariaOperations, OperationName } from './workflow/operations';
// kernel: the service, actors, operations, audit chain, outbox (area A exports them)
export { createHonoraria, honorariaOperations } from './workflow/create-honoraria';
export type { Honoraria, HonorariaOptions } from './workflow/create-honoraria';
export { Actor, hasRole, KNOWN_ROLES, Role, SYSTEM_ACTOR } from './workflow/actor';
export { defineCommand, defineQuery, transact } from './workflow/operation';
export type { ClientOf, CommandOptions, Operation, OperationContext, OperationInput, OperationMap, OperationOutput, ServiceDeps } from './workflow/operation';
export { CommandScope } from './workflow/command-scope';
export type { AuditInput, NotificationDraft } from './workflow/command-scope';
export { loadEntity, transitionEntity, writeEntity } from './workflow/stored-entity';
export type { EntityRecord, EntityTransition, EntityWrite, StoredEntity } from './workflow/stored-entity';
export { hashAuditEvent, verifyAuditChain } from './workflow/audit-chain';
export type { AuditChainProblem, AuditChainReport, AuditHead } from './workflow/audit-chain';
export { AUDITED_COLLECTIONS } from './workflow/audit/verify-audit-log';
export { canonicalJson } from './workflow/canonical-json';
export { OUTBOX_COLLECTION } from './workflow/outbox-entry';
export type { OutboxEntry, OutboxStatus } from './workflow/outbox-entry';
export { createOutboxDispatcher } from './workflow/outbox-dispatcher';
export type { DispatchReport, OutboxDispatcher, OutboxDispatcherOptions } from './workflow/outbox-dispatcher';
export type {
  DocumentLang,
  DocumentRenderer,
  DocumentRenderRequest,
  MandateDocumentRequest,
  MasterAgreementDocumentRequest,
  PaymentRequestDocumentRequest,
  RenderedDocument,
} from './ports/document-renderer';
export { staticDirectory } from './ports/user-directory';
export type { StaffMember, UserDirectory } from './ports/user-directory';
export {
  activeDelegationsFrom,
  activeDelegationsTo,
  canSeeSensitive,
  DELEGATIONS_COLLECTION,
  isPartnerSelf,
  STAFF_READ_ROLES,
} from './workflow/authorization';
export type { ApproverAuthority } from './workflow/authorization';
// partners, mandates, agreements, amendments, delegations, documents (area A)
export { PARTNERS_COLLECTION, PAYMENT_PROFILES_COLLECTION, TAX_PROFILES_COLLECTION } from './workflow/partners/partner-store';
export type { PartnerFileResult } from './workflow/partners/register-partner';
export type { PartnerPage } from './workflow/partners/get-partner';
export { MANDATES_COLLECTION, mandateIndex } from './workflow/mandates/mandate-store';
export type { MandateResult } from './workflow/mandates/mandate-store';
export type { MandateView } from './workflow/mandates/get-mandate';
export type { MandatePage } from './workflow/mandates/list-mandates';
export type { AcceptMandateResult } from './workflow/mandates/answer-mandate';
export { mandateNotifications } from './workflow/mandates/mandate-notifications';
export { AGREEMENTS_COLLECTION } from './workflow/agreements/agreement-store';
export type { AgreementResult } from './workflow/agreements/agreement-store';
export type { AcceptAgreementResult } from './workflow/agreements/answer-agreement';
export type { SupersedeResult } from './workflow/agreements/supersede-agreements';
export { agreementNotifications } from './workflow/agreements/agreement-notifications';
export { AMENDMENTS_COLLECTION } from './workflow/amendments/amendment-store';
export type { AmendmentEntity, AmendmentResult } from './workflow/amendments/amendment-store';
export type { AcceptAmendmentResult } from './workflow/amendments/answer-amendment';
export { amendmentNotifications } from './workflow/amendments/amendment-notifications';
export type { DelegationEntity } from './workflow/delegations/delegation-store';
export type { DelegationResult } from './workflow/delegations/delegation-commands';
export type { DelegationLists } from './workflow/delegations/get-delegations';
export { delegationNotifications } from './workflow/delegations/delegation-notifications';
export { DOCUMENTS_COLLECTION } from './workflow/documents/file-document';
export type { DocumentContent } from './workflow/documents/get-document';
export type { MyFiles, MyFilesPaymentRequest, StatusChange, YearToDate } from './workflow/documents/my-files';
export type { HistoryResult } from './workflow/documents/history';
// payment requests, payouts, tax (area B)
export { PAYMENT_REQUESTS_COLLECTION } from './workflow/payment-requests/payment-request-store';
export type { PaymentRequestEntity, PaymentRequestResult } from './workflow/payment-requests/payment-request-store';
export type { PaymentRequestView } from './workflow/payment-requests/get-payment-request';
export type { InboxItem, InboxPage } from './workflow/payment-requests/approver-inbox';
export type { BulkApprovalFailure, BulkApprovalResult, BulkApprovalSuccess } from './workflow/payment-requests/bulk-approve-payment-requests';
export { paymentRequestNotifications } from './workflow/payment-requests/payment-requests-notifications';
export { PAYOUTS_COLLECTION } from './workflow/payouts/payout-store';
export type { PayoutEntity } from './workflow/payouts/payout-store';
export type { AdminQueueItem, AdminQueuePage } from './workflow/payouts/admin-queue';
export { payrollCsvMessages } from './workflow/payouts/payroll-csv';
export type { PayrollCsv } from './workflow/payouts/payroll-csv';
export { centsToDecimal, neutralizeFormula, toCsv } from './workflow/payouts/csv';
export { LEDGER_ENTRIES_COLLECTION, ledgerYearRange, listLedgerEntries } from './workflow/ledger-entry';
export type { LedgerEntry } from './workflow/ledger-entry';
export { TAX_SLIPS_COLLECTION } from './workflow/tax/tax-slip-store';
export type { AmendmentDue, TaxSlipEntity } from './workflow/tax/tax-slip-store';
export type { TaxSlipResult } from './workflow/tax/tax-slip-transitions';
export type { GeneratedSlip, GenerateTaxSlipsResult } from './workflow/tax/generate-tax-slips';
export type { SlipAction, SlipLine, TaxSummary, TaxSummaryRow } from './workflow/tax/tax-summary';
// volunteer programme, deadlines (area C)
export { APPLICATIONS_COLLECTION, applicationDueAt, PARKING_PASSES_COLLECTION } from './workflow/applications/application-store';
export type { ApplicationEntity, ApplicationResult, EligibilitySummary } from './workflow/applications/application-store';
export type { ApplicationDetails, ApplicationPage, ApplicationView } from './workflow/applications/application-queries';
export type { ParkingPassResult } from './workflow/applications/issue-parking-pass';
export { parkingPassId } from './workflow/applications/issue-parking-pass';
export type { VolunteerPartner } from './workflow/applications/complete-orientation';
export { applicationNotifications } from './workflow/applications/application-notifications';
export { deadlineNotifications } from './workflow/deadlines/deadline-notifications';
export type { DueFailure, DueFired, DueKind, RunDueReport } from './workflow/deadlines/due-item';

// --- encoding ---
export { decodeBase64, encodeBase64 } from './encoding/base64';

// --- crypto ---
export { sha256, sha256Hex } from './crypto/sha256';

// --- ports ---
export { fixedClock, systemClock } from './ports/clock';
export type { Clock, FixedClock } from './ports/clock';
export { randomIds, sequentialIds } from './ports/id-generator';
export type { IdGenerator } from './ports/id-generator';
export type { Notifier, NotifierReceipt, NotificationLink, OutgoingNotification } from './ports/notifier';
export type {
  AuditActor,
  AuditAppend,
  AuditQuery,
  AuditRecord,
  BlobInput,
  IdempotencyRecord,
  IndexField,
  IndexFilter,
  JsonValue,
  ListQuery,
  Page,
  PutInput,
  RecordRef,
  RelatedRecords,
  RecordIndex,
  StorageAdapter,
  StorageReader,
  StorageTransaction,
  StoredBlob,
  StoredRecord,
} from './ports/storage-adapter';
