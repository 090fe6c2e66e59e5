import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Lang } from '../../i18n/lang-schema';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import { ApplicationAnswer, Commitment } from '../../schemas/application';
import { Code, Email } from '../../schemas/common';
import { dateOf } from '../../time/time-zone';
import { requireRole } from '../authorization';
import { defineCommand, transact } from '../operation';
import { writeEntity } from '../stored-entity';
import { namedReviewer, programmeOf } from './application-access';
import { IdempotencyKey } from '../command-fields';
import { evaluateApplication, summarizeEligibility } from './application-eligibility';
import { notifyApplicationReceived } from './application-notifications';
import type { ApplicationEntity, ApplicationResult } from './application-store';
import { APPLICATIONS_COLLECTION, applicationIndex, applicationResult } from './application-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The input of {@link submitApplication}: the application form. */
export const SubmitApplicationInput = z
  .object({
    applicant: z
      .object({
        name: z.string().trim().min(1).max(200),
        email: Email.optional(),
        phone: z.string().trim().min(3).max(40).optional(),
        lang: Lang.optional(),
      })
      .strict(),
    /** Answers by criterion code (or other form field): `true` for an attestation, an ISO date, a region code… */
    answers: z.record(Code, ApplicationAnswer).default({}),
    commitment: Commitment.optional(),
    idempotencyKey: IdempotencyKey.optional(),
  })
  .strict();

/**
 * The applicant (role `applicant`) submits the programme's application form. The application is
 * received now, its eligibility is evaluated against the programme's criteria, its phone interview
 * falls due `interviewDeadlineDays` later (30 at the CISSS de l’Outaouais), and the applicant is
 * told it was received (when they gave an email address).
 */
export const submitApplication = defineCommand({ target: 'new', entity: 'application' }, SubmitApplicationInput, async (ctx, input): Promise<ApplicationResult> => {
  requireRole(ctx.actor, 'applicant');
  const programme = programmeOf(ctx);
  if (input.commitment !== undefined && !programme.commitments.includes(input.commitment)) {
    throw new HonorariaError('validation_failed', {
      issues: [
        {
          path: ['commitment'],
          code: 'commitment_not_offered',
          message: translate(workflowMessages, 'commitment_not_offered'),
        },
      ],
    });
  }
  return transact(ctx, input, async (scope) => {
    const id = scope.newId('app');
    const receivedOn = dateOf(scope.now.getTime(), ctx.framework.timeZone);
    const machine = initialSnapshot('application', {
      receivedAt: scope.at,
      timeZone: ctx.framework.timeZone,
      phoneInterviewDueDays: programme.interviewDeadlineDays,
      requiredDocuments: programme.requiredDocuments.map((d) => d.code),
    });
    const draft = {
      id,
      organizationId: ctx.framework.organization.id,
      programmeId: programme.id,
      applicant: {
        name: input.applicant.name,
        ...(input.applicant.email === undefined ? {} : { email: input.applicant.email }),
        ...(input.applicant.phone === undefined ? {} : { phone: input.applicant.phone }),
        lang: input.applicant.lang ?? ctx.framework.defaultLang,
      },
      answers: input.answers,
      ...(input.commitment === undefined ? {} : { commitment: input.commitment }),
      receivedAt: scope.at,
      receivedOn,
      documentsVerified: {},
      assessments: {},
      interviewIds: [],
      status: machine.status,
    };
    const eligibility = evaluateApplication(draft, programme, receivedOn);
    const entity: ApplicationEntity = {
      ...draft,
      applicantUserId: ctx.actor.id,
      reviewerUserId: null,
      interviews: [],
      eligibility: summarizeEligibility(eligibility, receivedOn),
      volunteerServiceRef: null,
      orientationAt: null,
      overdueAlertSentAt: null,
      createdAt: scope.at,
      updatedAt: scope.at,
    };
    const record = await writeEntity(scope, {
      collection: APPLICATIONS_COLLECTION,
      id,
      entity,
      machine,
      index: applicationIndex(entity, machine, namedReviewer(ctx)),
      expectedVersion: 0,
      audit: { subjectType: 'application', action: 'application.submit', toState: machine.status, data: { eligibility: eligibility.overall } },
    });
    await notifyApplicationReceived(ctx, scope, entity, eligibility.interviewDueOn);
    return applicationResult(record);
  });
});
