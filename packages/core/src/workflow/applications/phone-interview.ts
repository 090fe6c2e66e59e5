import * as z from 'zod';
import { Instant } from '../../time/time-zone';
import { Note } from '../../machines/machine-fields';
import type { Interview } from '../../schemas/interview';
import { defineCommand } from '../operation';
import type { CommandScope } from '../command-scope';
import type { ApproverAuthority } from '../authorization';
import { applicationRef, changeApplication } from './application-change';
import type { ApplicationEntity, ApplicationResult } from './application-store';

/** Who interviews: user ids, one to five. */
export const Interviewers = z.array(z.string().min(1).max(200)).min(1).max(5);

/**
 * The application with an interview of a kind scheduled (or rescheduled) at an instant: the
 * pending interview of that kind is moved, or a new one is added. The reviewer who schedules the
 * phone interview follows the file from then on.
 */
export function withScheduledInterview(
  entity: ApplicationEntity,
  kind: Interview['kind'],
  at: string,
  interviewers: readonly string[],
  scope: CommandScope,
): ApplicationEntity {
  const pending = entity.interviews.find((i) => i.kind === kind && i.outcome === 'pending');
  if (pending !== undefined) {
    return {
      ...entity,
      interviews: entity.interviews.map((i) => (i === pending ? { ...i, scheduledAt: at, interviewerUserIds: [...interviewers] } : i)),
    };
  }
  const interview: Interview = {
    id: scope.newId('itv'),
    applicationId: entity.id,
    kind,
    interviewerUserIds: [...interviewers],
    scheduledAt: at,
    outcome: 'pending',
    documentsChecked: {},
  };
  return { ...entity, interviews: [...entity.interviews, interview], interviewIds: [...entity.interviewIds, interview.id] };
}

/** The application with its pending interview of a kind marked as held, with its outcome. */
export function withHeldInterview(
  entity: ApplicationEntity,
  kind: Interview['kind'],
  outcome: Interview['outcome'],
  scope: CommandScope,
  extra: { readonly notes?: string | undefined; readonly documentsChecked?: Readonly<Record<string, number>> } = {},
): ApplicationEntity {
  const held = (i: Interview): Interview => ({
    ...i,
    heldAt: scope.at,
    outcome,
    ...(extra.notes === undefined ? {} : { notes: extra.notes }),
    ...(extra.documentsChecked === undefined ? {} : { documentsChecked: { ...extra.documentsChecked } }),
  });
  const pending = entity.interviews.find((i) => i.kind === kind && i.outcome === 'pending');
  if (pending !== undefined) return { ...entity, interviews: entity.interviews.map((i) => (i === pending ? held(i) : i)) };
  return entity;
}

/** The reviewer now following the file: the one already following it, else the person acted for, else the actor. */
export function followedBy(entity: ApplicationEntity, actorId: string, authority: ApproverAuthority | null): string {
  return entity.reviewerUserId ?? authority?.actingFor ?? actorId;
}

/** The input of {@link schedulePhoneInterview}. */
export const SchedulePhoneInterviewInput = z
  .object({
    ...applicationRef,
    /** When the programme director will call. */
    at: Instant,
    /** Who calls; the actor by default. */
    interviewerUserIds: Interviewers.optional(),
  })
  .strict();

/** The programme director schedules (or reschedules) the brief phone interview. */
export const schedulePhoneInterview = defineCommand({ target: 'record', entity: 'application' }, SchedulePhoneInterviewInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.schedule_phone_interview',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'SCHEDULE_PHONE_INTERVIEW', now: scope.at, at: input.at }],
    update: (entity, _next, scope, authority) => ({
      ...withScheduledInterview(entity, 'phone', input.at, input.interviewerUserIds ?? [ctx.actor.id], scope),
      reviewerUserId: followedBy(entity, ctx.actor.id, authority),
    }),
    auditData: () => ({ at: input.at }),
  }),
);

/** The input of {@link recordPhoneInterview}. */
export const RecordPhoneInterviewInput = z
  .object({
    ...applicationRef,
    outcome: z.enum(['favourable', 'unfavourable']),
    notes: Note.optional(),
  })
  .strict();

/**
 * The programme director records the phone interview as held, with its outcome. An unfavourable
 * outcome does not decline the application by itself: the director declines it explicitly.
 */
export const recordPhoneInterview = defineCommand({ target: 'record', entity: 'application' }, RecordPhoneInterviewInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.record_phone_interview',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'COMPLETE_PHONE_INTERVIEW', now: scope.at }],
    update: (entity, _next, scope) => withHeldInterview(entity, 'phone', input.outcome, scope, { notes: input.notes }),
    auditData: () => ({ outcome: input.outcome }),
  }),
);
