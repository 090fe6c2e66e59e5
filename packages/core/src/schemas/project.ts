import * as z from 'zod';
import { CurrencyCode, NonNegativeCents } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Id } from './common';

/** Kinds of projects that engage partners. */
export const ProjectType = z.enum(['research', 'quality_improvement', 'governance', 'training', 'other']);
/** A kind of project. */
export type ProjectType = z.infer<typeof ProjectType>;

/** A project that engages partners through mandates, with its lead and, optionally, its budget. */
export const Project = z.object({
  id: Id,
  organizationId: Id,
  title: z.string().trim().min(1).max(300),
  type: ProjectType,
  leadUserId: Id,
  /** The cost centre or grant that pays. */
  costCentre: z.string().min(1).max(100).optional(),
  budgetCents: NonNegativeCents.optional(),
  currency: CurrencyCode.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});
/** A project. */
export type Project = z.infer<typeof Project>;
