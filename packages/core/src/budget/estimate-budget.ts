import { HonorariaError } from '../errors/honoraria-error';
import type { Framework } from '../framework/framework-config';
import { findRateRule, rateScheduleOn } from '../framework/rates';
import type { LocalizedText } from '../i18n/lang';
import type { MessageParams } from '../i18n/messages';
import { translateWith } from '../i18n/messages';
import { budgetMessages } from '../i18n/messages/budget';
import { parseOrThrow } from '../i18n/zod-issues';
import { formatCents } from '../money/format-money';
import { applyPercent } from '../money/rounding';
import type { QuoteWarning } from '../schemas/payment-quote';
import { yearOfDate } from '../time/calendar-date';
import { requiresSlip, taxRulesForYear } from '../tax/tax-rule';
import { dailyCapOf, priceTime } from '../compensation/price-time';
import { explainTimePrice } from '../compensation/quote-time-lines';
import type { BudgetPlanInput, PlannedEngagement } from './budget-plan';
import { BudgetPlan } from './budget-plan';

/** One planned activity, priced. */
export interface BudgetLine {
  readonly id: string;
  readonly label?: string;
  readonly category: string;
  /** The rule that prices it, or `not_compensable` / `no_rate_rule`. */
  readonly ruleId: string;
  readonly partners: number;
  readonly sessions: number;
  readonly minutesPerSession: number;
  /** Compensation for one person and one session. */
  readonly sessionCents: number;
  readonly compensationCents: number;
  /** Expenses for one person and one session. */
  readonly sessionExpenseCents: number;
  readonly expenseCents: number;
  /** The taxable part (compensation and taxable allowances). */
  readonly taxableCents: number;
  readonly explanation: LocalizedText;
}

/** A budget estimate, computed with the same rules as quotes. */
export interface BudgetEstimate {
  readonly currency: string;
  readonly scheduleId?: string;
  readonly lines: readonly BudgetLine[];
  readonly compensationCents: number;
  readonly expenseCents: number;
  readonly contingencyCents: number;
  readonly totalCents: number;
  /** What one person taking part in every activity would receive as taxable income. */
  readonly maxTaxablePerPartnerCents: number;
  readonly warnings: readonly QuoteWarning[];
}

type Key = keyof typeof budgetMessages.fr;

function say(key: Key, fr: MessageParams, en: MessageParams = fr): LocalizedText {
  return translateWith(budgetMessages, key, fr, en);
}

function money2(cents: number, currency: string): [string, string] {
  return [formatCents(cents, currency, 'fr'), formatCents(cents, currency, 'en')];
}

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new HonorariaError('validation_failed', {
      message: { fr: 'Le budget dépasse les montants représentables.', en: 'The budget exceeds representable amounts.' },
    });
  }
  return value;
}

/**
 * Estimates the budget of a plan (partners × sessions × duration × category, plus expenses) with
 * the framework's rules in force on the plan's date — the same rounding, minimums, daily caps and
 * expense policy as quotes (each session is one day) — for grant applications. Adds a
 * contingency and says when a person taking part in everything would pass a slip threshold.
 * Invalid plans throw `validation_failed` with issues by path.
 */
