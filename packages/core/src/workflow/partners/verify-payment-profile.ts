import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Id } from '../../schemas/common';
import { maskPaymentProfile } from '../../schemas/payment-profile';
import { requireRole } from '../authorization';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { auditPartnerChange, findPaymentProfile, loadPartner, PAYMENT_PROFILES_COLLECTION, putProfile } from './partner-store';
import { destinationFingerprint, payoutHeld } from './payout-destination';
import type { PartnerFileResult } from './register-partner';

/**
 * Someone with the finance role verifies a partner's changed payment details (with the partner,
 * by a channel other than the one the change came through): payouts to them are released. Never
 * the person who made the change, never the partner. `invalid_transition` when nothing is held.
 */
export const verifyPaymentProfile = defineCommand({ target: 'record', entity: 'partner' }, z.object({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<Omit<PartnerFileResult, 'taxProfile'>> => {
    requireRole(ctx.actor, 'finance');
    if (ctx.actor.partnerId === input.id) throw new HonorariaError('forbidden', { details: { reason: 'own_payment_profile' } });
    return transact(ctx, input, async (scope) => {
      const partner = await loadPartner(scope, input.id, input.expectedVersion);
      const record = await findPaymentProfile(scope.tx, input.id);
      const profile = record?.data.entity;
      if (record === null || !payoutHeld(profile)) {
        throw new HonorariaError('invalid_transition', {
          message: { fr: 'Aucune coordonnée de paiement n’attend de vérification.', en: 'No payment details are waiting for verification.' },
          details: { machine: 'payment_profile', from: profile === undefined ? 'none' : 'verified', event: 'VERIFY' },
        });
      }
      if (record.data.entity.changedByUserId === ctx.actor.id) {
        throw new HonorariaError('forbidden', {
          message: { fr: 'La personne qui a modifié les coordonnées ne peut pas les vérifier.', en: 'The person who changed the details cannot verify them.' },
          details: { reason: 'changed_by_verifier' },
        });
      }
      const verified = { ...record.data.entity, verifiedAt: scope.at, verifiedByUserId: ctx.actor.id };
      await putProfile(scope, PAYMENT_PROFILES_COLLECTION, verified, record.version);
      const written = await auditPartnerChange(scope, partner, { action: 'partner.payment_profile.verify', data: { method: verified.method, destination: destinationFingerprint(verified) } });
      return { partner: written.data.entity, version: written.version, paymentProfile: maskPaymentProfile(verified) };
    });
  },
);
