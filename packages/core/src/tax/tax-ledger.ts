import { HonorariaError } from '../errors/honoraria-error';
import type { TaxYearLedger, ThresholdCrossing } from '../schemas/tax-year-ledger';
import type { Instant, TimeZone } from '../time/time-zone';
import { createMonthResolver, parseInstant } from '../time/time-zone';
import type { TaxRule } from './tax-rule';
import { requiresSlip, taxRulesForYear } from './tax-rule';

/** A payment as the ledger sees it (a {@link Payout} maps to one). Reversals are negative. */
export interface LedgerPayment {
  readonly partnerId: string;
  readonly payerId: string;
  /** When it was paid (ISO 8601 UTC); the tax year is its calendar year in the organization's time zone. */
  readonly paidAt: Instant;
  /** Compensation in cash or gift cards at face value, and taxable allowances. */
  readonly taxableCents: number;
  /** Reimbursements of expenses. */
  readonly nonTaxableCents: number;
  /** The form of the taxable part; cash unless set. */
  readonly form?: 'cash' | 'gift_card' | undefined;
}

/** Options of the ledger functions. */
export interface LedgerOptions {
  /** The organization's time zone: a payment at 23:30 on 31 December in Montréal belongs to that year. */
  readonly timeZone: TimeZone;
  /** The framework's slip rules (thresholds are read for each year). */
  readonly rules: readonly TaxRule[];
  readonly currency: string;
}

/** An empty ledger for a partner, a payer and a year. */
export function emptyLedger(partnerId: string, payerId: string, year: number, currency: string): TaxYearLedger {
  return {
    partnerId,
    payerId,
    year,
    currency,
    taxableCents: 0,
    nonTaxableCents: 0,
    byForm: { cash: 0, gift_card: 0 },
    byMonth: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    payments: 0,
    crossings: [],
  };
}

function invalid(fr: string, en: string): HonorariaError {
  return new HonorariaError('validation_failed', { message: { fr, en } });
}

function checkPayment(p: LedgerPayment, ms: number): void {
  if (!Number.isSafeInteger(p.taxableCents) || !Number.isSafeInteger(p.nonTaxableCents)) {
    throw invalid('Un montant doit être un nombre entier de cents.', 'An amount must be a whole number of cents.');
  }
  if (Number.isNaN(ms)) throw invalid('La date de paiement doit être un instant ISO 8601.', 'The payment date must be an ISO 8601 instant.');
}

/** Mutable accumulator, turned into a {@link TaxYearLedger} at the end. */
interface Acc {
  ledger: TaxYearLedger;
  taxable: number;
  nonTaxable: number;
  cash: number;
  giftCard: number;
  byMonth: number[];
  payments: number;
  crossings: ThresholdCrossing[];
  crossed: Set<string>;
  rules: readonly TaxRule[];
}

function accOf(ledger: TaxYearLedger, rules: readonly TaxRule[]): Acc {
  return {
    ledger,
    taxable: ledger.taxableCents,
    nonTaxable: ledger.nonTaxableCents,
    cash: ledger.byForm.cash,
    giftCard: ledger.byForm.gift_card,
    byMonth: [...ledger.byMonth],
    payments: ledger.payments,
    crossings: [...ledger.crossings],
    crossed: new Set(ledger.crossings.map((c) => c.ruleId)),
    rules: taxRulesForYear(rules, ledger.year),
  };
}

function add(acc: Acc, p: LedgerPayment, month: number): void {
  const before = acc.taxable;
  acc.taxable += p.taxableCents;
  acc.nonTaxable += p.nonTaxableCents;
  if (p.form === 'gift_card') acc.giftCard += p.taxableCents;
  else acc.cash += p.taxableCents;
  acc.byMonth[month] = (acc.byMonth[month] ?? 0) + p.taxableCents;
  acc.payments += 1;
  if (p.taxableCents <= 0) return;
  for (const rule of acc.rules) {
    if (acc.crossed.has(rule.id)) continue;
    if (requiresSlip(rule, acc.taxable) && !requiresSlip(rule, before)) {
      acc.crossed.add(rule.id);
      acc.crossings.push({ ruleId: rule.id, kind: rule.kind, at: p.paidAt });
    }
  }
}

function done(acc: Acc): TaxYearLedger {
  return {
    ...acc.ledger,
    taxableCents: acc.taxable,
    nonTaxableCents: acc.nonTaxable,
    byForm: { cash: acc.cash, gift_card: acc.giftCard },
    byMonth: acc.byMonth,
    payments: acc.payments,
    crossings: acc.crossings,
  };
}

