import type { Expense, ExpenseType, TimeEntry } from '@honoraria/core';

/** A time entry as the partner types it (incomplete until its date, category and duration are set). */
export interface EntryRow {
  readonly id: string;
  date: string;
  category: string;
  minutes: number | null;
  description: string;
}

/** An expense as the partner types it, with the receipts already attached to it on the server. */
export interface ExpenseRow {
  readonly id: string;
  date: string;
  type: string;
  amountCents: number | null;
  km: number | null;
  description: string;
  receiptIds: string[];
}

/** The rows of a draft. */
export interface DraftRows {
  entries: EntryRow[];
  expenses: ExpenseRow[];
}

/** A new line id (the partner's client chooses line ids). */
export function lineId(prefix: 'ent' | 'exp'): string {
  return `${prefix}_${crypto.randomUUID().slice(0, 12)}`;
}

/** Time entries complete enough for the service to read (the others wait until they are). */
export function completeEntries(rows: readonly EntryRow[]): TimeEntry[] {
  return rows
    .filter((r) => r.date !== '' && r.category !== '' && r.minutes !== null && r.minutes > 0)
    .map((r) => ({ id: r.id, date: r.date, category: r.category, minutes: r.minutes ?? 0, units: 1, ...(r.description === '' ? {} : { description: r.description }) }));
}

/** Expenses complete enough for the service to read: mileage with kilometres, others with an amount. */
export function completeExpenses(rows: readonly ExpenseRow[]): Expense[] {
  const out: Expense[] = [];
  for (const r of rows) {
    if (r.date === '' || r.type === '') continue;
    const base = { id: r.id, date: r.date, type: r.type as ExpenseType, quantity: 1, receiptIds: [...r.receiptIds], preApproved: false, ...(r.description === '' ? {} : { description: r.description }) };
    if (r.type === 'mileage') {
      if (r.km !== null) out.push({ ...base, km: r.km });
    } else if (r.amountCents !== null) {
      out.push({ ...base, amountCents: r.amountCents });
    }
  }
  return out;
}

/** The rows of a stored request. */
export function rowsOf(request: { readonly entries: readonly TimeEntry[]; readonly expenses: readonly Expense[] }): DraftRows {
  return {
    entries: request.entries.map((e) => ({ id: e.id, date: e.date, category: e.category, minutes: e.minutes, description: e.description ?? '' })),
    expenses: request.expenses.map((e) => ({
      id: e.id,
      date: e.date,
      type: e.type,
      amountCents: e.amountCents ?? null,
      km: e.km ?? null,
      description: e.description ?? '',
      receiptIds: [...e.receiptIds],
    })),
  };
}
