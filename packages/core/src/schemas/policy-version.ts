import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { IsoDate } from '../time/calendar-date';
import { Id, Url } from './common';

/**
 * Topics a framework decides to cover or leave out. The SSA Québec guide includes compensation,
 * salary, gift cards, tax and administrative issues, and excludes the partner's employment status
 * and liability insurance.
 */
export const ScopeTopic = z.enum([
  'compensation',
  'salary',
  'gift_cards',
  'tax',
  'administration',
  'expenses',
  'recognition',
  'volunteering',
  'employment_status',
  'liability_insurance',
  'benefits_advice',
]);
/** A topic of a framework's scope. */
export type ScopeTopic = z.infer<typeof ScopeTopic>;

/**
 * A version of the institution's framework (policy): title, version, when it applies, who
 * approved it, and its scope. A new version may require partners to accept the master agreement
 * again.
 */
export const PolicyVersion = z
  .object({
    id: Id,
    organizationId: Id,
    title: LocalizedText,
    version: z.string().min(1).max(40),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.optional(),
    /** The body that approved it, such as "Comité de direction". */
    approvedBy: z.string().min(1).max(200).optional(),
    approvedOn: IsoDate.optional(),
    scope: z.object({
      included: z.array(ScopeTopic).min(1),
      excluded: z.array(ScopeTopic).default([]),
    }),
    /** Where the policy document is published. */
    documentUrl: Url.optional(),
    supersedesId: Id.optional(),
    /** Whether partners must accept the master agreement again under this version. */
    requiresReacceptance: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (p.effectiveTo !== undefined && p.effectiveTo < p.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], params: { key: 'date_range' } });
    }
    const included = new Set(p.scope.included);
    p.scope.excluded.forEach((topic, i) => {
      if (included.has(topic)) ctx.addIssue({ code: 'custom', path: ['scope', 'excluded', i], params: { key: 'scope_overlap' } });
    });
  });
/** A version of the institution's framework. */
export type PolicyVersion = z.infer<typeof PolicyVersion>;
