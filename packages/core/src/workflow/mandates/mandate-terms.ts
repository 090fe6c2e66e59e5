import * as z from 'zod';
import type { ErrorIssue } from '../../errors/honoraria-error';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Framework } from '../../framework/framework-config';
import { Mandate, PlannedActivity } from '../../schemas/mandate';

const m = Mandate.shape;

/** The terms of a mandate its initiator drafts: what, when, how much time and money at most, under which rules. */
export const MandateTerms = z.object({
  title: m.title,
  description: m.description,
  role: m.role,
  engagementLevel: m.engagementLevel,
  activities: z.array(PlannedActivity).default([]),
  startDate: m.startDate,
  endDate: m.endDate,
  estimatedMinutes: m.estimatedMinutes,
  maxMinutes: m.maxMinutes,
  budgetCapCents: m.budgetCapCents,
  budgetScope: z.enum(['total', 'compensation']).default('total'),
  allowedCategories: m.allowedCategories,
  expensePolicy: m.expensePolicy,
  paymentForm: m.paymentForm,
});
/** The terms of a mandate. */
export type MandateTerms = z.output<typeof MandateTerms>;

/** Changes to a draft's terms: any subset. */
export const MandateTermChanges = z
  .object({
    title: m.title.optional(),
    description: m.description,
    role: m.role,
    engagementLevel: m.engagementLevel,
    activities: z.array(PlannedActivity).optional(),
    startDate: m.startDate.optional(),
    endDate: m.endDate.optional(),
    estimatedMinutes: m.estimatedMinutes.optional(),
    maxMinutes: m.maxMinutes,
    budgetCapCents: m.budgetCapCents.optional(),
    budgetScope: z.enum(['total', 'compensation']).optional(),
    allowedCategories: m.allowedCategories.optional(),
    expensePolicy: m.expensePolicy,
    paymentForm: m.paymentForm,
  })
  .strict();
/** Changes to a draft's terms. */
export type MandateTermChanges = z.output<typeof MandateTermChanges>;

function issue(path: readonly (string | number)[], code: string, fr: string, en: string): ErrorIssue {
  return { path, code, message: { fr, en } };
}

/**
 * Checks terms against the framework: dates in order, categories and engagement level known,
 * planned activities within the allowed categories, a gift-card form only if gift cards are
 * offered. Throws `validation_failed` with every issue by path.
 */
export function checkTerms(framework: Framework, terms: Pick<MandateTerms, 'startDate' | 'endDate' | 'allowedCategories' | 'activities' | 'engagementLevel' | 'paymentForm'>): void {
  const issues: ErrorIssue[] = [];
  if (terms.endDate < terms.startDate) {
    issues.push(issue(['endDate'], 'end_before_start', 'La date de fin précède la date de début.', 'The end date is before the start date.'));
  }
  const known = new Set(framework.activityCategories.map((c) => c.code));
  terms.allowedCategories.forEach((code, i) => {
    if (!known.has(code)) issues.push(issue(['allowedCategories', i], 'unknown_category', 'Cette catégorie d’activité n’existe pas dans le cadre.', 'This activity category does not exist in the framework.'));
  });
  terms.activities.forEach((a, i) => {
    if (!terms.allowedCategories.includes(a.category)) {
      issues.push(issue(['activities', i, 'category'], 'category_not_allowed', 'Cette activité n’est pas dans les catégories permises du mandat.', 'This activity is not in the mandate’s allowed categories.'));
    }
  });
  if (terms.engagementLevel !== undefined && !framework.engagementLevels.some((l) => l.code === terms.engagementLevel)) {
    issues.push(issue(['engagementLevel'], 'unknown_engagement_level', 'Ce niveau d’engagement n’existe pas dans le cadre.', 'This engagement level does not exist in the framework.'));
  }
  if (terms.paymentForm === 'gift_card' && !framework.paymentMethods.includes('gift_card')) {
    issues.push(issue(['paymentForm'], 'gift_cards_not_offered', 'L’établissement n’offre pas de cartes-cadeaux.', 'The institution does not offer gift cards.'));
  }
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
}
