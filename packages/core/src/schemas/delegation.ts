import * as z from 'zod';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Id } from './common';
import { ApprovalSubject } from './approval';

/** A delegation: one approver lets another act for them over a date window, for some kinds of decision. */
export const Delegation = z
  .object({
    id: Id,
    fromUserId: Id,
    toUserId: Id,
    /** First and last day (organization's time zone) the delegate may act. */
    from: IsoDate,
    to: IsoDate,
    subjects: z.array(ApprovalSubject).min(1),
    createdAt: Instant,
    revokedAt: Instant.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.to < d.from) ctx.addIssue({ code: 'custom', path: ['to'], params: { key: 'date_range' } });
    if (d.toUserId === d.fromUserId) {
      ctx.addIssue({
        code: 'custom',
        path: ['toUserId'],
        params: { key: 'self_delegation', fr: 'On ne peut pas se déléguer à soi-même.', en: 'One cannot delegate to oneself.' },
      });
    }
  });
/** A delegation of approval. */
export type Delegation = z.infer<typeof Delegation>;
