import type { LocalizedText } from '../i18n/lang';
import type { CompensationForm, CompensationMode } from '../schemas/compensation-preference';
import type { QuoteLine, QuoteWarning } from '../schemas/payment-quote';
import type { RateRule } from '../schemas/rate-rule';
import type { ActivityCategory } from '../schemas/activity-category';
import { addDays } from '../time/calendar-date';
import type { BilingualParams, CompensationKey } from './bilingual';
import { dateText, durationText, moneyText, text, warning } from './bilingual';
import type { TimePrice } from './price-time';
import type { DayContext } from './day-ledger';
import { DayLedger, dayShareNotes } from './day-ledger';
import type { QuoteContext, QuoteDecisionInput, QuoteEntryInput } from './quote-input';
import type { QuoteLineData } from './quote-parts';
import { QuoteLinePart } from './quote-parts';
import type { RateIndex } from './rate-index';
import { rateIndexOf } from './rate-index';
import { ratesOn } from './rate-periods';

/** How the partner's choice shapes compensation lines. */
export interface PaymentChoice {
  readonly mode: CompensationMode;
  readonly form: CompensationForm;
  /** Whether compensation is paid at all (accept or cap, in cash or gift card). */
  readonly paysCompensation: boolean;
}

const PREFERENCE_NOTE: Partial<Record<string, CompensationKey>> = {
  decline_all: 'pref_decline_all',
  expenses_only: 'pref_expenses_only',
  donate: 'pref_donate',
};

function compareEntries(a: QuoteEntryInput, b: QuoteEntryInput): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function join(head: LocalizedText, notes: readonly LocalizedText[]): LocalizedText {
  if (notes.length === 0) return head;
  let fr = head.fr + ' (';
  let en = head.en + ' (';
  for (let i = 0; i < notes.length; i += 1) {
    const n = notes[i] as LocalizedText;
    if (i > 0) {
      fr += ' ; ';
      en += '; ';
    }
    fr += n.fr;
    en += n.en;
  }
  return { fr: fr + ')', en: en + ')' };
}

function headOf(rule: RateRule, price: TimePrice, minutes: number, category: LocalizedText, currency: string): LocalizedText {
  const amount = moneyText(price.cents, currency);
  switch (rule.unit) {
    case 'hour':
      return text('line_hour', { category, duration: durationText(price.billableMinutes), rate: moneyText(price.rateCents, currency), amount });
    case 'half_day':
      return text('line_half_day', { category, units: price.units, rate: moneyText(price.rateCents, currency), amount });
    case 'day':
      if (price.units === 0) return text('line_day_none', { category, duration: durationText(minutes), amount });
      if ((price.dayUnitsBefore ?? 0) > 0) return text('line_day_rest', { category, duration: durationText(minutes), amount });
      if (price.halfDay) return text('line_day_half', { category, duration: durationText(minutes), amount });
      return text('line_day', { category, units: price.units / 2, rate: moneyText(price.rateCents, currency), amount });
    case 'activity':
      return text('line_activity', { category, units: price.units, rate: moneyText(price.rateCents, currency), amount });
    case 'flat':
      return text('line_flat', { category, amount });
  }
}

function notesOf(rule: RateRule, price: TimePrice, minutes: number, recorded: number): LocalizedText[] {
  const notes: LocalizedText[] = [text('note_rule', { rule: rule.label })];
  if (minutes !== recorded) notes.push(text('note_adjusted', { from: durationText(recorded) }));
  if (rule.unit === 'hour') {
    if (price.preparationMinutes > 0) {
      notes.push(text('note_preparation', { duration: durationText(price.preparationMinutes), percent: rule.preparationPercent ?? 0 }));
    }
    const before = minutes + price.preparationMinutes;
    if (price.roundedMinutes !== before) {
      notes.push(
        text('note_rounded', {
          from: durationText(before),
          to: durationText(price.roundedMinutes),
          increment: rule.rounding.incrementMinutes,
          mode: text(`mode_${rule.rounding.mode}`),
        }),
      );
    }
    if (price.minimumApplied) notes.push(text('note_minimum', { minimum: durationText(rule.minimumMinutes ?? 0) }));
    if (price.capped) notes.push(text('note_day_cap', { limit: durationText(rule.maxMinutesPerDay ?? 0) }));
  } else if (price.capped) {
    notes.push(text('note_units_cap', { limit: rule.unit === 'day' ? rule.maxUnitsPerDay ?? 1 : rule.maxUnitsPerDay ?? 2 }));
  }
  return notes;
}

/**
 * The explanation of a priced time entry, in both languages: the computation, then the rule and
 * what shaped the amount (adjustment, preparation time, rounding, minimum, daily cap).
 */
