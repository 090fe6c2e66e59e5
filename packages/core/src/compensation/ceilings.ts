import type { ErrorIssue } from '../errors/honoraria-error';
import { HonorariaError } from '../errors/honoraria-error';
import type { ClaimLimits } from '../framework/claim-limits';
import { translateWith } from '../i18n/messages';
import { validationMessages } from '../i18n/messages/validation';
import { formatCents } from '../money/format-money';
import type { QuoteExpenseLine, QuoteLine } from '../schemas/payment-quote';

/**
 * Refuses (`validation_failed`, in French and English, with the path of each line) a priced
 * request whose lines or total pass the framework's ceilings: a time line whose rule gives more
 * than `maxLineCents`, an expense claimed above it, a total above `maxRequestCents`. Every sum
 * of a quote that passes is a safe integer.
 */
export function checkCeilings(lines: readonly QuoteLine[], expenseLines: readonly QuoteExpenseLine[], total: number, limits: ClaimLimits, currency: string): void {
  const issues: ErrorIssue[] = [];
  const line = (path: (string | number)[]): void => {
    const max = { fr: formatCents(limits.maxLineCents, currency, 'fr'), en: formatCents(limits.maxLineCents, currency, 'en') };
    issues.push({ path, code: 'too_big', message: translateWith(validationMessages, 'custom_line_too_big', { maximum: max.fr }, { maximum: max.en }) });
  };
  let i = 0;
  for (const l of lines) {
    if (l.kind === 'time' && l.ruleCents > limits.maxLineCents) line(['entries', i]);
    if (l.kind === 'time') i += 1;
  }
  expenseLines.forEach((x, j) => {
    if (x.claimedCents > limits.maxLineCents) line(['expenses', j]);
  });
  if (!Number.isSafeInteger(total) || total > limits.maxRequestCents) {
    const max = { fr: formatCents(limits.maxRequestCents, currency, 'fr'), en: formatCents(limits.maxRequestCents, currency, 'en') };
    issues.push({ path: [], code: 'too_big', message: translateWith(validationMessages, 'custom_request_too_big', { maximum: max.fr }, { maximum: max.en }) });
  }
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
}
