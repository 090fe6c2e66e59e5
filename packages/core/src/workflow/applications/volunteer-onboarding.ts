import * as z from 'zod';
import { ExternalRef } from '../../machines/machine-fields';
import { Instant } from '../../time/time-zone';
import { defineCommand } from '../operation';
import { applicationRef, changeApplication } from './application-change';
import { notifyOrientationScheduled } from './application-notifications';
import type { ApplicationResult } from './application-store';

/** The input of {@link registerVolunteer}. */
export const RegisterVolunteerInput = z
  .object({
    ...applicationRef,
    /** The volunteer service's file number, when it has one already. */
    volunteerServiceRef: ExternalRef.optional(),
  })
  .strict();

/** After acceptance, the volunteer service starts registering the new volunteer (their volunteer status). */
export const registerVolunteer = defineCommand({ target: 'record', entity: 'application' }, RegisterVolunteerInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.register_volunteer',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'START_REGISTRATION', now: scope.at, ...(input.volunteerServiceRef === undefined ? {} : { volunteerServiceRef: input.volunteerServiceRef }) }],
    update: (entity) => ({ ...entity, volunteerServiceRef: input.volunteerServiceRef ?? entity.volunteerServiceRef }),
  }),
);

/** The input of {@link scheduleOrientation}. */
export const ScheduleOrientationInput = z
  .object({
    ...applicationRef,
    /** When the orientation session takes place. */
    at: Instant,
    volunteerServiceRef: ExternalRef.optional(),
  })
  .strict();

/** The programme director schedules (or reschedules) the orientation session; the volunteer is told when. */
export const scheduleOrientation = defineCommand({ target: 'record', entity: 'application' }, ScheduleOrientationInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.schedule_orientation',
    who: 'reviewer',
    events: (_, scope) => [
      { type: 'SCHEDULE_ORIENTATION', now: scope.at, at: input.at, ...(input.volunteerServiceRef === undefined ? {} : { volunteerServiceRef: input.volunteerServiceRef }) },
    ],
    update: (entity) => ({ ...entity, orientationAt: input.at, volunteerServiceRef: input.volunteerServiceRef ?? entity.volunteerServiceRef }),
    auditData: () => ({ at: input.at }),
    after: (scope, entity) => notifyOrientationScheduled(ctx, scope, entity, input.at),
  }),
);
