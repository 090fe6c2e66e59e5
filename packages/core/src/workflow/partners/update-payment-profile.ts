import { Id } from '../../schemas/common';
import { maskPaymentProfile } from '../../schemas/payment-profile';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { requireProfileAccess } from './partner-access';
import { buildPaymentProfile, PaymentProfileInput } from './partner-inputs';
import { auditPartnerChange, findPaymentProfile, loadPartner, PAYMENT_PROFILES_COLLECTION, putProfile } from './partner-store';
import { notifyPaymentProfileChange } from './payment-profile-notifications';
import { destinationChanged, destinationFingerprint } from './payout-destination';
import type { PartnerFileResult } from './register-partner';

/**
 * Replaces a partner's payment profile (method, bank details, e-transfer email, mailing
 * address): the partner themself, or the secretariat, administration or finance.
 *
 * A change of where the money goes (method, account, e-transfer email, cheque address), by
 * anyone, is guarded against payout diversion: the audit event records the masked details before
 * and after; the partner is told at the address on file and at the previous and new e-transfer
 * addresses, and the administration and finance are told; and payouts to the new details are held
 * until someone with the finance role verifies them (`verifyPaymentProfile`) — the administration
 * queue and the payroll CSV show the hold. A change that keeps the destination (a holder's name)
 * keeps its verification. `expectedVersion` is the partner record's version. The result masks
 * the bank details.
 */
export const updatePaymentProfile = defineCommand({ target: 'record', entity: 'partner' }, PaymentProfileInput.extend({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<Omit<PartnerFileResult, 'taxProfile'>> => {
    requireProfileAccess(ctx.actor, input.id);
    return transact(ctx, input, async (scope) => {
      const { id: partnerId, expectedVersion, idempotencyKey: _key, ...fields } = input;
      const partner = await loadPartner(scope, partnerId, expectedVersion);
      const previous = (await findPaymentProfile(scope.tx, partnerId)) ?? null;
      const before = previous?.data.entity;
      const built = buildPaymentProfile(ctx.framework, fields, { partnerId, updatedAt: scope.at });
      const moved = destinationChanged(before, built);
      const kept = !moved && before?.verifiedAt !== undefined ? { verifiedAt: before.verifiedAt, ...(before.verifiedByUserId === undefined ? {} : { verifiedByUserId: before.verifiedByUserId }) } : {};
      const profile = { ...built, ...kept, changedByUserId: moved ? ctx.actor.id : (before?.changedByUserId ?? ctx.actor.id) };
      await putProfile(scope, PAYMENT_PROFILES_COLLECTION, profile, previous?.version ?? 0);
      const change = { before: destinationFingerprint(before), after: destinationFingerprint(profile) };
      const record = await auditPartnerChange(scope, partner, {
        action: 'partner.payment_profile.update',
        data: { method: profile.method, previousMethod: before?.method ?? null, destinationChanged: moved, before: change.before, after: change.after, verified: profile.verifiedAt !== undefined },
      });
      if (moved) await notifyPaymentProfileChange(ctx, scope, partner.data.entity, { previous: before, next: profile }, change);
      return { partner: record.data.entity, version: record.version, paymentProfile: maskPaymentProfile(profile) };
    });
  },
);
