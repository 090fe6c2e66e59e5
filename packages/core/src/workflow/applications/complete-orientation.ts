import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Partner } from '../../schemas/partner';
import { PartnerRole } from '../../schemas/partner';
import { Email } from '../../schemas/common';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { defineCommand } from '../operation';
import { createPartnerRecord } from '../partners/partner-store';
import { applicationRef, changeApplication } from './application-change';
import type { ApplicationEntity, ApplicationResult } from './application-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** A partner file opened from a volunteer application: the partner, and where they came from. */
export type VolunteerPartner = Partner & {
  readonly volunteer: {
    readonly programmeId: string;
    readonly applicationId: string;
    /** The user account that applied: the institution maps it to the partner actor. */
    readonly userId: string;
    readonly since: string;
    readonly volunteerServiceRef: string | null;
  };
};

/** The input of {@link completeOrientation}. */
export const CompleteOrientationInput = z
  .object({
    ...applicationRef,
    /** The volunteer's email, when the application gave none (a partner file needs one). */
    email: Email.optional(),
    /** How the volunteer takes part: a patient by default. */
    partnerRoles: z.array(PartnerRole).min(1).max(3).optional(),
  })
  .strict();

async function openPartnerFile(
  ctx: OperationContext,
  scope: CommandScope,
  app: ApplicationEntity,
  email: string,
  roles: readonly Partner['roles'][number][],
): Promise<string> {
  const id = scope.newId('ptn');
  const partner: VolunteerPartner = {
    id,
    organizationId: ctx.framework.organization.id,
    name: app.applicant.name,
    lang: app.applicant.lang,
    email,
    ...(app.applicant.phone === undefined ? {} : { phone: app.applicant.phone }),
    roles: [...roles],
    status: 'active',
    createdAt: scope.at,
    volunteer: { programmeId: app.programmeId, applicationId: app.id, userId: app.applicantUserId, since: scope.at, volunteerServiceRef: app.volunteerServiceRef },
  };
  await createPartnerRecord(scope, partner, { source: 'volunteer_application', applicationId: app.id });
  return id;
}

/**
 * The volunteer attended the orientation session: the application becomes active and the
 * volunteer's partner file is opened (a volunteer: no tax or payment profile), in the same
 * transaction. The partner file needs an email address: the application's, or `email`.
 */
export const completeOrientation = defineCommand({ target: 'record', entity: 'application' }, CompleteOrientationInput, (ctx, input): Promise<ApplicationResult> => {
  let partnerId = '';
  return changeApplication(ctx, input, {
    action: 'application.complete_orientation',
    who: 'reviewer',
    check: async (entity, scope) => {
      const email = input.email ?? entity.applicant.email;
      if (email === undefined) {
        throw new HonorariaError('validation_failed', {
          issues: [{ path: ['email'], code: 'email_required', message: translate(workflowMessages, 'email_required') }],
        });
      }
      if (entity.status !== 'orientation_scheduled') return; // the machine refuses with invalid_transition
      partnerId = await openPartnerFile(ctx, scope, entity, email, input.partnerRoles ?? ['patient']);
    },
    events: (_, scope) => [{ type: 'COMPLETE_ORIENTATION', now: scope.at }],
    update: (entity) => ({ ...entity, partnerId }),
    auditData: () => ({ partnerId }),
  });
});