/**
 * Adds one payment to a partner-payer-year ledger and returns the new ledger (the old one is not
 * touched). Records when each slip threshold of the year is first crossed — at most once per
 * rule: a reversal below the threshold and a new payment above it do not cross it again. Throws
 * `validation_failed` when the payment belongs to another partner, payer or year.
 */
export function recordPayment(ledger: TaxYearLedger, payment: LedgerPayment, options: Pick<LedgerOptions, 'timeZone' | 'rules'>): TaxYearLedger {
  const ms = parseInstant(payment.paidAt);
  checkPayment(payment, ms);
  const index = createMonthResolver(options.timeZone)(ms);
  const year = Math.floor(index / 12);
  if (payment.partnerId !== ledger.partnerId || payment.payerId !== ledger.payerId || year !== ledger.year) {
    throw invalid('Ce paiement appartient à un autre registre (personne, payeur ou année).', 'This payment belongs to another ledger (partner, payer or year).');
  }
  const acc = accOf(ledger, options.rules);
  add(acc, payment, index - year * 12);
  return done(acc);
}

/**
 * Builds the ledgers of many payments (one per partner, payer and calendar year in the
 * organization's time zone), in one pass. Payments are taken in chronological order (sorted
 * first when they are not; at the same instant, reversals first), so threshold crossings are
 * dated by the payment that crossed and the order of the input never matters.
 * Ledgers come back sorted by partner, payer and year.
 */
export function buildTaxLedgers(payments: readonly LedgerPayment[], options: LedgerOptions): TaxYearLedger[] {
  const n = payments.length;
  const times = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i += 1) {
    const p = payments[i] as LedgerPayment;
    const ms = parseInstant(p.paidAt);
    checkPayment(p, ms);
    times[i] = ms;
    if (i > 0) {
      const prev = times[i - 1] as number;
      if (ms < prev || (ms === prev && p.taxableCents < (payments[i - 1] as LedgerPayment).taxableCents)) sorted = false;
    }
  }
  let order: ArrayLike<number> | undefined;
  if (!sorted) {
    const idx = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) idx[i] = i;
    // Chronological; payments at the same instant take reversals first, so the input order never matters.
    idx.sort(
      (a, b) =>
        (times[a] as number) - (times[b] as number) ||
        (payments[a] as LedgerPayment).taxableCents - (payments[b] as LedgerPayment).taxableCents ||
        a - b,
    );
    order = idx;
  }
  const monthOf = createMonthResolver(options.timeZone);
  // Ledgers by partner, then payer, then year: lookups on the input's own strings, no key built per line.
  const accs = new Map<string, Map<string, Map<number, Acc>>>();
  const all: Acc[] = [];
  const rulesByYear = new Map<number, readonly TaxRule[]>();
  let last: Acc | undefined;
  for (let k = 0; k < n; k += 1) {
    const i = order === undefined ? k : (order[k] as number);
    const p = payments[i] as LedgerPayment;
    const index = monthOf(times[i] as number);
    const year = Math.floor(index / 12);
    let acc = last;
    if (acc === undefined || acc.ledger.partnerId !== p.partnerId || acc.ledger.payerId !== p.payerId || acc.ledger.year !== year) {
      let byPayer = accs.get(p.partnerId);
      if (byPayer === undefined) {
        byPayer = new Map();
        accs.set(p.partnerId, byPayer);
      }
      let byYear = byPayer.get(p.payerId);
      if (byYear === undefined) {
        byYear = new Map();
        byPayer.set(p.payerId, byYear);
      }
      acc = byYear.get(year);
      if (acc === undefined) {
        let rules = rulesByYear.get(year);
        if (rules === undefined) {
          rules = taxRulesForYear(options.rules, year);
          rulesByYear.set(year, rules);
        }
        acc = { ...accOf(emptyLedger(p.partnerId, p.payerId, year, options.currency), []), rules };
        byYear.set(year, acc);
        all.push(acc);
      }
      last = acc;
    }
    add(acc, p, index - year * 12);
  }
  const ledgers = all.map(done);
  ledgers.sort((a, b) =>
    a.partnerId !== b.partnerId
      ? a.partnerId < b.partnerId ? -1 : 1
      : a.payerId !== b.payerId
        ? a.payerId < b.payerId ? -1 : 1
        : a.year - b.year,
  );
  return ledgers;
}
