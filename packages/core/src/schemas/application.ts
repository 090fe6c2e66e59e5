import * as z from 'zod';
import { Lang } from '../i18n/lang-schema';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Code, Email, Id } from './common';
import { ApplicationStatus } from './status';

/** An answer on an application form: yes/no, a date, a code or a number. */
export const ApplicationAnswer = z.union([z.boolean(), z.string().max(2000), z.number()]);
/** An answer on an application form. */
export type ApplicationAnswer = z.infer<typeof ApplicationAnswer>;

/** An interviewer's assessment of one criterion (`interview_assessed`). */
export const CriterionAssessment = z.object({
  met: z.boolean(),
  byUserId: Id,
  at: Instant,
  note: z.string().max(2000).optional(),
});
/** An interviewer's assessment of one criterion. */
export type CriterionAssessment = z.infer<typeof CriterionAssessment>;

/** How long a volunteer commits: a single activity or an ongoing committee. */
export const Commitment = z.enum(['single_activity', 'ongoing_committee']);
/** How long a volunteer commits. */
export type Commitment = z.infer<typeof Commitment>;

/**
 * A volunteer (partner-user) application: the applicant, their answers by criterion code, the
 * documents verified at the interview, the interviewers' assessments, and its status. The phone
 * interview is due `interviewDeadlineDays` after receipt.
 */
export const Application = z.object({
  id: Id,
  organizationId: Id,
  programmeId: Code,
  applicant: z.object({
    name: z.string().trim().min(1).max(200),
    email: Email.optional(),
    phone: z.string().min(3).max(40).optional(),
    lang: Lang.default('fr'),
  }),
  /** Answers by criterion code (or other form field). */
  answers: z.record(z.string(), ApplicationAnswer).default({}),
  commitment: Commitment.optional(),
  receivedAt: Instant,
  /** The calendar date of receipt in the organization's time zone. */
  receivedOn: IsoDate,
  /** Documents verified, by code, with how many were seen (two photo IDs: 2). */
  documentsVerified: z.record(z.string(), z.int().min(0)).default({}),
  /** Assessments of interview-assessed criteria, by criterion code. */
  assessments: z.record(z.string(), CriterionAssessment).default({}),
  interviewIds: z.array(Id).default([]),
  /** The partner record created on acceptance. */
  partnerId: Id.optional(),
  status: ApplicationStatus,
  decisionReason: z.string().max(2000).optional(),
});
/** A volunteer application. */
export type Application = z.infer<typeof Application>;
