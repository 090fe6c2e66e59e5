import type { LocalizedText } from '../i18n/lang';
import type { CompensationPreference } from '../schemas/compensation-preference';
import type { PaymentQuote, QuoteLine, QuoteWarning } from '../schemas/payment-quote';
import { formatMonth } from '../time/format-date';
import { moneyText, text, warning } from './bilingual';
import type { PriorRequest } from './quote-input';

/** What the partner's period caps do to a request: adjustment and carry-over lines, and the excess. */
export interface PeriodCapResult {
  readonly lines: QuoteLine[];
  readonly overflow?: PaymentQuote['capOverflow'];
}

interface MonthWork {
  cents: number;
  last: string;
}

interface Carried {
  readonly originRequestId: string | undefined;
  readonly period: string;
  cents: number;
}

function monthText(month: string): LocalizedText {
  return { fr: formatMonth(month, 'fr'), en: formatMonth(month, 'en') };
}

function add(map: Map<string, number>, key: string, cents: number): void {
  map.set(key, (map.get(key) ?? 0) + cents);
}

/**
 * What the partner's earlier requests left: compensation by month and by year of work date (time
 * lines, cap adjustments and carried amounts alike), and the excess still owed under
 * `carry_over` (cap adjustments carried, less what later requests already carried).
 */
function priorUsage(prior: readonly PriorRequest[]): { months: Map<string, number>; years: Map<string, number>; owed: Carried[] } {
  const months = new Map<string, number>();
  const years = new Map<string, number>();
  const owed = new Map<string, Carried>();
  const key = (origin: string | undefined, period: string) => `${origin ?? ''}\u0000${period}`;
  for (const request of prior) {
    for (const line of request.quote?.lines ?? []) {
      if (line.date !== undefined && line.cents !== 0) {
        add(months, line.date.slice(0, 7), line.cents);
        add(years, line.date.slice(0, 4), line.cents);
      }
      if (line.period === undefined) continue;
      if (line.kind === 'cap_adjustment' && line.overflow === 'carry_over') {
        const k = key(request.id, line.period);
        const found = owed.get(k);
        if (found === undefined) owed.set(k, { originRequestId: request.id, period: line.period, cents: -line.cents });
        else found.cents -= line.cents;
      } else if (line.kind === 'carry_over') {
        const origin = line.originRequestId ?? request.id;
        const k = key(origin, line.period);
        const found = owed.get(k);
        if (found === undefined) owed.set(k, { originRequestId: origin, period: line.period, cents: -line.cents });
        else found.cents -= line.cents;
      }
    }
  }
  const list = [...owed.values()].filter((c) => c.cents > 0).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { months, years, owed: list };
}

function line(data: Omit<QuoteLine, 'minutes' | 'billableMinutes' | 'units' | 'rateCents' | 'taxable'>): QuoteLine {
  return { ...data, minutes: 0, billableMinutes: 0, units: 0, rateCents: 0, taxable: true };
}

/**
 * Applies the partner's self-declared monthly and yearly caps, month by month of **work date**:
 * each month of the request has the room its caps leave after what the partner's earlier requests
 * that count (pending, approved, paid, under every mandate of the payer) already claimed for work
 * in that month and year. What exceeds the room is taken off by a `cap_adjustment` line dated in
 * that month. Under `carry_over`, the excess is owed: it is paid by `carry_over` lines in the
 * first later month (of this request or a later one) whose caps leave room, each naming the month
 * and the request it came from. Under `waive` it is not paid; under `non_financial` it becomes
 * non-financial recognition.
 *
 * `pref` is `undefined` when the partner does not cap (owed carry-over is then paid in full).
 */
