import * as z from 'zod';
import { NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Code, Id } from './common';
import { ExpenseType } from './expense-policy';

/**
 * An expense claimed with a payment request: actual cost (`amountCents`, with receipts),
 * mileage (`km`), or an allowance (`allowanceCode`, times `quantity`).
 */
export const Expense = z
  .object({
    id: Id,
    date: IsoDate,
    type: ExpenseType,
    amountCents: NonNegativeCents.optional(),
    /** Whole kilometres, for `mileage`. */
    km: z.int().min(0).max(100_000).optional(),
    allowanceCode: Code.optional(),
    quantity: z.int().min(1).max(100).default(1),
    /** Ids of the receipts (documents in My Files). */
    receiptIds: z.array(Id).default([]),
    description: z.string().max(1000).optional(),
    /** Whether the expense was approved beforehand (needed above the policy's threshold). */
    preApproved: z.boolean().default(false),
  })
  .superRefine((e, ctx) => {
    if (e.type === 'mileage' && e.km === undefined) ctx.addIssue({ code: 'custom', path: ['km'], params: { key: 'expense_km' } });
    else if (e.type === 'allowance' && e.allowanceCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['allowanceCode'], params: { key: 'expense_allowance' } });
    } else if (e.type !== 'mileage' && e.type !== 'allowance' && e.amountCents === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountCents'], params: { key: 'expense_amount' } });
    }
  });
/** An expense claimed with a payment request. */
export type Expense = z.infer<typeof Expense>;
