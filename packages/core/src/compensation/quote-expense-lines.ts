import type { LocalizedText } from '../i18n/lang';
import type { Allowance, ExpensePolicy } from '../schemas/expense-policy';
import type { ExpenseTreatment, QuoteExpenseLine, QuoteWarning } from '../schemas/payment-quote';
import type { CompensationKey } from './bilingual';
import { moneyText, text, warning } from './bilingual';
import { QuoteExpenseLinePart } from './quote-parts';
import type { QuoteDecisionInput, QuoteExpenseInput } from './quote-input';

/** The result of pricing the expenses of a request. */
export interface ExpenseLines {
  readonly lines: QuoteExpenseLine[];
  readonly cents: number;
  readonly taxableCents: number;
  readonly nonTaxableCents: number;
  /** Reimbursements the partner declined. */
  readonly forgoneCents: number;
}

/** What an expense line's explanation is made of. */
interface ExpenseFacts {
  readonly expense: QuoteExpenseInput;
  readonly allowance: Allowance | undefined;
  readonly rate: number;
  readonly claimed: number;
  readonly paid: number;
  readonly treatment: ExpenseTreatment;
  readonly allowed: boolean;
  readonly decision: QuoteDecisionInput | undefined;
  readonly declined: number;
  readonly currency: string;
}

function explain(f: ExpenseFacts): LocalizedText {
  const { expense: e, currency } = f;
  const typeLabel = text(`type_${e.type}` as CompensationKey);
  let head: LocalizedText;
  if (!f.allowed) head = text('expense_not_allowed', { type: typeLabel });
  else if (f.decision?.decision === 'rejected') head = text('expense_rejected', { type: typeLabel });
  else if (e.type === 'mileage') {
    head = text('expense_mileage', { km: e.km ?? 0, rate: moneyText(f.rate, currency), amount: moneyText(f.claimed, currency) });
  } else if (e.type === 'allowance') {
    head =
      f.allowance === undefined
        ? text('expense_unknown_allowance', { code: e.allowanceCode ?? '' })
        : text('expense_allowance', {
            label: f.allowance.label,
            quantity: e.quantity ?? 1,
            rate: moneyText(f.allowance.amountCents, currency),
            amount: moneyText(f.claimed, currency),
          });
  } else head = text('expense_actual', { type: typeLabel, amount: moneyText(f.claimed, currency) });
  const notes: LocalizedText[] = [];
  if (f.decision?.decision === 'adjusted' && f.decision.adjustedAmountCents !== undefined) {
    notes.push(text('expense_adjusted', { amount: moneyText(f.decision.adjustedAmountCents, currency), from: moneyText(f.claimed, currency) }));
  }
  if (f.declined > 0) notes.push(text('expense_declined', { amount: moneyText(f.declined, currency) }));
  if (f.paid > 0) notes.push(text(f.treatment === 'taxable_allowance' ? 'treatment_taxable_allowance' : 'treatment_reimbursement'));
  if (notes.length === 0) return head;
  return {
    fr: `${head.fr} (${notes.map((n) => n.fr).join(' ; ')})`,
    en: `${head.en} (${notes.map((n) => n.en).join('; ')})`,
  };
}

/**
 * Prices each expense under the mandate's expense policy: mileage at the rate per kilometre,
 * allowances at their amount (taxable or not, as configured), actual costs as claimed. Expenses
 * are reimbursements, not compensation: they never count as compensation, and only taxable
 * allowances count as income. Missing receipts, amounts needing prior approval and types the
 * policy does not allow are warnings; a type not allowed is not reimbursed.
 */
export function quoteExpenseLines(
  expenses: readonly QuoteExpenseInput[],
  decisions: ReadonlyMap<string, QuoteDecisionInput>,
  policy: ExpensePolicy,
  currency: string,
  paysExpenses: boolean,
  warnings: QuoteWarning[],
): ExpenseLines {
  const lines: QuoteExpenseLine[] = [];
  let cents = 0;
  let taxable = 0;
  let nonTaxable = 0;
  let forgone = 0;
  for (let i = 0; i < expenses.length; i += 1) {
    const e = expenses[i] as QuoteExpenseInput;
    const path = ['expenses', i];
    let treatment: ExpenseTreatment = 'reimbursement';
    let claimed: number;
    let allowance: Allowance | undefined;
    const rate = policy.kmRateCents ?? 0;
    if (e.type === 'mileage') claimed = (e.km ?? 0) * rate;
    else if (e.type === 'allowance') {
      allowance = policy.allowances.find((a) => a.code === e.allowanceCode);
      if (allowance === undefined) {
        claimed = 0;
        warnings.push(warning('unknown_allowance', 'warning', path, { code: e.allowanceCode ?? '' }, 'warn_unknown_allowance', { code: e.allowanceCode ?? '' }));
      } else {
        claimed = allowance.amountCents * (e.quantity ?? 1);
        if (allowance.taxable) treatment = 'taxable_allowance';
      }
    } else {
      claimed = e.amountCents ?? 0;
      const needsReceipt = policy.receiptsRequired && (policy.receiptThresholdCents === undefined || claimed > policy.receiptThresholdCents);
      if (needsReceipt && (e.receiptIds?.length ?? 0) === 0) {
        warnings.push(warning('receipt_missing', 'warning', path, { amountCents: claimed }, 'warn_receipt_missing', { amount: moneyText(claimed, currency) }));
      }
    }
    if (policy.preApprovalAboveCents !== undefined && claimed > policy.preApprovalAboveCents && e.preApproved !== true) {
      warnings.push(
        warning('pre_approval_required', 'warning', path, { amountCents: claimed, thresholdCents: policy.preApprovalAboveCents }, 'warn_pre_approval_required', {
          amount: moneyText(claimed, currency),
          threshold: moneyText(policy.preApprovalAboveCents, currency),
        }),
      );
    }
    let paid = claimed;
    const decision = decisions.get(e.id);
    const allowed = policy.allowedTypes.includes(e.type);
    if (!allowed) {
      paid = 0;
      warnings.push(warning('expense_not_allowed', 'warning', path, { type: e.type }, 'warn_expense_not_allowed', {}));
    }
    if (decision?.decision === 'rejected') paid = 0;
    else if (decision?.decision === 'adjusted' && decision.adjustedAmountCents !== undefined) paid = decision.adjustedAmountCents;
    let declined = 0;
    if (!paysExpenses && paid > 0) {
      declined = paid;
      forgone += paid;
      paid = 0;
    }
    if (treatment === 'taxable_allowance') taxable += paid;
    else nonTaxable += paid;
    cents += paid;
    const facts: ExpenseFacts = { expense: e, allowance, rate, claimed, paid, treatment, allowed, decision, declined, currency };
    lines.push(new QuoteExpenseLinePart({ id: e.id, date: e.date, type: e.type, claimedCents: claimed, cents: paid, treatment }, () => explain(facts)));
  }
  return { lines, cents, taxableCents: taxable, nonTaxableCents: nonTaxable, forgoneCents: forgone };
}
