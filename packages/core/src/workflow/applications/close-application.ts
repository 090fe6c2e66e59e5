import * as z from 'zod';
import { Note } from '../../machines/machine-fields';
import { defineCommand } from '../operation';
import { applicationRef, changeApplication } from './application-change';
import type { ApplicationResult } from './application-store';

/** The input of {@link declineApplication}. */
export const DeclineApplicationInput = z.object({ ...applicationRef, reason: Note }).strict();

/** The programme director declines the application, with a reason, at any step before it is active. */
export const declineApplication = defineCommand({ target: 'record', entity: 'application' }, DeclineApplicationInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.decline',
    who: 'reviewer',
    events: (_, scope) => [{ type: 'DECLINE', now: scope.at, reason: input.reason }],
    update: (entity) => ({ ...entity, decisionReason: input.reason }),
  }),
);

/** The input of {@link withdrawApplication}. */
export const WithdrawApplicationInput = z.object({ ...applicationRef, reason: Note.optional() }).strict();

/** The applicant withdraws their application (or the programme director records that they did), at any step before it is active. */
export const withdrawApplication = defineCommand({ target: 'record', entity: 'application' }, WithdrawApplicationInput, (ctx, input): Promise<ApplicationResult> =>
  changeApplication(ctx, input, {
    action: 'application.withdraw',
    who: 'applicant_or_reviewer',
    events: (_, scope) => [{ type: 'WITHDRAW', now: scope.at, ...(input.reason === undefined ? {} : { reason: input.reason }) }],
    update: (entity) => (input.reason === undefined ? entity : { ...entity, decisionReason: input.reason }),
  }),
);
