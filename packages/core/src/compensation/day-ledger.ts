import type { LocalizedText } from '../i18n/lang';
import type { RateRule } from '../schemas/rate-rule';
import { dateText, durationText, text } from './bilingual';
import type { DayAllowance, DayUsage, TimePrice } from './price-time';
import { dailyCapOf, priceDayShare, priceTime } from './price-time';
import type { PriorRequest } from './quote-input';
import type { RateIndex } from './rate-index';

/** What the day held when an entry was priced: how many entries came before it and from which other requests. */
export interface DayContext {
  readonly date: string;
  /** Entries of the same rule and date priced before this one (in this request and in requests that count). */
  readonly entriesBefore: number;
  /** The other requests that already claimed work under the same rule on that date. */
  readonly priorRequestIds: readonly string[];
}

interface DayState {
  allowance: DayAllowance | undefined;
  usage: DayUsage | undefined;
  entries: number;
  priorRequestIds: string[];
}

/**
 * The days of one partner under one mandate, per rule and date: what the daily cap has left
 * (minutes or units) and, for `half_day` and `day` rules, the minutes worked and units paid. The
 * day is the unit: however many entries and requests a day's work is split into, it is paid and
 * capped once.
 */
export class DayLedger {
  private readonly days = new Map<string, DayState>();

  private state(date: string, rule: RateRule): DayState {
    const key = date + '\u0000' + rule.id;
    let state = this.days.get(key);
    if (state === undefined) {
      const cap = rule.unit === 'half_day' || rule.unit === 'day' ? undefined : dailyCapOf(rule);
      state = { allowance: cap === undefined ? undefined : { remaining: cap }, usage: undefined, entries: 0, priorRequestIds: [] };
      this.days.set(key, state);
    }
    return state;
  }

  private take(state: DayState, rule: RateRule, minutes: number, units: number): TimePrice {
    state.entries += 1;
    if (rule.unit === 'half_day' || rule.unit === 'day') return priceDayShare(rule, minutes, (state.usage ??= { minutes: 0, units: 0 }));
    return priceTime(rule, minutes, units, state.allowance);
  }

  /**
   * Counts the entries of the requests that already count (approved, pending or paid) under the
   * same mandate, with their approvers' decisions (a rejected entry counts nothing, an adjusted one
   * its adjusted minutes).
   */
  addPrior(prior: readonly PriorRequest[] | undefined, mandateId: string, indexOn: (date: string) => RateIndex, level: string | undefined): void {
    if (prior === undefined) return;
    for (const request of prior) {
      if (request.mandateId !== mandateId) continue;
      const decided = new Map((request.decisions ?? []).filter((d) => d.target === 'entry').map((d) => [d.lineId, d]));
      const entries = [...request.entries].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const entry of entries) {
        const decision = decided.get(entry.id);
        if (decision?.decision === 'rejected') continue;
        const index = indexOn(entry.date);
        const category = index.categories.get(entry.category);
        if (category !== undefined && !category.compensable) continue;
        const rule = index.rule(entry.category, level);
        if (rule === undefined) continue;
        const minutes = decision?.decision === 'adjusted' && decision.adjustedMinutes !== undefined ? decision.adjustedMinutes : entry.minutes;
        const state = this.state(entry.date, rule);
        this.take(state, rule, minutes, entry.units ?? 1);
        if (!state.priorRequestIds.includes(request.id)) state.priorRequestIds.push(request.id);
      }
    }
  }

  /** Prices an entry of this request as its share of the day, and says what the day held before it. */
  price(date: string, rule: RateRule, minutes: number, units: number): { readonly price: TimePrice; readonly day: DayContext } {
    const state = this.state(date, rule);
    const day: DayContext = { date, entriesBefore: state.entries, priorRequestIds: state.priorRequestIds.length === 0 ? [] : [...state.priorRequestIds] };
    return { price: this.take(state, rule, minutes, units), day };
  }
}

function ordinal(n: number): LocalizedText {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return { fr: n === 1 ? '1re' : `${n}e`, en: `${n}${suffix}` };
}

function paidAs(rule: RateRule, units: number): LocalizedText {
  if (rule.unit === 'day') return text(units === 1 ? 'paid_as_half_day' : 'paid_as_day');
  return text(units === 1 ? 'paid_as_half_day' : 'paid_as_half_days', { units });
}

function where(day: DayContext): LocalizedText {
  return day.priorRequestIds.length === 0 ? { fr: '', en: '' } : text('note_in_request', { requests: day.priorRequestIds.join(', ') });
}

/**
 * The notes that explain an entry's share of its day: a later entry of a day already paid
 * ("2nd entry on 7 May: already paid as a half-day"), an entry that tops the day up, or time
 * capped by what other requests already claimed that day.
 */
export function dayShareNotes(rule: RateRule, price: TimePrice, minutes: number, day: DayContext): LocalizedText[] {
  const nth = ordinal(day.entriesBefore + 1);
  const date = dateText(day.date);
  const before = price.dayUnitsBefore ?? 0;
  if (rule.unit === 'half_day' || rule.unit === 'day') {
    if (before === 0 || minutes === 0) return [];
    if (price.units === 0) return [text('note_day_already_paid', { nth, date, paid: paidAs(rule, before), where: where(day) })];
    return [text('note_day_topped_up', { nth, date, paid: paidAs(rule, before), where: where(day) })];
  }
  if (price.capped && day.priorRequestIds.length > 0) {
    return [text('note_day_prior_claims', { date, where: where(day), duration: durationText(minutes) })];
  }
  return [];
}
