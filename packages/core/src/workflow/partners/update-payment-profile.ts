import { Id } from '../../schemas/common';
import { maskPaymentProfile } from '../../schemas/payment-profile';
import { isPartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { requireProfileAccess } from './partner-access';
import { buildPaymentProfile, PaymentProfileInput } from './partner-inputs';
import { auditPartnerChange, findPaymentProfile, loadPartner, PAYMENT_PROFILES_COLLECTION, putProfile } from './partner-store';
import type { PartnerFileResult } from './register-partner';

/**
 * Replaces a partner's payment profile (method, bank details, e-transfer email, mailing
 * address): the partner themself, or the secretariat, administration or finance. A change by
 * staff counts as verified by them; a change by the partner is unverified until staff check it.
 * `expectedVersion` is the partner record's version. The result masks the bank details; the
 * audit event records the method only.
 */
export const updatePaymentProfile = defineCommand({ target: 'record', entity: 'partner' }, PaymentProfileInput.extend({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<Omit<PartnerFileResult, 'taxProfile'>> => {
    requireProfileAccess(ctx.actor, input.id);
    return transact(ctx, input, async (scope) => {
      const { id: partnerId, expectedVersion, idempotencyKey: _key, ...fields } = input;
      const partner = await loadPartner(scope, partnerId, expectedVersion);
      const previous = await findPaymentProfile(scope.tx, partnerId);
      const bySelf = isPartnerSelf(ctx.actor, partnerId);
      const profile = buildPaymentProfile(ctx.framework, fields, { partnerId, updatedAt: scope.at, verifiedByUserId: bySelf ? undefined : ctx.actor.id });
      await putProfile(scope, PAYMENT_PROFILES_COLLECTION, profile, previous?.version ?? 0);
      const record = await auditPartnerChange(scope, partner, {
        action: 'partner.payment_profile.update',
        data: { method: profile.method, previousMethod: previous?.data.entity.method ?? null, verified: !bySelf },
      });
      return { partner: record.data.entity, version: record.version, paymentProfile: maskPaymentProfile(profile) };
    });
  },
);
