import type { LocalizedText } from '../i18n/lang';
import type { ExpenseType } from '../schemas/expense-policy';
import type { ExpenseTreatment, QuoteExpenseLine, QuoteLine, QuoteWarning, WarningSeverity } from '../schemas/payment-quote';
import type { RateUnit } from '../schemas/rate-rule';
import { LazyText } from './lazy-text';

/** The numbers of a compensation line, without its explanation. */
export type QuoteLineData = Omit<QuoteLine, 'explanation'>;

/** A compensation line whose explanation is formatted on first read (see {@link LazyText}). */
export class QuoteLinePart extends LazyText implements QuoteLine {
  readonly id: string;
  readonly kind: QuoteLine['kind'];
  readonly date: string | undefined;
  readonly category: string | undefined;
  readonly ruleId: string;
  readonly unit: RateUnit | undefined;
  readonly minutes: number;
  readonly billableMinutes: number;
  readonly units: number;
  readonly rateCents: number;
  readonly ruleCents: number;
  readonly cents: number;
  readonly taxable: boolean;
  declare readonly explanation: LocalizedText;

  constructor(data: QuoteLineData, explain: () => LocalizedText) {
    super();
    this.id = data.id;
    this.kind = data.kind;
    this.date = data.date;
    this.category = data.category;
    this.ruleId = data.ruleId;
    this.unit = data.unit;
    this.minutes = data.minutes;
    this.billableMinutes = data.billableMinutes;
    this.units = data.units;
    this.rateCents = data.rateCents;
    this.ruleCents = data.ruleCents;
    this.cents = data.cents;
    this.taxable = data.taxable;
    this.defineLazyText('explanation', explain);
  }
}

/** An expense line whose explanation is formatted on first read. */
export class QuoteExpenseLinePart extends LazyText implements QuoteExpenseLine {
  readonly id: string;
  readonly date: string;
  readonly type: ExpenseType;
  readonly claimedCents: number;
  readonly cents: number;
  readonly treatment: ExpenseTreatment;
  declare readonly explanation: LocalizedText;

  constructor(data: Omit<QuoteExpenseLine, 'explanation'>, explain: () => LocalizedText) {
    super();
    this.id = data.id;
    this.date = data.date;
    this.type = data.type;
    this.claimedCents = data.claimedCents;
    this.cents = data.cents;
    this.treatment = data.treatment;
    this.defineLazyText('explanation', explain);
  }
}

/** A warning whose message is formatted on first read. */
export class QuoteWarningPart extends LazyText implements QuoteWarning {
  readonly code: string;
  readonly severity: WarningSeverity;
  readonly path: (string | number)[];
  readonly params: Record<string, string | number>;
  declare readonly message: LocalizedText;

  constructor(
    code: string,
    severity: WarningSeverity,
    path: (string | number)[],
    params: Record<string, string | number>,
    format: () => LocalizedText,
  ) {
    super();
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.params = params;
    this.defineLazyText('message', format);
  }
}
