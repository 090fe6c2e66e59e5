import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { parseOrThrow } from '../../i18n/zod-issues';
import { Note } from '../../machines/machine-fields';
import { ApprovalSubject } from '../../schemas/approval';
import { Id } from '../../schemas/common';
import { Delegation } from '../../schemas/delegation';
import { daysBetween, IsoDate } from '../../time/calendar-date';
import { ADMIN_ROLE, hasRole } from '../actor';
import { DELEGATIONS_COLLECTION, requireRole } from '../authorization';
import { changeFields, createFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { loadEntity, writeEntity } from '../stored-entity';
import { notifyDelegate } from './delegation-notifications';
import type { DelegationEntity } from './delegation-store';
import { DELEGATION_LABEL, DELEGATION_SUBJECT, delegationIndex } from './delegation-store';
import { translate } from '../../i18n/messages';
import { workflowMessages } from '../../i18n/messages/workflow';

/** The roles that approve something, and so may delegate it. */
export const APPROVING_ROLES = ['approver', 'project_lead', 'programme_director'] as const;

/** What a delegation command returns. */
export interface DelegationResult {
  readonly delegation: DelegationEntity;
  readonly version: number;
}

/**
 * Delegates approvals to someone for a date window (first and last day, organization's time
 * zone), for some kinds of decision, with a reason: an approver for themself, or the
 * administration for an approver (`fromUserId`). Needs the policy to allow delegation, and at
 * most `delegation.maxDays` days. The delegate's decisions are recorded as acting for the
 * approver; the delegate is told.
 */
export const createDelegation = defineCommand({ target: 'new', entity: 'delegation' }, z
    .object({
      toUserId: Id,
      fromUserId: Id.optional(),
      from: IsoDate,
      to: IsoDate,
      subjects: z.array(ApprovalSubject).min(1).default(['mandate', 'payment_request', 'amendment']),
      reason: Note,
      ...createFields,
    })
    .strict(),
  async (ctx, input): Promise<DelegationResult> => {
    const admin = hasRole(ctx.actor, ADMIN_ROLE);
    const fromUserId = input.fromUserId ?? ctx.actor.id;
    if (fromUserId !== ctx.actor.id) {
      if (!admin) throw new HonorariaError('forbidden', { message: translate(workflowMessages, 'delegation_for_other_admin_only') });
    } else if (!admin) {
      requireRole(ctx.actor, ...APPROVING_ROLES);
    }
    const policy = ctx.framework.approvalPolicy.delegation;
    if (!policy.allowed) {
      throw new HonorariaError('rule_violation', { message: translate(workflowMessages, 'delegation_not_allowed'), details: { reason: 'delegation_not_allowed' } });
    }
    // Only to staff who hold the delegated (approving) role, as the directory knows them: never to
    // a partner account, whatever roles the host application gives it.
    const wanted: readonly string[] = APPROVING_ROLES;
    const delegate = await ctx.directory.find(input.toUserId);
    if (delegate === null || !(delegate.roles ?? []).some((r) => wanted.includes(r))) {
      throw new HonorariaError('rule_violation', {
        message: {
          fr: 'On ne délègue qu’à un membre du personnel qui détient le rôle délégué.',
          en: 'A delegation goes only to a member of staff who holds the delegated role.',
        },
        details: { reason: 'delegate_lacks_role', roles: wanted.join('|') },
      });
    }
    return transact(ctx, input, async (scope) => {
      const base = parseOrThrow(Delegation, { id: scope.newId('dlg'), fromUserId, toUserId: input.toUserId, from: input.from, to: input.to, subjects: input.subjects, createdAt: scope.at });
      if (policy.maxDays !== undefined && daysBetween(base.from, base.to) + 1 > policy.maxDays) {
        throw new HonorariaError('rule_violation', {
          message: { fr: `Une délégation dure au plus ${policy.maxDays} jours.`, en: `A delegation lasts at most ${policy.maxDays} days.` },
          details: { reason: 'delegation_too_long', maxDays: policy.maxDays },
        });
      }
      const delegation: DelegationEntity = { ...base, reason: input.reason, createdByUserId: ctx.actor.id };
      const record = await writeEntity(scope, {
        collection: DELEGATIONS_COLLECTION,
        id: delegation.id,
        entity: delegation,
        machine: null,
        index: delegationIndex(delegation),
        expectedVersion: 0,
        audit: { subjectType: DELEGATION_SUBJECT, action: 'delegation.create', toState: 'active', data: { fromUserId, toUserId: input.toUserId, from: base.from, to: base.to, subjects: base.subjects, reason: input.reason } },
      });
      await notifyDelegate(ctx, scope, 'granted', delegation);
      return { delegation: record.data.entity, version: record.version };
    });
  },
);

/** Revokes a delegation (the person who delegated, or the administration): the delegate can no longer act for them. */
export const revokeDelegation = defineCommand({ target: 'record', entity: 'delegation' }, z.object({ id: Id, ...changeFields }).strict(), async (ctx, input): Promise<DelegationResult> =>
  transact(ctx, input, async (scope) => {
    const record = await loadEntity<DelegationEntity>(scope, DELEGATIONS_COLLECTION, input.id, { expectedVersion: input.expectedVersion, label: DELEGATION_LABEL });
    const current = record.data.entity;
    if (ctx.actor.id !== current.fromUserId && !hasRole(ctx.actor, ADMIN_ROLE)) {
      throw new HonorariaError('forbidden', { message: translate(workflowMessages, 'delegation_revoke_forbidden') });
    }
    if (current.revokedAt !== undefined) {
      throw new HonorariaError('invalid_transition', {
        message: translate(workflowMessages, 'delegation_already_revoked'),
        details: { machine: 'delegation', from: 'revoked', event: 'REVOKE' },
      });
    }
    const delegation: DelegationEntity = { ...current, revokedAt: scope.at, revokedByUserId: ctx.actor.id };
    const written = await writeEntity(scope, {
      collection: DELEGATIONS_COLLECTION,
      id: record.id,
      entity: delegation,
      machine: null,
      index: delegationIndex(delegation),
      expectedVersion: record.version,
      audit: { subjectType: DELEGATION_SUBJECT, action: 'delegation.revoke', fromState: 'active', toState: 'revoked' },
    });
    await notifyDelegate(ctx, scope, 'revoked', delegation);
    return { delegation: written.data.entity, version: written.version };
  }),
);
