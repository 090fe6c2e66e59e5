import { HonorariaError } from '../../errors/honoraria-error';
import type { VolunteerProgramme } from '../../framework/volunteer-programme';
import type { StorageReader } from '../../ports/storage-adapter';
import type { Actor } from '../actor';
import { hasRole } from '../actor';
import type { ApproverAuthority } from '../authorization';
import { requireRole, resolveApproverAuthority } from '../authorization';
import type { OperationContext } from '../operation';
import type { ApplicationEntity } from './application-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The role that reviews applications when the policy names no role or user of its own. */
export const DEFAULT_REVIEWER_ROLE = 'programme_director';

type Ctx = Pick<OperationContext, 'actor' | 'framework'>;

/** The framework's volunteer programme; `rule_violation` when the framework has none. */
export function programmeOf(ctx: Pick<OperationContext, 'framework'>): VolunteerProgramme {
  const programme = ctx.framework.volunteerProgramme;
  if (programme === undefined) {
    throw new HonorariaError('rule_violation', {
      message: translate(workflowMessages, 'no_volunteer_programme'),
      details: { reason: 'no_volunteer_programme' },
    });
  }
  return programme;
}

/** The user the approval policy names as the reviewer of every application, if it names one. */
export function namedReviewer(ctx: Pick<OperationContext, 'framework'>): string | null {
  const rule = ctx.framework.approvalPolicy.applicationReviewer;
  return rule.kind === 'user' ? rule.userId : null;
}

/**
 * Checks that the actor reviews applications for the programme, per the approval policy's
 * `applicationReviewer`: anyone holding the role it names (`programme_director` by default), or
 * the user it names or their delegate for today (recorded as acting for them). Rules about
 * mandates do not apply to applications: they fall back to the `programme_director` role.
 * Throws `forbidden` otherwise.
 */
export async function requireReviewer(ctx: Ctx, scope: { readonly tx: Pick<StorageReader, 'list'>; readonly now: Date }): Promise<ApproverAuthority> {
  const rule = ctx.framework.approvalPolicy.applicationReviewer;
  if (rule.kind === 'user') return resolveApproverAuthority(ctx, scope, rule.userId, 'application');
  requireRole(ctx.actor, rule.kind === 'role' ? rule.role : DEFAULT_REVIEWER_ROLE);
  return { actingFor: null, delegationId: null };
}

/** Whether the actor is the applicant of this application. */
export function isApplicant(actor: Actor, entity: Pick<ApplicationEntity, 'applicantUserId'>): boolean {
  return actor.id === entity.applicantUserId && hasRole(actor, 'applicant', 'partner');
}

/**
 * For reads and the applicant's own actions: the applicant themself, or a reviewer. Anyone else
 * gets `not_found`, never a hint that the application exists.
 */
export async function requireApplicantOrReviewer(
  ctx: Ctx,
  scope: { readonly tx: Pick<StorageReader, 'list'>; readonly now: Date },
  entity: Pick<ApplicationEntity, 'applicantUserId'>,
): Promise<ApproverAuthority | 'applicant'> {
  if (isApplicant(ctx.actor, entity)) return 'applicant';
  try {
    return await requireReviewer(ctx, scope);
  } catch (error) {
    if (error instanceof HonorariaError && error.code === 'forbidden') throw new HonorariaError('not_found', { details: { collection: 'applications' } });
    throw error;
  }
}
