import * as z from 'zod';
import { Instant } from '../time/time-zone';
import { Id } from './common';

/** Who did something: a user or partner id, their roles, and whom they acted for under a delegation. */
export const AuditActorSchema = z.object({
  id: Id,
  roles: z.array(z.string()).optional(),
  actingFor: Id.nullable().optional(),
});

/**
 * An event of the append-only audit log, as the storage port stores it: the subject, its
 * sequence number, who did what and when, the states before and after, and the hash chain
 * (`prevHash` of the subject's previous event, `hash` of this one). Never holds a SIN or bank
 * details.
 */
export const AuditEvent = z.object({
  id: Id,
  subjectType: z.string().min(1).max(60),
  subjectId: Id,
  seq: z.int().min(1),
  at: Instant,
  actor: AuditActorSchema,
  action: z.string().min(1).max(100),
  fromState: z.string().nullable().optional(),
  toState: z.string().nullable().optional(),
  data: z.json().optional(),
  prevHash: z.string().nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
/** An audit event. */
export type AuditEvent = z.infer<typeof AuditEvent>;
