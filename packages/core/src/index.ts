// @honoraria/core: the public API, as explicit named exports. Each area keeps its own block.

// --- errors ---
export { ERROR_CODES, statusOf } from './errors/error-code';
export type { ErrorCode } from './errors/error-code';
export { HonorariaError, isHonorariaError } from './errors/honoraria-error';
export type { ErrorIssue, HonorariaErrorJSON, HonorariaErrorOptions } from './errors/honoraria-error';

// --- i18n ---
export { DEFAULT_LANG, LANGS, localeOf, toLang } from './i18n/lang';
export type { Lang, LocalizedText } from './i18n/lang';

// --- money and time ---
export { assertCents, money } from './money/money';
export type { CurrencyCode, Money } from './money/money';
export { formatMoney } from './money/format-money';

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

// --- framework configuration (core domain) ---

// --- compensation, tax ledger, eligibility, budget (core domain) ---

// --- machines (workflow) ---

// --- storage: memory reference adapter ---

// --- workflow service ---

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
  RecordIndex,
  StorageAdapter,
  StorageReader,
  StorageTransaction,
  StoredBlob,
  StoredRecord,
} from './ports/storage-adapter';
