import type { MachineEvent } from '../../machines/machine-registry';
import type { Mandate } from '../../schemas/mandate';
import type { AuditInput, CommandScope } from '../command-scope';
import { transitionEntity } from '../stored-entity';
import type { MandateRecord, MandateSnapshot } from './mandate-store';
import { MANDATE_SUBJECT, mandateIndex, syncMandate } from './mandate-store';

/** A change of a mandate through its machine. */
export interface MandateTransition {
  readonly event: MachineEvent<'mandate'>;
  /** The audit action, such as `mandate.approve`. */
  readonly action: string;
  /** Fields of the entity that change with the transition (a rate snapshot, terms). */
  readonly changes?: (mandate: Mandate, next: MandateSnapshot) => Partial<Mandate>;
  readonly auditData?: AuditInput['data'];
  readonly actingFor?: string | null;
}

/**
 * Moves a loaded mandate through its machine (an impossible transition is `invalid_transition`),
 * keeps the entity in step with the snapshot (status, dates, milestones), recomputes the index
 * (`dueAt` included) and writes it with its one audit event at the version it was loaded at.
 * What `runDue` uses too, for `EXPIRE_OFFER`, `ACTIVATE` and `EXPIRE`.
 */
export function transitionMandate(scope: CommandScope, record: MandateRecord, change: MandateTransition): Promise<MandateRecord> {
  let snapshot: MandateSnapshot | null = null;
  return transitionEntity(scope, record, {
    kind: 'mandate',
    event: change.event,
    action: change.action,
    subjectType: MANDATE_SUBJECT,
    update: (mandate, next) => {
      snapshot = next;
      return syncMandate(mandate, next, scope.at, change.changes?.(mandate, next) ?? {});
    },
    index: (mandate) => {
      if (snapshot === null) throw new TypeError('transitionMandate: index before update');
      return mandateIndex(mandate, snapshot);
    },
    auditData: change.auditData,
    actingFor: change.actingFor,
  });
}