export function applyPeriodCaps(
  pref: Pick<CompensationPreference, 'capPerMonthCents' | 'capPerYearCents' | 'capOverflow'> | undefined,
  timeLines: readonly QuoteLine[],
  prior: readonly PriorRequest[] | undefined,
  currency: string,
  warnings: QuoteWarning[],
): PeriodCapResult {
  const work = new Map<string, MonthWork>();
  for (const l of timeLines) {
    if (l.date === undefined) continue;
    const month = l.date.slice(0, 7);
    const found = work.get(month);
    if (found === undefined) work.set(month, { cents: l.cents, last: l.date });
    else {
      found.cents += l.cents;
      if (l.date > found.last) found.last = l.date;
    }
  }
  const usage = priorUsage(prior ?? []);
  if (pref === undefined && usage.owed.length === 0) return { lines: [] };
  const capMonth = pref?.capPerMonthCents;
  const capYear = pref?.capPerYearCents;
  const treatment = pref?.capOverflow ?? 'waive';
  const lines: QuoteLine[] = [];
  const owed = usage.owed;
  let overflow: PaymentQuote['capOverflow'];
  for (const month of [...work.keys()].sort()) {
    const { cents, last } = work.get(month) as MonthWork;
    const year = month.slice(0, 4);
    const usedMonth = usage.months.get(month) ?? 0;
    const usedYear = usage.years.get(year) ?? 0;
    const roomMonth = capMonth === undefined ? Number.POSITIVE_INFINITY : Math.max(0, capMonth - usedMonth);
    const roomYear = capYear === undefined ? Number.POSITIVE_INFINITY : Math.max(0, capYear - usedYear);
    const room = Math.min(roomMonth, roomYear);
    const period = roomMonth <= roomYear ? 'month' : 'year';
    const cap = (period === 'month' ? capMonth : capYear) ?? 0;
    const periodText = text(period === 'month' ? 'period_month' : 'period_year');
    let paid = cents;
    if (cents > room) {
      const cut = cents - room;
      paid = room;
      const treatmentText = text(`overflow_${treatment}`);
      warnings.push(
        warning('partner_cap_exceeded', 'warning', [], { period, month, capCents: cap, overflowCents: cut, treatment }, 'warn_cap_exceeded', {
          period: periodText,
          cap: moneyText(cap, currency),
          overflow: moneyText(cut, currency),
          treatment: treatmentText,
        }),
      );
      lines.push(
        line({
          id: `partner_cap:${month}`,
          kind: 'cap_adjustment',
          date: last,
          ruleId: 'partner_cap',
          ruleCents: -cut,
          cents: -cut,
          overflow: treatment,
          period: month,
          explanation: text('line_cap_month', {
            period: periodText,
            month: monthText(month),
            cap: moneyText(cap, currency),
            amount: moneyText(cut, currency),
            treatment: treatmentText,
          }),
        }),
      );
      overflow = overflow === undefined ? { cents: cut, treatment, period } : { ...overflow, cents: overflow.cents + cut };
      if (treatment === 'carry_over') owed.push({ originRequestId: undefined, period: month, cents: cut });
    } else if (cents === room && cents > 0) {
      warnings.push(warning('partner_cap_reached', 'info', [], { period, month, capCents: cap }, 'warn_cap_reached', { period: periodText, cap: moneyText(cap, currency) }));
    }
    usage.months.set(month, usedMonth + paid);
    usage.years.set(year, usedYear + paid);
    let left = room - paid;
    for (const carried of owed) {
      if (left <= 0) break;
      if (carried.cents <= 0 || carried.period >= month) continue;
      const take = Math.min(left, carried.cents);
      carried.cents -= take;
      left -= take;
      add(usage.months, month, take);
      add(usage.years, year, take);
      const from = carried.originRequestId === undefined ? text('carry_this_request') : text('carry_request', { request: carried.originRequestId });
      const params = { amount: moneyText(take, currency), from: monthText(carried.period), request: from, month: monthText(month) };
      lines.push(
        line({
          id: `carry_over:${carried.originRequestId ?? ''}:${carried.period}:${month}`,
          kind: 'carry_over',
          date: last,
          ruleId: 'carry_over',
          ruleCents: take,
          cents: take,
          period: carried.period,
          ...(carried.originRequestId === undefined ? {} : { originRequestId: carried.originRequestId }),
          explanation: text('line_carry_over', params),
        }),
      );
      warnings.push(
        warning(
          'cap_carried_over',
          'info',
          [],
          { amountCents: take, fromMonth: carried.period, toMonth: month, ...(carried.originRequestId === undefined ? {} : { originRequestId: carried.originRequestId }) },
          'warn_cap_carried_over',
          params,
        ),
      );
    }
  }
  return overflow === undefined ? { lines } : { lines, overflow };
}
