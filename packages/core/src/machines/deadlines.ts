import { HonorariaError } from '../errors/honoraria-error';
import { isAtOrAfter } from './local-time';
import { Instant } from '../time/time-zone';
import type { Deadline } from './machine-definition';
import type { MachineEventType, MachineKind } from './machine-registry';
import { definitionOf } from './machine-registry';
import { restoreSnapshot } from './persisted-snapshot';

/**
 * The deadline of a snapshot's current state, or `null` when it has none:
 * - a mandate sent to the partner: the offer expiry (`EXPIRE_OFFER`);
 * - an accepted mandate: the start of its start date in its time zone (`ACTIVATE`);
 * - an active mandate: the day after its end date (`EXPIRE`, refused if activity was recorded);
 * - an application not yet through its phone interview: the phone-interview deadline (no event:
 *   it makes the application overdue).
 *
 * `at` is ready for the storage index `dueAt`, so a deadline scan finds the record.
 */
export function nextDeadline<K extends MachineKind>(kind: K, persisted: unknown): Deadline<MachineEventType<K>> | null {
  const { status, context } = restoreSnapshot(kind, persisted);
  return definitionOf(kind).deadline(status, context) as Deadline<MachineEventType<K>> | null;
}

/**
 * Whether the deadline of a snapshot's current state has passed at an instant (ISO 8601, UTC):
 * for an application, whether its phone interview is overdue. Throws `validation_failed` when
 * `now` is not an instant.
 */
export function isOverdue<K extends MachineKind>(kind: K, persisted: unknown, now: string): boolean {
  if (!Instant.safeParse(now).success) {
    throw new HonorariaError('validation_failed', {
      message: { fr: 'L’instant de référence n’est pas valide.', en: 'The reference instant is not valid.' },
      details: { machine: kind },
    });
  }
  const deadline = nextDeadline(kind, persisted);
  return deadline !== null && isAtOrAfter(now, deadline.at);
}
