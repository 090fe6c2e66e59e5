import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { defineCommand } from '../operation';
import { applicationRef, changeApplication } from './application-change';
import type { ApplicationResult } from './application-store';

/** The input of {@link holdApplication}. */
export const HoldApplicationInput = z.object({ ...applicationRef, reason: Note }).strict();

/**
 * The programme director puts the application on hold, with a reason; it resumes at the step it
 * left. While on hold, no deadline runs.
 */
export const holdApplication = defineCommand({ target: 'record', entity: 'application' }, HoldApplicationInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.hold',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'PUT_ON_HOLD', now: scope.at, reason: input.reason }],
    auditData: () => ({ reason: input.reason }),
  }),
);

/** The input of {@link resumeApplication}. */
export const ResumeApplicationInput = z.object(applicationRef).strict();

/**
 * The programme director resumes an application on hold at the step it was put on hold from.
 * If its phone interview is still to be held, its deadline runs again (and, when already past,
 * the next `runDue` sends the overdue alert if it was never sent).
 */
export const resumeApplication = defineCommand({ target: 'record', entity: 'application' }, ResumeApplicationInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.resume',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'RESUME', now: scope.at }],
  }),
);
