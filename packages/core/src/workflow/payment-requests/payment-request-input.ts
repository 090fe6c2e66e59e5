import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Lang } from '../../i18n/lang';
import { message } from '../../i18n/messages';
import { Expense } from '../../schemas/expense';
import type { Attestation } from '../../schemas/payment-request';
import { TimeEntry } from '../../schemas/time-entry';
import { IsoDate } from '../../time/calendar-date';
import { paymentRequestMessages } from './payment-request-messages';

export { paymentRequestMessages };

/** The time entries and expenses of a request, as the partner writes them (each with an id of their choosing). */
export const RequestContent = {
  /** The period covered; from the first to the last date of the lines when absent. */
  period: z.object({ from: IsoDate, to: IsoDate }).strict().optional(),
  entries: z.array(TimeEntry).max(500).default([]),
  expenses: z.array(Expense).max(200).default([]),
};

/** The attestation a partner makes when submitting, in their language. */
export function attestationOf(lang: Lang, at: string): Attestation {
  return { at, lang, text: message(paymentRequestMessages, 'attestation', lang) };
}

function invalid(key: 'duplicate_line' | 'period_order' | 'lines_outside_period', path: (string | number)[]): HonorariaError {
  return new HonorariaError('validation_failed', {
    issues: [{ path, code: key, message: { fr: paymentRequestMessages.fr[key], en: paymentRequestMessages.en[key] } }],
  });
}

/**
 * Checks the lines of a request (distinct ids across time entries and expenses, dates inside the
 * period) and returns its period: as given, or from the first to the last line, or `today` for
 * a request without lines yet. Throws `validation_failed` with the path of the problem.
 */
export function checkContent(
  content: { readonly period?: { readonly from: string; readonly to: string } | undefined; readonly entries: readonly TimeEntry[]; readonly expenses: readonly Expense[] },
  today: string,
): { readonly from: string; readonly to: string } {
  const seen = new Set<string>();
  const lines: { readonly id: string; readonly date: string; readonly path: (string | number)[] }[] = [
    ...content.entries.map((e, i) => ({ id: e.id, date: e.date, path: ['entries', i] })),
    ...content.expenses.map((e, i) => ({ id: e.id, date: e.date, path: ['expenses', i] })),
  ];
  for (const line of lines) {
    if (seen.has(line.id)) throw invalid('duplicate_line', [...line.path, 'id']);
    seen.add(line.id);
  }
  if (content.period !== undefined) {
    const { from, to } = content.period;
    if (to < from) throw invalid('period_order', ['period', 'to']);
    const outside = lines.find((l) => l.date < from || l.date > to);
    if (outside !== undefined) throw invalid('lines_outside_period', [...outside.path, 'date']);
    return { from, to };
  }
  if (lines.length === 0) return { from: today, to: today };
  const dates = lines.map((l) => l.date).sort();
  return { from: dates[0] ?? today, to: dates[dates.length - 1] ?? today };
}
