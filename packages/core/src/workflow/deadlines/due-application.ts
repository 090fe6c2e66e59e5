import { dueOnOf } from '../../time/deadline';
import { isOverdue } from '../../machines/deadlines';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { StoredRecord } from '../../ports/storage-adapter';
import { formatDate } from '../../time/format-date';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { writeEntity } from '../stored-entity';
import { DEFAULT_REVIEWER_ROLE, namedReviewer } from '../applications/application-access';
import { applicationUrl } from '../applications/application-notifications';
import type { ApplicationEntity } from '../applications/application-store';
import { applicationDueAt, applicationIndex } from '../applications/application-store';
import { distinctRecipients, queueDeadlineNotice } from './deadline-notifications';
import type { DueFired } from './due-item';
import { repairDueAt } from './due-item';
import type { Recipient } from './staff-recipients';
import { recipientsOfRule, staffRecipient, staffWithRole } from './staff-recipients';

/** Who hears that an application's phone interview is overdue: the director following it, else the programme's reviewers. */
async function directorsOf(ctx: OperationContext, entity: ApplicationEntity): Promise<Recipient[]> {
  if (entity.reviewerUserId !== null) {
    const follower = await staffRecipient(ctx, entity.reviewerUserId);
    if (follower !== null) return [follower];
  }
  const rule = ctx.framework.approvalPolicy.applicationReviewer;
  if (rule.kind === 'user' || rule.kind === 'role') return recipientsOfRule(ctx, rule);
  return staffWithRole(ctx, DEFAULT_REVIEWER_ROLE);
}

/**
 * The phone-interview deadline of an application: once passed with the interview still to be
 * held, the programme director is alerted, once (`overdueAlertSentAt` records it and the
 * application's `dueAt` is cleared in the same write).
 */
export async function handleDueApplication(ctx: OperationContext, scope: CommandScope, stored: StoredRecord<unknown>): Promise<readonly DueFired[]> {
  const record = stored as StoredRecord<StoredEntity<ApplicationEntity, 'application'>>;
  const entity = record.data.entity;
  const machine = record.data.machine as PersistedSnapshot<'application'>;
  if (entity.overdueAlertSentAt !== null || !isOverdue('application', machine, scope.at)) {
    await repairDueAt(scope, record, applicationDueAt(entity, machine));
    return [];
  }
  const updated: ApplicationEntity = { ...entity, overdueAlertSentAt: scope.at };
  const recipients = distinctRecipients(await directorsOf(ctx, entity));
  await writeEntity(scope, {
    collection: record.collection,
    id: record.id,
    entity: updated,
    machine,
    index: applicationIndex(updated, machine, namedReviewer(ctx)),
    expectedVersion: record.version,
    audit: {
      subjectType: 'application',
      action: 'application.overdue_alert',
      fromState: machine.status,
      toState: machine.status,
      data: { dueAt: machine.context.phoneInterviewDueAt, notified: recipients.flatMap((r) => (r.userId === null ? [] : [r.userId])) },
    },
  });
  const dueOn = dueOnOf(machine.context.phoneInterviewDueAt, ctx.framework.timeZone);
  const notified = await queueDeadlineNotice(scope, recipients, {
    template: 'deadlines.phone_interview_overdue',
    key: 'overdue',
    params: (lang) => ({
      applicant: entity.applicant.name,
      programme: ctx.framework.volunteerProgramme?.name[lang] ?? '',
      receivedOn: formatDate(entity.receivedOn, lang),
      dueOn: formatDate(dueOn, lang),
    }),
    link: { label: 'link_application', url: applicationUrl(ctx, entity.id) },
    subjectRef: { type: 'application', id: entity.id },
  });
  return [{ collection: record.collection, id: record.id, kind: 'phone_interview_overdue', notified }];
}
