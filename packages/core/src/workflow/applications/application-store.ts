import type { CriterionStatus, EligibilityResult } from '../../eligibility/evaluate-eligibility';
import { nextDeadline } from '../../machines/deadlines';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { RecordIndex } from '../../ports/storage-adapter';
import type { Application } from '../../schemas/application';
import type { Interview } from '../../schemas/interview';
import type { EntityRecord } from '../stored-entity';

/** The storage collection of volunteer applications. */
export const APPLICATIONS_COLLECTION = 'applications';

/** The storage collection of parking passes. */
export const PARKING_PASSES_COLLECTION = 'parking_passes';

/** The eligibility of an application as evaluated when something changed: each criterion's status. */
export interface EligibilitySummary {
  readonly overall: EligibilityResult['overall'];
  /** The date the evaluation counted from (organization's time zone). */
  readonly evaluatedOn: string;
  readonly criteria: readonly { readonly code: string; readonly status: CriterionStatus }[];
}

/**
 * A volunteer application as the workflow stores it: the {@link Application} entity plus who
 * applied (their user account), who follows the file for the programme, the interviews, the
 * orientation, the eligibility last evaluated, and what the deadline scan has already sent.
 */
export interface ApplicationEntity extends Application {
  /** The applicant's user account: only they (and the programme's reviewers) read the file. */
  readonly applicantUserId: string;
  /** The programme director following the file (who scheduled the phone interview), once known. */
  readonly reviewerUserId: string | null;
  readonly interviews: readonly Interview[];
  readonly eligibility: EligibilitySummary;
  readonly volunteerServiceRef: string | null;
  readonly orientationAt: string | null;
  /** When `runDue` alerted the programme director that the phone interview was overdue (sent once). */
  readonly overdueAlertSentAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A stored application record. */
export type ApplicationRecord = EntityRecord<ApplicationEntity, 'application'>;

/** What the application commands return: the application and its version (for `expectedVersion`). */
export interface ApplicationResult {
  readonly application: ApplicationEntity;
  readonly version: number;
}

/**
 * The next deadline the scan must look at: the phone-interview deadline while the interview is
 * still to be held and the overdue alert has not been sent; `null` otherwise.
 */
export function applicationDueAt(entity: Pick<ApplicationEntity, 'overdueAlertSentAt'>, machine: PersistedSnapshot<'application'>): string | null {
  if (entity.overdueAlertSentAt !== null) return null;
  const deadline = nextDeadline('application', machine);
  return deadline === null ? null : new Date(deadline.at).toISOString();
}

/**
 * The index of an application: its status, the reviewer who must act next, the applicant's user
 * id as `parentId` (so an applicant's own applications are one index scan), the partner file once
 * created, the next deadline, and the receipt instant as sort key.
 */
export function applicationIndex(entity: ApplicationEntity, machine: PersistedSnapshot<'application'>, defaultReviewer: string | null): RecordIndex {
  return {
    partnerId: entity.partnerId ?? null,
    status: machine.status,
    assigneeId: entity.reviewerUserId ?? defaultReviewer,
    parentId: entity.applicantUserId,
    dueAt: applicationDueAt(entity, machine),
    sortKey: entity.receivedAt,
  };
}

/** The stored application as a command result. */
export function applicationResult(record: ApplicationRecord): ApplicationResult {
  return { application: record.data.entity, version: record.version };
}