export function estimateBudget(
  plan: BudgetPlanInput,
  framework: Pick<Framework, 'currency' | 'rateSchedules' | 'activityCategories' | 'expensePolicy' | 'tax'>,
): BudgetEstimate {
  const p = parseOrThrow(BudgetPlan, plan);
  const currency = framework.currency;
  const schedule = rateScheduleOn(framework, p.on);
  const categories = new Map(framework.activityCategories.map((c) => [c.code, c]));
  const policy = framework.expensePolicy;
  const warnings: QuoteWarning[] = [];
  const lines: BudgetLine[] = [];
  let compensation = 0;
  let expenses = 0;
  let perPartner = 0;
  p.activities.forEach((a: PlannedEngagement, i) => {
    const id = a.id ?? String(i + 1);
    const category = categories.get(a.category);
    const categoryLabel = category?.label ?? { fr: a.category, en: a.category };
    const rule = schedule === undefined ? undefined : findRateRule(schedule.rules, a.category, a.engagementLevel ?? p.engagementLevel);
    let ruleId: string;
    let sessionCents = 0;
    let head: LocalizedText;
    if (category !== undefined && !category.compensable) {
      ruleId = 'not_compensable';
      head = say('not_compensable', { category: categoryLabel.fr }, { category: categoryLabel.en });
    } else if (rule === undefined) {
      ruleId = 'no_rate_rule';
      head = say('no_rule', { category: categoryLabel.fr }, { category: categoryLabel.en });
      warnings.push({
        code: 'no_rate_rule',
        severity: 'warning',
        path: ['activities', i],
        params: { category: a.category },
        message: say('warn_no_rate_rule', { category: categoryLabel.fr }, { category: categoryLabel.en }),
      });
    } else {
      ruleId = rule.id;
      const cap = dailyCapOf(rule);
      const price = priceTime(rule, a.minutesPerSession, a.unitsPerSession, cap === undefined ? undefined : { remaining: cap });
      sessionCents = price.cents;
      head = explainTimePrice(rule, price, a.minutesPerSession, a.minutesPerSession, categoryLabel, currency);
    }
    let sessionExpense = 0;
    let sessionTaxableExpense = 0;
    a.expensesPerSession.forEach((e, j) => {
      let cents = 0;
      let taxable = false;
      if (!policy.allowedTypes.includes(e.type)) {
        warnings.push({
          code: 'expense_not_allowed',
          severity: 'warning',
          path: ['activities', i, 'expensesPerSession', j],
          params: { type: e.type },
          message: say('warn_expense_not_allowed', {}),
        });
      } else if (e.type === 'mileage') cents = (e.km ?? 0) * (policy.kmRateCents ?? 0);
      else if (e.type === 'allowance') {
        const allowance = policy.allowances.find((x) => x.code === e.allowanceCode);
        cents = (allowance?.amountCents ?? 0) * e.quantity;
        taxable = allowance?.taxable ?? false;
      } else cents = (e.amountCents ?? 0) * e.quantity;
      sessionExpense += cents;
      if (taxable) sessionTaxableExpense += cents;
    });
    const people = a.partners * a.sessions;
    const comp = safe(sessionCents * people);
    const exp = safe(sessionExpense * people);
    const [sFr, sEn] = money2(sessionCents, currency);
    const [aFr, aEn] = money2(comp, currency);
    const counts = { sessions: a.sessions, partners: a.partners };
    let explanation = say('line', { ...counts, session: sFr, amount: aFr }, { ...counts, session: sEn, amount: aEn });
    explanation = { fr: `${head.fr} ; ${explanation.fr}`, en: `${head.en}; ${explanation.en}` };
    if (exp > 0) {
      const [pFr, pEn] = money2(sessionExpense, currency);
      const [eFr, eEn] = money2(exp, currency);
      const more = say('line_expenses', { perSession: pFr, amount: eFr }, { perSession: pEn, amount: eEn });
      explanation = { fr: `${explanation.fr} ; ${more.fr}`, en: `${explanation.en}; ${more.en}` };
    }
    const taxable = safe((sessionCents + sessionTaxableExpense) * people);
    perPartner += (sessionCents + sessionTaxableExpense) * a.sessions;
    compensation += comp;
    expenses += exp;
    const line: BudgetLine = {
      id,
      category: a.category,
      ruleId,
      partners: a.partners,
      sessions: a.sessions,
      minutesPerSession: a.minutesPerSession,
      sessionCents,
      compensationCents: comp,
      sessionExpenseCents: sessionExpense,
      expenseCents: exp,
      taxableCents: taxable,
      explanation,
      ...(a.label === undefined ? {} : { label: a.label }),
    };
    lines.push(line);
  });
  const subtotal = safe(compensation + expenses);
  const contingency = applyPercent(subtotal, p.contingencyPercent, 'up');
  const year = yearOfDate(p.on);
  const rule = taxRulesForYear(framework.tax.rules, year)
    .filter((r) => !r.alwaysIssue)
    .sort((x, y) => x.thresholdCents - y.thresholdCents)
    .find((r) => requiresSlip(r, perPartner));
  if (rule !== undefined) {
    const [aFr, aEn] = money2(perPartner, currency);
    const [tFr, tEn] = money2(rule.thresholdCents, currency);
    warnings.push({
      code: 'slip_likely',
      severity: 'info',
      path: [],
      params: { amountCents: perPartner, thresholdCents: rule.thresholdCents, slip: rule.kind },
      message: say('warn_slip_likely', { amount: aFr, threshold: tFr, slip: rule.kind }, { amount: aEn, threshold: tEn, slip: rule.kind }),
    });
  }
  return {
    currency,
    ...(schedule === undefined ? {} : { scheduleId: schedule.id }),
    lines,
    compensationCents: compensation,
    expenseCents: expenses,
    contingencyCents: contingency,
    totalCents: subtotal + contingency,
    maxTaxablePerPartnerCents: perPartner,
    warnings,
  };
}
