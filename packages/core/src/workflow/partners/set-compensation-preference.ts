import { HonorariaError } from '../../errors/honoraria-error';
import { Id } from '../../schemas/common';
import type { Partner } from '../../schemas/partner';
import { requirePartnerSelf } from '../authorization';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { buildPreference, PreferenceInput } from './partner-inputs';
import { auditPartnerChange, loadPartner } from './partner-store';

/**
 * Records the partner's own compensation choice (accept, cap, expenses only, decline, donate;
 * the preferred form): only the partner may declare it, and it applies to what is paid from now
 * on. A gift-card preference needs the framework to offer gift cards.
 */
export const setCompensationPreference = defineCommand({ target: 'record', entity: 'partner' }, PreferenceInput.extend({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<{ readonly partner: Partner; readonly version: number }> => {
    requirePartnerSelf(ctx.actor, input.id);
    return transact(ctx, input, async (scope) => {
      const { id: partnerId, expectedVersion, idempotencyKey: _key, ...fields } = input;
      if (fields.preferredForm === 'gift_card' && !ctx.framework.paymentMethods.includes('gift_card')) {
        throw new HonorariaError('rule_violation', {
          message: { fr: 'L’établissement n’offre pas de cartes-cadeaux.', en: 'The institution does not offer gift cards.' },
          details: { reason: 'gift_cards_not_offered' },
        });
      }
      const record = await loadPartner(scope, partnerId, expectedVersion);
      const preference = buildPreference(fields, { partnerId, declaredAt: scope.at });
      const partner: Partner = { ...record.data.entity, compensationPreference: preference };
      const written = await auditPartnerChange(
        scope,
        record,
        { action: 'partner.compensation_preference.set', data: { mode: preference.mode, preferredForm: preference.preferredForm, previousMode: record.data.entity.compensationPreference?.mode ?? null } },
        partner,
      );
      return { partner: written.data.entity, version: written.version };
    });
  },
);
