import type { ErrorIssue } from '../errors/honoraria-error';
import { HonorariaError } from '../errors/honoraria-error';
import type { MessageParams } from '../i18n/messages';
import { translate, translateWith } from '../i18n/messages';
import { formatNames, typeNames, validationMessages } from '../i18n/messages/validation';
import { ExpenseType } from '../schemas/expense-policy';
import { isIsoDate } from '../time/calendar-date';
import { DEFAULT_CLAIM_LIMITS, WORK_DATE_RANGE } from '../framework/claim-limits';
import type { QuoteContext, QuoteRequest } from './quote-input';

type Key = keyof typeof validationMessages.fr;
type Path = (string | number)[];

const EXPENSE_TYPES = new Set<string>(ExpenseType.options);

class Collector {
  list: ErrorIssue[] | undefined;
  add(path: Path, code: string, key: Key, params?: MessageParams, enParams?: MessageParams): void {
    (this.list ??= []).push({ path, code, message: translateWith(validationMessages, key, params ?? {}, enParams ?? params ?? {}) });
  }
  type(path: Path, expected: keyof typeof typeNames.fr): void {
    const t = translate(typeNames, expected);
    this.add(path, 'invalid_type', 'invalid_type', { expected: t.fr }, { expected: t.en });
  }
  date(path: Path): void {
    const f = translate(formatNames, 'date');
    this.add(path, 'invalid_format', 'invalid_format', { format: f.fr }, { format: f.en });
  }
  id(value: unknown, path: Path): void {
    if (typeof value !== 'string') this.type(path, 'string');
    else if (value.length === 0) this.add(path, 'required', 'required');
  }
  int(value: unknown, path: Path, min: number, max: number | undefined, optional: boolean): void {
    if (value === undefined && optional) return;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) this.type(path, 'int');
    else if (value < min) this.add(path, 'too_small', 'too_small_number', { minimum: min });
    else if (max !== undefined && value > max) this.add(path, 'too_big', 'too_big_number', { maximum: max });
  }
}

/** A set of ids that scans a small array (most requests have a few lines) and switches to a `Set` beyond. */
class Ids {
  private readonly small: string[] = [];
  private large: Set<string> | undefined;
  /** Adds an id; `false` when it was already there. */
  add(id: string): boolean {
    if (this.large !== undefined) {
      if (this.large.has(id)) return false;
      this.large.add(id);
      return true;
    }
    if (this.small.includes(id)) return false;
    this.small.push(id);
    if (this.small.length > 32) this.large = new Set(this.small);
    return true;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks a quote's input by hand (no zod on the hot path) and throws `validation_failed` with
 * every issue by path. Messages say what is expected, never what was received.
 */
export function validateQuoteInput(request: QuoteRequest, context: QuoteContext): void {
  const c = new Collector();
  const limits = context.framework.limits ?? DEFAULT_CLAIM_LIMITS;
  const workDate = (value: unknown, path: Path): void => {
    if (!isIsoDate(value)) c.date(path);
    else if (value < WORK_DATE_RANGE.from || value > WORK_DATE_RANGE.to) c.add(path, 'date_out_of_range', 'custom_date_out_of_range', WORK_DATE_RANGE);
  };
  const count = (list: readonly unknown[], path: Path): void => {
    if (list.length > limits.maxLinesPerRequest) c.add(path, 'too_big', 'too_big_array', { maximum: limits.maxLinesPerRequest });
  };
  if (!isIsoDate(context.asOf)) c.date(['asOf']);
  const entries: unknown = request.entries;
  if (!Array.isArray(entries)) c.type(['entries'], 'array');
  else {
    count(entries, ['entries']);
    const ids = new Ids();
    for (let i = 0; i < entries.length; i += 1) {
      const e: unknown = entries[i];
      if (!isObject(e)) {
        c.type(['entries', i], 'object');
        continue;
      }
      c.id(e.id, ['entries', i, 'id']);
      if (typeof e.id === 'string' && !ids.add(e.id)) c.add(['entries', i, 'id'], 'unique', 'custom_unique');
      workDate(e.date, ['entries', i, 'date']);
      c.id(e.category, ['entries', i, 'category']);
      c.int(e.minutes, ['entries', i, 'minutes'], 0, 1440, false);
      c.int(e.units, ['entries', i, 'units'], 1, 100, true);
    }
  }
  const expenses: unknown = request.expenses;
  if (expenses !== undefined && !Array.isArray(expenses)) c.type(['expenses'], 'array');
  else if (expenses !== undefined) {
    count(expenses, ['expenses']);
    const ids = new Ids();
    for (let i = 0; i < expenses.length; i += 1) {
      const e: unknown = expenses[i];
      if (!isObject(e)) {
        c.type(['expenses', i], 'object');
        continue;
      }
      c.id(e.id, ['expenses', i, 'id']);
      if (typeof e.id === 'string' && !ids.add(e.id)) c.add(['expenses', i, 'id'], 'unique', 'custom_unique');
      workDate(e.date, ['expenses', i, 'date']);
      if (typeof e.type !== 'string' || !EXPENSE_TYPES.has(e.type)) {
        c.add(['expenses', i, 'type'], 'invalid_value', 'invalid_value', { values: ExpenseType.options.join(', ') });
      }
      c.int(e.amountCents, ['expenses', i, 'amountCents'], 0, limits.maxLineCents, true);
      c.int(e.km, ['expenses', i, 'km'], 0, 100_000, true);
      c.int(e.quantity, ['expenses', i, 'quantity'], 1, 100, true);
      if (e.type === 'mileage' && e.km === undefined) c.add(['expenses', i, 'km'], 'expense_km', 'custom_expense_km');
      else if (e.type === 'allowance' && typeof e.allowanceCode !== 'string') {
        c.add(['expenses', i, 'allowanceCode'], 'expense_allowance', 'custom_expense_allowance');
      } else if (e.type !== 'mileage' && e.type !== 'allowance' && e.amountCents === undefined && EXPENSE_TYPES.has(String(e.type))) {
        c.add(['expenses', i, 'amountCents'], 'expense_amount', 'custom_expense_amount');
      }
    }
  }
  const decisions: unknown = request.decisions;
  if (decisions !== undefined && !Array.isArray(decisions)) c.type(['decisions'], 'array');
  else if (decisions !== undefined) {
    for (let i = 0; i < decisions.length; i += 1) {
      const d: unknown = decisions[i];
      if (!isObject(d)) {
        c.type(['decisions', i], 'object');
        continue;
      }
      c.id(d.lineId, ['decisions', i, 'lineId']);
      if (d.target !== 'entry' && d.target !== 'expense') c.add(['decisions', i, 'target'], 'invalid_value', 'invalid_value', { values: 'entry, expense' });
      if (d.decision !== 'accepted' && d.decision !== 'adjusted' && d.decision !== 'rejected') {
        c.add(['decisions', i, 'decision'], 'invalid_value', 'invalid_value', { values: 'accepted, adjusted, rejected' });
      }
      c.int(d.adjustedMinutes, ['decisions', i, 'adjustedMinutes'], 0, 1440, true);
      c.int(d.adjustedAmountCents, ['decisions', i, 'adjustedAmountCents'], 0, limits.maxLineCents, true);
      if (d.decision === 'adjusted' && d.adjustedMinutes === undefined && d.adjustedAmountCents === undefined) {
        c.add(['decisions', i, 'decision'], 'decision_adjustment', 'custom_decision_adjustment');
      }
    }
  }
  if (c.list !== undefined) throw new HonorariaError('validation_failed', { issues: c.list });
}