export function explainTimePrice(
  rule: RateRule,
  price: TimePrice,
  minutes: number,
  recordedMinutes: number,
  category: LocalizedText,
  currency: string,
  extraNotes: readonly LocalizedText[] = [],
): LocalizedText {
  return join(headOf(rule, price, minutes, category, currency), [...notesOf(rule, price, minutes, recordedMinutes), ...extraNotes]);
}

/** The result of pricing the time entries of a request. */
export interface TimeLines {
  readonly lines: QuoteLine[];
  /** Sum of the lines' cents (before any cap adjustment). */
  readonly cents: number;
  /** Compensation the partner's choice leaves unpaid. */
  readonly forgoneCents: number;
  readonly recordedMinutes: number;
  readonly billableMinutes: number;
}

/**
 * Prices each time entry by the rule of the mandate's snapshot and explains it. Daily caps are
 * allocated in a fixed order (date, then id), so the order of the entries never changes a total.
 * Lines come back in the entries' order.
 */
export function quoteTimeLines(
  entries: readonly QuoteEntryInput[],
  decisions: ReadonlyMap<string, QuoteDecisionInput>,
  context: QuoteContext,
  index: RateIndex,
  choice: PaymentChoice,
  warnings: QuoteWarning[],
): TimeLines {
  const { mandate, asOf } = context;
  const snapshot = mandate.rateSnapshot;
  const currency = snapshot?.currency ?? mandate.currency;
  const level = mandate.engagementLevel;
  const n = entries.length;

  // Pass 1, in canonical order: prices. The day is the unit of daily caps and of day and
  // half-day rates, per rule and date, across the entries of this request and those of the
  // requests that already count (`context.prior`, same mandate), which are taken first.
  const order: number[] = new Array<number>(n);
  let inOrder = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    if (i > 0 && compareEntries(entries[i - 1] as QuoteEntryInput, entries[i] as QuoteEntryInput) > 0) inOrder = false;
  }
  if (!inOrder) order.sort((a, b) => compareEntries(entries[a] as QuoteEntryInput, entries[b] as QuoteEntryInput));
  const prices: (TimePrice | undefined)[] = new Array<TimePrice | undefined>(n);
  const minutesOf: number[] = new Array<number>(n);
  const rules: (RateRule | undefined)[] = new Array<RateRule | undefined>(n);
  const infos: (ActivityCategory | undefined)[] = new Array<ActivityCategory | undefined>(n);
  const dayNotes: (DayContext | undefined)[] = new Array<DayContext | undefined>(n);
  const rateNotes: ((() => LocalizedText) | undefined)[] = new Array<(() => LocalizedText) | undefined>(n);
  // An amendment's rates price work dated from its effective date; earlier work keeps the rates then in force.
  const amended = mandate.ratesFrom !== undefined || (mandate.rateHistory?.length ?? 0) > 0;
  const indexOn = (date: string): RateIndex => {
    if (!amended) return index;
    const rates = ratesOn(mandate, date).rateSnapshot;
    return rates === undefined ? index : rateIndexOf(rates);
  };
  const days = new DayLedger();
  days.addPrior(context.prior, mandate.id, indexOn, level);
  for (const i of order) {
    const entry = entries[i] as QuoteEntryInput;
    const index = indexOn(entry.date);
    if (amended) rateNotes[i] = ratesOn(mandate, entry.date).why;
    const decision = decisions.size === 0 ? undefined : decisions.get(entry.id);
    const minutes = decision?.decision === 'adjusted' && decision.adjustedMinutes !== undefined ? decision.adjustedMinutes : entry.minutes;
    const category = index.categories.get(entry.category);
    infos[i] = category;
    minutesOf[i] = decision?.decision === 'rejected' ? 0 : minutes;
    if (decision?.decision === 'rejected') continue;
    if (category !== undefined && !category.compensable) continue;
    const rule = index.rule(entry.category, level);
    rules[i] = rule;
    if (rule === undefined) continue;
    const priced = days.price(entry.date, rule, minutes, entry.units ?? 1);
    prices[i] = priced.price;
    dayNotes[i] = priced.day;
  }

  // Pass 2, in the entries' order: lines, explanations and warnings.
  const allowed = mandate.allowedCategories;
  const window = context.framework.approvalPolicy.submissionWindowDays;
  const lateBefore = addDays(asOf, -window);
  const lines: QuoteLine[] = new Array<QuoteLine>(n);
  let cents = 0;
  let forgone = 0;
  let recorded = 0;
  let billable = 0;
  for (let i = 0; i < n; i += 1) {
    const entry = entries[i] as QuoteEntryInput;
    const categoryInfo = infos[i];
    const category: LocalizedText = categoryInfo?.label ?? { fr: entry.category, en: entry.category };
    const minutes = minutesOf[i] as number;
    recorded += minutes;

    if (entry.date < mandate.startDate || entry.date > mandate.endDate) {
      const params: BilingualParams = { date: dateText(entry.date), start: dateText(mandate.startDate), end: dateText(mandate.endDate) };
      warnings.push(warning('entry_outside_mandate', 'warning', ['entries', i], { date: entry.date }, 'warn_entry_outside_mandate', params));
    }
    if (entry.date > asOf) {
      warnings.push(warning('entry_in_future', 'warning', ['entries', i], { date: entry.date }, 'warn_entry_in_future', { date: dateText(entry.date) }));
    } else if (entry.date < lateBefore) {
      warnings.push(
        warning('late_submission', 'warning', ['entries', i], { date: entry.date, days: window }, 'warn_late_submission', {
          date: dateText(entry.date),
          days: window,
        }),
      );
    }
    if (!allowed.includes(entry.category)) {
      warnings.push(warning('category_not_allowed', 'warning', ['entries', i], { category: entry.category }, 'warn_category_not_allowed', { category }));
    }

    const decision = decisions.size === 0 ? undefined : decisions.get(entry.id);
    const price = prices[i];
    const rule = rules[i];
    let line: QuoteLine;
    if (decision?.decision === 'rejected') {
      line = timeLine(entry, 'approver_rejected', minutes, () => text('line_rejected', { category, duration: durationText(entry.minutes) }));
    } else if (categoryInfo !== undefined && !categoryInfo.compensable) {
      line = timeLine(entry, 'not_compensable', minutes, () => text('line_not_compensable', { category, duration: durationText(minutes) }));
    } else if (rule === undefined || price === undefined) {
      warnings.push(warning('no_rate_rule', 'warning', ['entries', i], { category: entry.category }, 'warn_no_rate_rule', { category }));
      line = timeLine(entry, 'no_rate_rule', minutes, () => text('line_no_rule', { category, duration: durationText(minutes) }));
    } else {
      const paid = choice.paysCompensation ? price.cents : 0;
      if (paid !== price.cents) forgone += price.cents;
      line = new QuoteLinePart(
        {
          id: entry.id,
          kind: 'time',
          date: entry.date,
          category: entry.category,
          ruleId: rule.id,
          unit: rule.unit,
          minutes,
          billableMinutes: price.billableMinutes,
          units: price.units,
          rateCents: price.rateCents,
          ruleCents: price.cents,
          cents: paid,
          taxable: paid !== 0,
        },
        explainer(rule, price, minutes, entry.minutes, category, currency, choice, paid, dayNotes[i], rateNotes[i]),
      );
      billable += price.billableMinutes;
    }
    cents += line.cents;
    lines[i] = line;
  }
  return { lines, cents, forgoneCents: forgone, recordedMinutes: recorded, billableMinutes: billable };
}

