import * as z from 'zod';
import { Lang } from '../i18n/lang-schema';
import { Instant } from '../time/time-zone';
import { Email, Id } from './common';

/** A notification in the outbox: which template, to whom, in which language, about what, and its delivery state. */
export const Notification = z.object({
  id: Id,
  /** The template, such as `mandate.awaiting_approval`. */
  template: z.string().min(1).max(100),
  channel: z.enum(['email', 'portal']).default('email'),
  lang: Lang,
  to: z.object({ email: Email, name: z.string().max(200).optional(), userId: Id.optional() }),
  subjectRef: z.object({ type: z.string().min(1), id: Id }),
  /** Values the template interpolates (never a SIN or bank details). */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
  status: z.enum(['pending', 'sent', 'failed']).default('pending'),
  attempts: z.int().min(0).default(0),
  createdAt: Instant,
  nextAttemptAt: Instant.optional(),
  sentAt: Instant.optional(),
  /** The last error's code (never its text, which could hold an address). */
  lastErrorCode: z.string().max(100).optional(),
});
/** A notification in the outbox. */
export type Notification = z.infer<typeof Notification>;
