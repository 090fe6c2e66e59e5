import { applyEvent } from '../../machines/apply-event';
import type { ApplicationEvent } from '../../machines/application-schemas';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { JsonValue } from '../../ports/storage-adapter';
import type { ApproverAuthority } from '../authorization';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { transact } from '../operation';
import { changeFields } from '../command-fields';
import { Id } from '../../schemas/common';
import { loadEntity, transitionEntity } from '../stored-entity';
import { programmeOf, requireApplicantOrReviewer, requireReviewer, namedReviewer } from './application-access';
import { evaluateApplication, summarizeEligibility } from './application-eligibility';
import type { ApplicationEntity, ApplicationRecord, ApplicationResult } from './application-store';
import { APPLICATIONS_COLLECTION, applicationIndex, applicationResult } from './application-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The input fields every command on an existing application takes. */
export const applicationRef = { id: Id, ...changeFields };

/** The label of an application in `not_found` messages. */
export const APPLICATION_LABEL = translate(workflowMessages, 'application_label');

/** What one command does to an application. */
export interface ApplicationChange {
  /** The audit action, such as `application.accept`. */
  readonly action: string;
  /** Who may do it: a reviewer of the programme, or also the applicant themself. */
  readonly who: 'reviewer' | 'applicant_or_reviewer';
  /** Checks rules on the loaded application, before any write. */
  readonly check?: (entity: ApplicationEntity, scope: CommandScope) => void | Promise<void>;
  /** The machine events to apply, in order (at most one of them changes the state). */
  readonly events: (entity: ApplicationEntity, scope: CommandScope) => readonly ApplicationEvent[];
  /** The entity after the change (status and `updatedAt` are set afterwards). */
  readonly update?: (entity: ApplicationEntity, next: PersistedSnapshot<'application'>, scope: CommandScope, authority: ApproverAuthority | null) => ApplicationEntity;
  /** Audit data of the change (never personal data beyond what the file holds). */
  readonly auditData?: (entity: ApplicationEntity) => JsonValue;
  /** Runs after the write, in the same transaction: notifications, other records. */
  readonly after?: (scope: CommandScope, entity: ApplicationEntity, record: ApplicationRecord) => Promise<void>;
  /** Checks rules on the next snapshot, before the write. */
  readonly checkNext?: (entity: ApplicationEntity, next: PersistedSnapshot<'application'>) => void;
}

/**
 * Runs one command on an existing application in one transaction: authorizes the actor, loads
 * the application (at `expectedVersion` when given), applies the machine events (an impossible
 * one is `invalid_transition`), writes it with exactly one audit event, then runs `after`.
 */
export function changeApplication(
  ctx: OperationContext,
  input: { readonly id: string; readonly expectedVersion?: number | undefined; readonly idempotencyKey?: string | undefined },
  change: ApplicationChange,
): Promise<ApplicationResult> {
  const programme = programmeOf(ctx);
  return transact(ctx, input, async (scope) => {
    let authority: ApproverAuthority | null = change.who === 'reviewer' ? await requireReviewer(ctx, scope) : null;
    const record = await loadEntity<ApplicationEntity, 'application'>(scope, APPLICATIONS_COLLECTION, input.id, {
      expectedVersion: input.expectedVersion,
      label: APPLICATION_LABEL,
    });
    if (change.who === 'applicant_or_reviewer') {
      const who = await requireApplicantOrReviewer(ctx, scope, record.data.entity);
      authority = who === 'applicant' ? null : who;
    }
    const before = record.data.entity;
    await change.check?.(before, scope);
    const machine = record.data.machine as PersistedSnapshot<'application'>;
    let next = machine;
    for (const event of change.events(before, scope)) next = applyEvent('application', next, event);
    change.checkNext?.(before, next);
    const written = await transitionEntity(scope, record, {
      kind: 'application',
      event: null,
      next,
      action: change.action,
      subjectType: 'application',
      update: (current, snapshot) => {
        const updated = change.update ? change.update(current, snapshot, scope, authority) : current;
        return {
          ...updated,
          status: snapshot.status,
          eligibility: summarizeEligibility(evaluateApplication({ ...updated, status: snapshot.status }, programme, updated.receivedOn), updated.receivedOn),
          updatedAt: scope.at,
        };
      },
      index: (entity, snapshot) => applicationIndex(entity, snapshot, namedReviewer(ctx)),
      ...(change.auditData === undefined ? {} : { auditData: change.auditData }),
      actingFor: authority?.actingFor ?? null,
    });
    await change.after?.(scope, written.data.entity, written);
    return applicationResult(written);
  });
}