function timeLine(entry: QuoteEntryInput, ruleId: string, minutes: number, explain: () => LocalizedText): QuoteLine {
  const data: QuoteLineData = {
    id: entry.id,
    kind: 'time',
    date: entry.date,
    category: entry.category,
    ruleId,
    unit: undefined,
    minutes,
    billableMinutes: 0,
    units: 0,
    rateCents: 0,
    ruleCents: 0,
    cents: 0,
    taxable: false,
  };
  return new QuoteLinePart(data, explain);
}

/** The explanation of a priced line, as a function run on first read (it captures only what it needs). */
function explainer(
  rule: RateRule,
  price: TimePrice,
  minutes: number,
  recorded: number,
  category: LocalizedText,
  currency: string,
  choice: PaymentChoice,
  paid: number,
  day: DayContext | undefined,
  rates: (() => LocalizedText) | undefined,
): () => LocalizedText {
  return () => {
    const notes = choiceNotes(choice, price.cents, paid, currency);
    if (rates !== undefined) notes.unshift(rates());
    return explainTimePrice(rule, price, minutes, recorded, category, currency, day === undefined ? notes : [...dayShareNotes(rule, price, minutes, day), ...notes]);
  };
}

/** The notes a partner's choice adds to a priced line: what is not paid and why, or the gift-card form. */
function choiceNotes(choice: PaymentChoice, ruleCents: number, paid: number, currency: string): LocalizedText[] {
  if (paid !== ruleCents && ruleCents > 0) {
    return [text(PREFERENCE_NOTE[choice.mode] ?? 'pref_non_financial', { amount: moneyText(ruleCents, currency) })];
  }
  if (choice.form === 'gift_card' && paid > 0) return [text('note_gift_card')];
  return [];
}
