import { HonorariaError } from '../errors/honoraria-error';
import type { CompensationPreference } from '../schemas/compensation-preference';
import type { PaymentQuote, QuoteWarning } from '../schemas/payment-quote';
import { hasUsableSin } from '../schemas/tax-profile';
import { yearOfDate } from '../time/calendar-date';
import type { TaxRule } from '../tax/tax-rule';
import { appliesToProvince, requiresSlip, taxRulesForYear } from '../tax/tax-rule';
import { budgetUse } from './budget-weight';
import { dateText, durationText, moneyText, warning } from './bilingual';
import { applyPeriodCaps } from './period-caps';
import { flagDuplicateClaims } from './duplicate-claims';
import { checkCeilings } from './ceilings';
import { DEFAULT_CLAIM_LIMITS } from '../framework/claim-limits';
import type { QuoteContext, QuoteDecisionInput, QuoteRequest } from './quote-input';
import { quoteExpenseLines } from './quote-expense-lines';
import type { PaymentChoice } from './quote-time-lines';
import { quoteTimeLines } from './quote-time-lines';
import { rateIndexOf } from './rate-index';
import { validateQuoteInput } from './validate-quote-input';

const NO_DECISIONS: ReadonlyMap<string, QuoteDecisionInput> = new Map();

const slipRuleCache = new WeakMap<readonly TaxRule[], Map<string, readonly TaxRule[]>>();

/** The slip rules of a year and province, lowest threshold first; cached per rule list (configuration is frozen). */
function slipRulesOf(rules: readonly TaxRule[], year: number, province: string | undefined): readonly TaxRule[] {
  let byKey = slipRuleCache.get(rules);
  if (byKey === undefined) {
    byKey = new Map();
    slipRuleCache.set(rules, byKey);
  }
  const key = `${year}:${province ?? ''}`;
  let found = byKey.get(key);
  if (found === undefined) {
    found = taxRulesForYear(rules, year)
      .filter((r) => appliesToProvince(r, province))
      .sort((a, b) => a.thresholdCents - b.thresholdCents);
    byKey.set(key, found);
  }
  return found;
}

function activePreference(pref: CompensationPreference | undefined, asOf: string, warnings: QuoteWarning[]): CompensationPreference | undefined {
  if (pref === undefined) return undefined;
  if (pref.validUntil !== undefined && pref.validUntil < asOf) {
    warnings.push(
      warning('preference_expired', 'info', [], { date: pref.validUntil }, 'warn_preference_expired', { date: dateText(pref.validUntil) }),
    );
    return undefined;
  }
  return pref;
}

/**
 * Prices a payment request under its mandate's frozen rate snapshot: one line per time entry
 * (the rule that produced it and an explanation in French and English), the partner's cap as an
 * adjustment line when it applies, one line per expense with its tax treatment, the subtotals,
 * the taxable part, and the warnings (budget at 80 % and 100 %, maximum time, dates outside the
 * mandate, categories not allowed, late submission, caps, missing SIN near a slip threshold,
 * receipts, pre-approval, gift cards).
 *
 * Pure and deterministic: no clock (`asOf` is the submission date), no I/O, inputs untouched; the
 * same input gives the same quote. Warnings are data, never exceptions. Invalid input (a negative
 * number of minutes, a malformed date) throws `validation_failed` with issues by path; a mandate
 * without a rate snapshot (not approved) throws `rule_violation`.
 *
 * The compensation subtotal is the sum of the lines, the expense subtotal the sum of the expense
 * lines, and the total their sum: nothing is rounded after the lines.
 */
