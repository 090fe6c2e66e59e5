import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { requireAdministration } from '../authorization';
import { createFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { findPartner } from '../partners/partner-store';
import type { StoredEntity } from '../stored-entity';
import { transitionEntity } from '../stored-entity';
import type { AgreementAcceptance } from '../../schemas/agreement-acceptance';
import type { Page } from '../../ports/storage-adapter';
import { notifySuperseded } from './agreement-notifications';
import type { AgreementRecord } from './agreement-store';
import { AGREEMENT_SUBJECT, AGREEMENTS_COLLECTION, agreementIndex } from './agreement-store';

/** What {@link supersedeAgreements} did. */
export interface SupersedeResult {
  /** The acceptances superseded (accepted or pending ones of older policy versions). */
  readonly superseded: number;
  /** The partners told to accept the new agreement. */
  readonly partnersNotified: number;
}

/**
 * After a new policy version that requires re-acceptance (`policyVersion.requiresReacceptance`),
 * supersedes every acceptance (accepted or pending) of an older version, in one transaction,
 * and tells each partner concerned to accept the new master agreement (they may do so with
 * their next mandate). The administration only. `rule_violation` when the current version does
 * not require re-acceptance.
 */
export const supersedeAgreements = defineCommand({ target: 'many', entity: 'agreement' }, z.object({ ...createFields }).strict(), async (ctx, input): Promise<SupersedeResult> => {
  requireAdministration(ctx);
  if (!ctx.framework.policyVersion.requiresReacceptance || ctx.framework.masterAgreement === undefined) {
    throw new HonorariaError('rule_violation', {
      message: {
        fr: 'La version en vigueur du cadre n’exige pas une nouvelle acceptation de l’entente globale.',
        en: 'The framework’s current version does not require the master agreement to be accepted again.',
      },
      details: { reason: 'reacceptance_not_required' },
    });
  }
  const policyVersion = ctx.framework.policyVersion.id;
  return transact(ctx, input, async (scope) => {
    const stale: AgreementRecord[] = [];
    for (let cursor: string | null = null; ; ) {
      const page: Page<AgreementRecord> = await scope.tx.list<StoredEntity<AgreementAcceptance, 'agreement'>>(AGREEMENTS_COLLECTION, { where: { status: ['sent', 'accepted'] }, limit: 1000, cursor });
      stale.push(...page.items.filter((r) => r.data.entity.policyVersionId !== policyVersion));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    const notified = new Set<string>();
    for (const record of stale) {
      const written = await transitionEntity(scope, record, {
        kind: 'agreement',
        event: { type: 'SUPERSEDE', now: scope.at, policyVersion },
        action: 'agreement.supersede',
        subjectType: AGREEMENT_SUBJECT,
        update: (entity, next) => ({ ...entity, status: next.status, supersededAt: scope.at, supersededById: ctx.framework.masterAgreement?.id ?? policyVersion }),
        index: agreementIndex,
        auditData: { policyVersionId: policyVersion },
      });
      const partnerId = written.data.entity.partnerId;
      if (notified.has(partnerId)) continue;
      const partner = await findPartner(scope.tx, partnerId);
      if (partner === null) continue;
      await notifySuperseded(ctx, scope, partner.data.entity, written.id);
      notified.add(partnerId);
    }
    return { superseded: stale.length, partnersNotified: notified.size };
  });
});
