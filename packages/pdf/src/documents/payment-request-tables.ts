// The tables of a payment request: time lines with the rule and the explanation of each, expense
// lines with their tax treatment, the subtotals, and the approver's decision on each line.

import type { Expense, Framework, LineDecision, Mandate, PaymentQuote, PaymentRequest, QuoteLine, TimeEntry } from '@honoraria/core';
import type { Block, TableCell, TableRow } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { personOf } from './compose-document';
import { categoryLabel } from './entity-words';
import type { Words } from './words';

/** A payment request and what its tables read. */
export interface RequestTables {
  readonly framework: Framework;
  readonly mandate: Mandate;
  readonly request: PaymentRequest;
}

const twoLines = (head: string, rest: string | undefined, bold = true): TableCell =>
  rest === undefined || rest === '' ? [{ text: head, bold }] : [{ text: head, bold }, { text: `\n${rest}` }];

function categoryOf(code: string, input: RequestTables, w: Words): string {
  return categoryLabel(code, w, input.mandate.rateSnapshot?.categories, input.framework.activityCategories);
}

function ruleName(line: QuoteLine, input: RequestTables, w: Words): string {
  const rule = input.mandate.rateSnapshot?.rules.find((r) => r.id === line.ruleId);
  if (rule !== undefined) return w.text(rule.label);
  const key = `request.ruleSpecial.${line.ruleId}`;
  return w.has(key) ? w.t(key) : line.ruleId;
}

/** What the partner declared and, for hourly rules, the time paid after rounding, minimum, caps or a rejection. */
function timeCell(line: QuoteLine, entry: TimeEntry | undefined, w: Words): string {
  const declared = entry?.minutes ?? line.minutes;
  const hourly = line.unit === undefined || line.unit === 'hour';
  if (!hourly || line.billableMinutes === declared) return w.duration(declared);
  return `${w.duration(declared)}\n${w.t('request.time.billable', { duration: w.duration(line.billableMinutes) })}`;
}

function timeRows(input: RequestTables, quote: PaymentQuote | undefined, w: Words): TableRow[] {
  const { request } = input;
  const currency = quote?.currency ?? input.mandate.currency;
  const entries = new Map<string, TimeEntry>(request.entries.map((e) => [e.id, e]));
  if (quote === undefined) {
    return request.entries.map((e) => [w.shortDate(e.date), twoLines(categoryOf(e.category, input, w), e.description), w.duration(e.minutes), '—', '—']);
  }
  const rows: TableRow[] = quote.lines.map((line) => {
    const entry = entries.get(line.id);
    const activity =
      line.kind === 'cap_adjustment'
        ? twoLines(w.t('request.capAdjustment'), undefined)
        : line.kind === 'carry_over'
          ? twoLines(w.t('request.carryOver'), undefined)
          : twoLines(categoryOf(line.category ?? entry?.category ?? '', input, w), entry?.description);
    return [
      line.date === undefined ? '' : w.shortDate(line.date),
      activity,
      line.kind === 'time' ? timeCell(line, entry, w) : '',
      twoLines(ruleName(line, input, w), w.text(line.explanation)),
      w.money(line.cents, currency),
    ];
  });
  if (quote.lines.length > 0) {
    const declared = request.entries.reduce((sum, e) => sum + e.minutes, 0);
    rows.push({ cells: ['', w.t('common.subtotal'), w.duration(declared), '', w.money(quote.compensationCents, currency)], emphasis: 'strong' });
  }
  return rows;
}

function expenseDetails(expense: Expense | undefined, input: RequestTables, w: Words): string {
  if (expense === undefined) return '';
  const policy = input.mandate.expensePolicy ?? input.framework.expensePolicy;
  const parts: string[] = [];
  if (expense.allowanceCode !== undefined) {
    const allowance = policy.allowances.find((a) => a.code === expense.allowanceCode);
    parts.push(allowance === undefined ? expense.allowanceCode : w.text(allowance.label));
  }
  if (expense.description !== undefined) parts.push(expense.description);
  if (expense.km !== undefined) parts.push(w.t('request.expense.km', { km: expense.km }));
  if (expense.quantity > 1) parts.push(w.t('request.expense.quantity', { quantity: expense.quantity }));
  if (expense.receiptIds.length > 0) parts.push(w.t('request.expense.receipts', { count: expense.receiptIds.length }));
  return parts.join(' · ');
}