export function quotePaymentRequest(request: QuoteRequest, context: QuoteContext): PaymentQuote {
  validateQuoteInput(request, context);
  const { mandate, framework, partner, asOf } = context;
  const snapshot = mandate.rateSnapshot;
  if (snapshot === undefined) {
    throw new HonorariaError('rule_violation', {
      message: {
        fr: 'Le mandat n’a pas d’instantané des taux : il doit être approuvé avant toute demande de paiement.',
        en: 'The mandate has no rate snapshot: it must be approved before any payment request.',
      },
      details: { mandateId: mandate.id },
    });
  }
  const currency = snapshot.currency;
  const warnings: QuoteWarning[] = [];
  const pref = activePreference(partner.compensationPreference, asOf, warnings);
  const mode = pref?.mode ?? 'accept';
  const form = mandate.paymentForm ?? pref?.preferredForm ?? 'cash';
  const choice: PaymentChoice = { mode, form, paysCompensation: (mode === 'accept' || mode === 'cap') && form !== 'non_financial' };

  let entryDecisions = NO_DECISIONS;
  let expenseDecisions = NO_DECISIONS;
  if (request.decisions !== undefined && request.decisions.length > 0) {
    const entries = new Map<string, QuoteDecisionInput>();
    const expenses = new Map<string, QuoteDecisionInput>();
    for (const d of request.decisions) (d.target === 'entry' ? entries : expenses).set(d.lineId, d);
    entryDecisions = entries;
    expenseDecisions = expenses;
  }

  const time = quoteTimeLines(request.entries, entryDecisions, context, rateIndexOf(snapshot), choice, warnings);
  const lines = time.lines;
  let compensation = time.cents;
  let capOverflow: PaymentQuote['capOverflow'];
  if (choice.paysCompensation) {
    const caps = applyPeriodCaps(pref?.mode === 'cap' ? pref : undefined, lines, context.prior, currency, warnings);
    for (const line of caps.lines) {
      lines.push(line);
      compensation += line.cents;
    }
    capOverflow = caps.overflow;
  }

  const policy = mandate.expensePolicy ?? framework.expensePolicy;
  const expenses = quoteExpenseLines(request.expenses ?? [], expenseDecisions, policy, currency, mode !== 'decline_all', warnings);
  checkCeilings(lines, expenses.lines, compensation + expenses.cents, framework.limits ?? DEFAULT_CLAIM_LIMITS, currency);
  flagDuplicateClaims(request.entries, expenses.lines, context.prior, currency, warnings);
  const total = compensation + expenses.cents;
  const taxable = compensation + expenses.taxableCents;

  // Budget of the mandate, by the one rule the approval applies (budgetUse): beyond the cap
  // with what is approved is blocking; approved + pending reaching 100 % or 80 % is a warning.
  const use = budgetUse(mandate, { compensationCents: compensation, totalCents: total, recordedMinutes: time.recordedMinutes });
  const budgetCap = use.capCents;
  const committed = use.committedCents;
  const budgetRaw = { committedCents: committed, capCents: budgetCap };
  if (use.excessCents > 0) {
    warnings.push(
      warning('budget_exceeded', 'blocking', [], { ...budgetRaw, approvedAfterCents: use.approvedAfterCents, excessCents: use.excessCents }, 'warn_budget_exceeded', {
        excess: moneyText(use.excessCents, currency),
        committed: moneyText(use.approvedAfterCents, currency),
        cap: moneyText(budgetCap, currency),
      }),
    );
  } else if (committed >= budgetCap && use.requestCents > 0) {
    warnings.push(warning('budget_reached', 'warning', [], budgetRaw, 'warn_budget_reached', { cap: moneyText(budgetCap, currency) }));
  } else if (budgetCap > 0 && committed * 100 >= budgetCap * 80) {
    const percent = Math.floor((committed * 100) / budgetCap);
    warnings.push(
      warning('budget_80', 'warning', [], { ...budgetRaw, percent }, 'warn_budget_80', {
        percent,
        committed: moneyText(committed, currency),
        cap: moneyText(budgetCap, currency),
      }),
    );
  }

  // Maximum time of the mandate (the same rule: approved minutes and this request's).
  if (mandate.maxMinutes !== undefined && use.excessMinutes > 0) {
    warnings.push(
      warning('max_minutes_exceeded', 'blocking', [], { usedMinutes: use.approvedAfterMinutes, maxMinutes: mandate.maxMinutes }, 'warn_max_minutes_exceeded', {
        used: durationText(use.approvedAfterMinutes),
        max: durationText(mandate.maxMinutes),
      }),
    );
  }

  // A slip threshold crossed without a usable SIN.
  if (taxable > 0) {
    const year = yearOfDate(asOf);
    const prior = context.ledger !== undefined && context.ledger.year === year ? context.ledger.taxableCents : 0;
    const after = prior + taxable;
    const rule = slipRulesOf(framework.tax.rules, year, context.taxProfile?.province).find((r) => requiresSlip(r, after));
    if (rule !== undefined && !hasUsableSin(context.taxProfile, asOf)) {
      warnings.push(
        warning(
          'sin_missing',
          framework.tax.missingSin === 'block' ? 'blocking' : 'warning',
          [],
          { totalCents: after, thresholdCents: rule.thresholdCents, slip: rule.kind, ruleId: rule.id },
          'warn_sin_missing',
          { total: moneyText(after, currency), slip: rule.kind, threshold: moneyText(rule.thresholdCents, currency) },
        ),
      );
    }
  }
  if (form === 'gift_card' && compensation > 0) {
    warnings.push(warning('gift_card_taxable', 'info', [], { amountCents: compensation }, 'warn_gift_card_taxable', {}));
  }

  const quote: PaymentQuote = {
    mandateId: mandate.id,
    partnerId: partner.id,
    currency,
    asOf,
    scheduleId: snapshot.scheduleId,
    preference: mode,
    paymentForm: form,
    lines,
    expenseLines: expenses.lines,
    recordedMinutes: time.recordedMinutes,
    billableMinutes: time.billableMinutes,
    compensationCents: compensation,
    expenseCents: expenses.cents,
    totalCents: total,
    taxableCents: taxable,
    nonTaxableCents: expenses.nonTaxableCents,
    forgoneCents: time.forgoneCents + expenses.forgoneCents,
    warnings,
  };
  if (capOverflow !== undefined) quote.capOverflow = capOverflow;
  return quote;
}
