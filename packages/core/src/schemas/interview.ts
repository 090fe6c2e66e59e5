import * as z from 'zod';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/** An interview of a volunteer application: the phone interview, then the joint interview. */
export const Interview = z.object({
  id: Id,
  applicationId: Id,
  kind: z.enum(['phone', 'joint']),
  interviewerUserIds: z.array(Id).min(1),
  scheduledAt: Instant.optional(),
  heldAt: Instant.optional(),
  outcome: z.enum(['pending', 'favourable', 'unfavourable', 'no_show']).default('pending'),
  /** Documents seen (joint interview), by code, with counts. */
  documentsChecked: z.record(z.string(), z.int().min(0)).default({}),
  notes: z.string().max(4000).optional(),
});
/** An interview. */
export type Interview = z.infer<typeof Interview>;
