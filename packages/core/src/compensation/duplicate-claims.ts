import type { QuoteExpenseLine, QuoteWarning } from '../schemas/payment-quote';
import { dateText, moneyText, warning } from './bilingual';
import type { PriorRequest, QuoteEntryInput } from './quote-input';

/**
 * Flags work that may be claimed twice, as warnings the approver sees (never a refusal: two
 * meetings of the same kind on one day happen):
 * - `possible_duplicate_entry`: an entry of the same date and category as an entry of an earlier
 *   request of the partner that counts (not rejected by its approver);
 * - `possible_duplicate_expense`: an expense of the same date and amount as one of an earlier
 *   request, or as another expense of this request.
 */
export function flagDuplicateClaims(
  entries: readonly QuoteEntryInput[],
  expenseLines: readonly QuoteExpenseLine[],
  prior: readonly PriorRequest[] | undefined,
  currency: string,
  warnings: QuoteWarning[],
): void {
  const claimed = new Map<string, string>();
  const spent = new Map<string, string>();
  for (const request of prior ?? []) {
    const rejected = new Set((request.decisions ?? []).filter((d) => d.decision === 'rejected').map((d) => `${d.target}:${d.lineId}`));
    for (const e of request.entries) {
      if (rejected.has(`entry:${e.id}`)) continue;
      const key = `${e.date}\u0000${e.category}`;
      if (!claimed.has(key)) claimed.set(key, request.id);
    }
    for (const x of request.quote?.expenseLines ?? []) {
      if (rejected.has(`expense:${x.id}`) || x.claimedCents === 0) continue;
      const key = `${x.date}\u0000${x.claimedCents}`;
      if (!spent.has(key)) spent.set(key, request.id);
    }
  }
  entries.forEach((e, i) => {
    const requestId = claimed.get(`${e.date}\u0000${e.category}`);
    if (requestId === undefined) return;
    warnings.push(
      warning('possible_duplicate_entry', 'warning', ['entries', i], { date: e.date, category: e.category, requestId }, 'warn_duplicate_entry', {
        date: dateText(e.date),
        category: e.category,
        request: requestId,
      }),
    );
  });
  const seen = new Set<string>();
  expenseLines.forEach((x, i) => {
    if (x.claimedCents === 0) return;
    const key = `${x.date}\u0000${x.claimedCents}`;
    const requestId = spent.get(key) ?? (seen.has(key) ? '' : undefined);
    seen.add(key);
    if (requestId === undefined) return;
    const params = { date: dateText(x.date), amount: moneyText(x.claimedCents, currency) };
    warnings.push(
      requestId === ''
        ? warning('possible_duplicate_expense', 'warning', ['expenses', i], { date: x.date, amountCents: x.claimedCents }, 'warn_duplicate_expense_same', params)
        : warning('possible_duplicate_expense', 'warning', ['expenses', i], { date: x.date, amountCents: x.claimedCents, requestId }, 'warn_duplicate_expense', {
            ...params,
            request: requestId,
          }),
    );
  });
}
