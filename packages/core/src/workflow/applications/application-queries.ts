import * as z from 'zod';
import type { EligibilityResult } from '../../eligibility/evaluate-eligibility';
import { HonorariaError } from '../../errors/honoraria-error';
import type { ApplicationEventType } from '../../machines/application-machine';
import { allowedEvents } from '../../machines/apply-event';
import { isOverdue } from '../../machines/deadlines';
import type { PersistedSnapshot } from '../../machines/persisted-snapshot';
import type { IndexFilter, StoredRecord } from '../../ports/storage-adapter';
import type { ParkingPass } from '../../schemas/parking-pass';
import { ApplicationStatus } from '../../schemas/status';
import { requirePartnerOrRole } from '../authorization';
import { hasRole } from '../actor';
import { defineQuery } from '../operation';
import { pageFields } from '../command-fields';
import { Id } from '../../schemas/common';
import type { StoredEntity } from '../stored-entity';
import { DEFAULT_REVIEWER_ROLE, programmeOf, requireApplicantOrReviewer, requireReviewer } from './application-access';
import { evaluateApplication } from './application-eligibility';
import type { ApplicationEntity } from './application-store';
import { APPLICATIONS_COLLECTION, PARKING_PASSES_COLLECTION } from './application-store';
import { APPLICATION_LABEL } from './application-change';

/** An application as the queries show it: with its version, whether its phone interview is overdue, and what can happen next. */
export interface ApplicationView {
  readonly application: ApplicationEntity;
  readonly version: number;
  /** Whether the phone interview is overdue now (still to be held after its deadline). */
  readonly overdue: boolean;
  /** When the phone interview is (or was) due, ISO instant. */
  readonly phoneInterviewDueAt: string;
}

/** {@link getApplication}'s answer: the view, the eligibility with each criterion's reason, and the events the application accepts now. */
export interface ApplicationDetails extends ApplicationView {
  readonly eligibility: EligibilityResult;
  readonly nextSteps: readonly ApplicationEventType[];
}

function viewOf(record: StoredRecord<StoredEntity<ApplicationEntity>>, now: string): ApplicationView {
  const machine = record.data.machine as PersistedSnapshot<'application'>;
  return {
    application: record.data.entity,
    version: record.version,
    overdue: isOverdue('application', machine, now),
    phoneInterviewDueAt: machine.context.phoneInterviewDueAt,
  };
}

/** The input of {@link getApplication}. */
export const GetApplicationInput = z.object({ id: Id }).strict();

/** One application, for its applicant or a reviewer (anyone else: `not_found`). */
export const getApplication = defineQuery({ target: 'record', entity: 'application' }, GetApplicationInput, async (ctx, input): Promise<ApplicationDetails> => {
  const programme = programmeOf(ctx);
  const now = ctx.clock.now();
  const record = await ctx.storage.get<StoredEntity<ApplicationEntity>>(APPLICATIONS_COLLECTION, input.id);
  if (record === null) {
    throw new HonorariaError('not_found', { message: { fr: `${APPLICATION_LABEL.fr} introuvable.`, en: `${APPLICATION_LABEL.en} not found.` }, details: { collection: APPLICATIONS_COLLECTION } });
  }
  await requireApplicantOrReviewer(ctx, { tx: ctx.storage, now }, record.data.entity);
  const entity = record.data.entity;
  return {
    ...viewOf(record, now.toISOString()),
    eligibility: evaluateApplication(entity, programme, entity.receivedOn),
    nextSteps: allowedEvents('application', record.data.machine),
  };
});

const PHONE_PENDING = ['submitted', 'phone_interview_scheduled'] as const;

/** The input of {@link listApplications}. */
export const ListApplicationsInput = z
  .object({
    /** Only applications in these states. */
    status: z.union([ApplicationStatus, z.array(ApplicationStatus).min(1)]).optional(),
    /** Only applications whose phone interview is overdue. */
    overdueOnly: z.boolean().default(false),
    /** Only applications the actor follows. */
    assignedToMe: z.boolean().default(false),
    ...pageFields,
  })
  .strict();

/** A page of {@link listApplications}. */
export interface ApplicationPage {
  readonly items: readonly ApplicationView[];
  readonly nextCursor: string | null;
}

/**
 * Applications, oldest received first, each with an `overdue` flag: for a reviewer, every
 * application (or those in some states, those overdue, those they follow); for an applicant,
 * their own. A page can hold fewer items than `limit` when `overdueOnly` filters some out;
 * follow `nextCursor` until it is `null`.
 */
export const listApplications = defineQuery({ target: 'page', entity: 'application' }, ListApplicationsInput, async (ctx, input): Promise<ApplicationPage> => {
  programmeOf(ctx);
  const now = ctx.clock.now();
  const where: { status?: IndexFilter; parentId?: string; assigneeId?: string } = {};
  const statuses = input.status === undefined ? null : Array.isArray(input.status) ? input.status : [input.status];
  if (input.overdueOnly) where.status = (statuses ?? [...PHONE_PENDING]).filter((s) => (PHONE_PENDING as readonly string[]).includes(s));
  else if (statuses !== null) where.status = statuses;
  if (hasRole(ctx.actor, 'applicant') && !isReviewerRole(ctx)) {
    where.parentId = ctx.actor.id;
  } else {
    await requireReviewer(ctx, { tx: ctx.storage, now });
    if (input.assignedToMe) where.assigneeId = ctx.actor.id;
  }
  const page = await ctx.storage.list<StoredEntity<ApplicationEntity>>(APPLICATIONS_COLLECTION, { where, limit: input.limit, cursor: input.cursor ?? null });
  const at = now.toISOString();
  const items = page.items.map((r) => viewOf(r, at)).filter((v) => !input.overdueOnly || v.overdue);
  return { items, nextCursor: page.nextCursor };
});

function isReviewerRole(ctx: Parameters<typeof programmeOf>[0] & { actor: { roles: readonly string[]; id: string } }): boolean {
  const rule = ctx.framework.approvalPolicy.applicationReviewer;
  if (rule.kind === 'user') return ctx.actor.id === rule.userId;
  return ctx.actor.roles.includes(rule.kind === 'role' ? rule.role : DEFAULT_REVIEWER_ROLE);
}

/** The input of {@link listParkingPasses}. */
export const ListParkingPassesInput = z
  .object({
    partnerId: Id,
    ...pageFields,
  })
  .strict();

/** A page of {@link listParkingPasses}. */
export interface ParkingPassPage {
  readonly items: readonly { readonly parkingPass: ParkingPass; readonly version: number }[];
  readonly nextCursor: string | null;
}

/** A partner's parking passes, oldest first: for the partner themself or a reviewer of the programme. */
export const listParkingPasses = defineQuery({ target: 'page', entity: 'parkingPass' }, ListParkingPassesInput, async (ctx, input): Promise<ParkingPassPage> => {
  const now = ctx.clock.now();
  if (!(ctx.actor.partnerId === input.partnerId && hasRole(ctx.actor, 'partner'))) {
    if (hasRole(ctx.actor, 'partner') && !isReviewerRole(ctx)) requirePartnerOrRole(ctx.actor, input.partnerId);
    else await requireReviewer(ctx, { tx: ctx.storage, now });
  }
  const page = await ctx.storage.list<StoredEntity<ParkingPass>>(PARKING_PASSES_COLLECTION, { where: { partnerId: input.partnerId }, limit: input.limit, cursor: input.cursor ?? null });
  return { items: page.items.map((r) => ({ parkingPass: r.data.entity, version: r.version })), nextCursor: page.nextCursor };
});
