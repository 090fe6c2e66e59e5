import * as z from 'zod';
import { Code, DayMinutes, Percent } from '../schemas/common';
import { ExpenseType } from '../schemas/expense-policy';
import { IsoDate } from '../time/calendar-date';

/** An expense planned for each session and each person. */
export const PlannedExpense = z.object({
  type: ExpenseType,
  amountCents: z.int().nonnegative().optional(),
  km: z.int().min(0).max(100_000).optional(),
  allowanceCode: Code.optional(),
  quantity: z.int().min(1).max(100).default(1),
});
/** An expense planned for each session and each person. */
export type PlannedExpense = z.infer<typeof PlannedExpense>;

/** A planned activity: how many partners, how many sessions each, how long, which category, which expenses. */
export const PlannedEngagement = z.object({
  id: z.string().min(1).max(100).optional(),
  label: z.string().max(300).optional(),
  category: Code,
  engagementLevel: Code.optional(),
  partners: z.int().min(1).max(100_000),
  /** Sessions per partner. */
  sessions: z.int().min(1).max(10_000),
  minutesPerSession: DayMinutes,
  /** For `activity` rates: activities per session. */
  unitsPerSession: z.int().min(1).max(100).default(1),
  expensesPerSession: z.array(PlannedExpense).default([]),
});
/** A planned activity. */
export type PlannedEngagement = z.infer<typeof PlannedEngagement>;

/** A plan to budget (for a grant application): the date whose rates apply, the activities, a contingency. */
export const BudgetPlan = z.object({
  /** The date whose rate schedule applies (for example the planned start). */
  on: IsoDate,
  /** The engagement level of every activity that does not name its own. */
  engagementLevel: Code.optional(),
  activities: z.array(PlannedEngagement).min(1),
  /** A contingency on the total, in percent. */
  contingencyPercent: Percent.default(0),
});
/** A plan to budget, as written. */
export type BudgetPlanInput = z.input<typeof BudgetPlan>;
/** A plan to budget. */
export type BudgetPlan = z.output<typeof BudgetPlan>;
