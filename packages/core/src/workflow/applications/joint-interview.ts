import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { ErrorIssue } from '../../errors/honoraria-error';
import type { VolunteerProgramme } from '../../framework/volunteer-programme';
import type { ApplicationDocument, ApplicationEvent } from '../../machines/application-schemas';
import { Note } from '../../machines/machine-fields';
import { Code } from '../../schemas/common';
import type { CriterionAssessment } from '../../schemas/application';
import { Instant } from '../../time/time-zone';
import { defineCommand } from '../operation';
import { programmeOf } from './application-access';
import { applicationRef, changeApplication } from './application-change';
import type { ApplicationEntity, ApplicationResult } from './application-store';
import { Interviewers, withHeldInterview, withScheduledInterview } from './phone-interview';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The input of {@link scheduleJointInterview}. */
export const ScheduleJointInterviewInput = z
  .object({
    ...applicationRef,
    at: Instant,
    /** The programme director and the partner project manager; the actor by default. */
    interviewerUserIds: Interviewers.optional(),
  })
  .strict();

/** The programme director schedules (or reschedules) the joint interview, to which the applicant brings the documents. */
export const scheduleJointInterview = defineCommand({ target: 'record', entity: 'application' }, ScheduleJointInterviewInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.schedule_joint_interview',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'SCHEDULE_JOINT_INTERVIEW', now: scope.at, at: input.at }],
    update: (entity, _next, scope) => withScheduledInterview(entity, 'joint', input.at, input.interviewerUserIds ?? [ctx.actor.id], scope),
    auditData: () => ({ at: input.at }),
  }),
);

/** The input of {@link recordJointInterview}. */
export const RecordJointInterviewInput = z
  .object({
    ...applicationRef,
    /** Documents seen and verified, by the programme's document code, with how many (two photo IDs: `{ photo_id: 2 }`). */
    documents: z.record(Code, z.int().min(0).max(10)).default({}),
    /** The interviewers' assessment of each criterion assessed at the interview. */
    assessments: z.record(Code, z.object({ met: z.boolean(), note: Note.optional() }).strict()).default({}),
    /** The interview's outcome; favourable by default. */
    outcome: z.enum(['favourable', 'unfavourable']).default('favourable'),
    notes: Note.optional(),
  })
  .strict();

function unknownCodes(programme: VolunteerProgramme, documents: Record<string, number>, assessments: Record<string, unknown>): ErrorIssue[] {
  const documentCodes = new Set(programme.requiredDocuments.map((d) => d.code));
  const assessedCodes = new Set(programme.criteria.filter((c) => c.type === 'interview_assessed').map((c) => c.code));
  const issues: ErrorIssue[] = [];
  for (const code of Object.keys(documents)) {
    if (!documentCodes.has(code)) {
      issues.push({ path: ['documents', code], code: 'unknown_document', message: translate(workflowMessages, 'unknown_document') });
    }
  }
  for (const code of Object.keys(assessments)) {
    if (!assessedCodes.has(code)) {
      issues.push({ path: ['assessments', code], code: 'unknown_criterion', message: translate(workflowMessages, 'unknown_criterion') });
    }
  }
  return issues;
}

/**
 * The machine's checklist from the documents verified: each document the programme requires (the
 * framework's `requiredDocuments`), verified once as many were seen as it asks (two photo IDs at
 * the CISSS de l’Outaouais).
 */
export function checklistOf(programme: VolunteerProgramme, verified: Readonly<Record<string, number>>): Record<ApplicationDocument, boolean> {
  return Object.fromEntries(programme.requiredDocuments.map((d) => [d.code, (verified[d.code] ?? 0) >= d.count]));
}

/**
 * The programme director records the joint interview: the documents seen (the résumé and two
 * photo IDs at the CISSS de l’Outaouais), the criteria assessed, the outcome. Recorded on a
 * scheduled interview, it completes it; on a completed one, it updates the checklist (documents
 * brought later). Acceptance is refused until the checklist is complete.
 */
export const recordJointInterview = defineCommand({ target: 'record', entity: 'application' }, RecordJointInterviewInput, (ctx, input): Promise<ApplicationResult> => {
  const issues = unknownCodes(programmeOf(ctx), input.documents, input.assessments);
  if (issues.length > 0) throw new HonorariaError('validation_failed', { issues });
  const programme = programmeOf(ctx);
  const merge = (entity: ApplicationEntity) => ({ ...entity.documentsVerified, ...input.documents });
  return changeApplication(ctx, input, {
    action: 'application.record_joint_interview',
    who: 'reviewer',
    events: (entity, scope) => {
      const checklist = checklistOf(programme, merge(entity));
      const events: ApplicationEvent[] = Object.entries(checklist).map(([document, verified]) => ({ type: 'RECORD_DOCUMENT', now: scope.at, document, verified }));
      if (entity.status === 'joint_interview_scheduled') events.push({ type: 'COMPLETE_JOINT_INTERVIEW', now: scope.at });
      return events;
    },
    update: (entity, _next, scope) => {
      const assessments: Record<string, CriterionAssessment> = { ...entity.assessments };
      for (const [code, a] of Object.entries(input.assessments)) {
        assessments[code] = { met: a.met, byUserId: ctx.actor.id, at: scope.at, ...(a.note === undefined ? {} : { note: a.note }) };
      }
      const documentsVerified = merge(entity);
      const held = entity.status === 'joint_interview_scheduled' ? withHeldInterview(entity, 'joint', input.outcome, scope, { notes: input.notes, documentsChecked: documentsVerified }) : entity;
      return { ...held, documentsVerified, assessments };
    },
    auditData: (entity) => ({ documents: entity.documentsVerified, assessed: Object.keys(input.assessments), outcome: input.outcome }),
  });
});