function expenseRows(input: RequestTables, quote: PaymentQuote | undefined, w: Words): TableRow[] {
  const { request } = input;
  const currency = quote?.currency ?? input.mandate.currency;
  const expenses = new Map<string, Expense>(request.expenses.map((e) => [e.id, e]));
  if (quote === undefined) {
    return request.expenses.map((e) => [
      w.shortDate(e.date),
      twoLines(w.t(`expenseType.${e.type}`), expenseDetails(e, input, w)),
      e.amountCents === undefined ? '—' : w.money(e.amountCents, currency),
      '—',
      '—',
    ]);
  }
  const rows: TableRow[] = quote.expenseLines.map((line) => [
    w.shortDate(line.date),
    twoLines(w.t(`expenseType.${line.type}`), expenseDetails(expenses.get(line.id), input, w)),
    w.money(line.claimedCents, currency),
    w.money(line.cents, currency),
    twoLines(w.t(`request.treatment.${line.treatment}`), w.text(line.explanation)),
  ]);
  if (quote.expenseLines.length > 0) {
    const claimed = quote.expenseLines.reduce((sum, line) => sum + line.claimedCents, 0);
    rows.push({ cells: ['', w.t('common.subtotal'), w.money(claimed, currency), w.money(quote.expenseCents, currency), ''], emphasis: 'strong' });
  }
  return rows;
}

/** The time table and the expense table. */
export function lineTables(input: RequestTables, w: Words): Block[] {
  const quote = input.request.quote;
  return [
    { type: 'heading', text: w.t('request.time') },
    {
      type: 'table',
      columns: [
        { header: w.t('common.date'), width: 0.95 },
        { header: w.t('common.activity'), width: 1.7 },
        { header: w.t('request.time.recorded'), width: 1.2, align: 'right' },
        { header: w.t('request.time.ruleAndExplanation'), width: 3.45 },
        { header: w.t('common.amount'), width: 0.95, align: 'right' },
      ],
      rows: timeRows(input, quote, w),
      empty: w.t('request.noTime'),
    },
    { type: 'heading', text: w.t('request.expenses') },
    {
      type: 'table',
      columns: [
        { header: w.t('common.date'), width: 0.95 },
        { header: w.t('request.expense.type'), width: 1.7 },
        { header: w.t('request.expense.claimed'), width: 1, align: 'right' },
        { header: w.t('request.expense.reimbursed'), width: 1.15, align: 'right' },
        { header: w.t('request.expense.treatment'), width: 3.45 },
      ],
      rows: expenseRows(input, quote, w),
      empty: w.t('request.noExpenses'),
    },
  ];
}

function decisionLine(decision: LineDecision, input: RequestTables, w: Words): string {
  const { request } = input;
  if (decision.target === 'entry') {
    const entry = request.entries.find((e) => e.id === decision.lineId);
    if (entry !== undefined) return `${w.shortDate(entry.date)} · ${categoryOf(entry.category, input, w)}`;
  } else {
    const expense = request.expenses.find((e) => e.id === decision.lineId);
    if (expense !== undefined) return `${w.shortDate(expense.date)} · ${w.t(`expenseType.${expense.type}`)}`;
  }
  return w.t('request.decision.unknownLine', { id: decision.lineId });
}

/** The approver's decision on each line, with comments, and the approver's notes. */
export function decisionBlocks(input: RequestTables, w: Words, context: DocumentContext, partnerName: string): Block[] {
  const { request } = input;
  const currency = request.quote?.currency ?? input.mandate.currency;
  const rows: TableRow[] = request.decisions.map((d) => {
    const change = [
      ...(d.adjustedMinutes === undefined ? [] : [w.t('request.decision.adjustedMinutes', { duration: w.duration(d.adjustedMinutes) })]),
      ...(d.adjustedAmountCents === undefined ? [] : [w.t('request.decision.adjustedAmount', { amount: w.money(d.adjustedAmountCents, currency) })]),
    ].join('\n');
    const by = w.t('request.decision.byValue', { name: personOf({ id: d.decidedByUserId }, w, context, partnerName), date: w.day(d.decidedAt) });
    return [decisionLine(d, input, w), [{ text: w.t(`request.decision.${d.decision}`), bold: true }], change, d.comment ?? '', by];
  });
  return [
    { type: 'heading', text: w.t('request.decisions') },
    {
      type: 'table',
      columns: [
        { header: w.t('request.decision.line'), width: 1.7 },
        { header: w.t('request.decision.decision'), width: 0.9 },
        { header: w.t('request.decision.change'), width: 1.2 },
        { header: w.t('request.decision.comment'), width: 2.3 },
        { header: w.t('request.decision.by'), width: 1.5 },
      ],
      rows,
      empty: w.t('request.noDecisions'),
    },
    ...(request.reviewerNotes === undefined ? [] : [{ type: 'paragraph', text: w.t('request.reviewerNotes', { notes: request.reviewerNotes }) } as const]),
  ];
}
