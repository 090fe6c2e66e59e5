import { HonorariaError } from '../../errors/honoraria-error';
import { Id } from '../../schemas/common';
import type { TaxProfile } from '../../schemas/tax-profile';
import { redactTaxProfile } from '../../schemas/tax-profile';
import { requireRole } from '../authorization';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { requireProfileAccess } from './partner-access';
import { buildTaxProfile, SinRequestInput, TaxProfileInput } from './partner-inputs';
import { auditPartnerChange, findTaxProfile, loadPartner, putProfile, TAX_PROFILES_COLLECTION } from './partner-store';
import type { PartnerFileResult } from './register-partner';

/** What a tax-profile command returns: the partner, their version, and the profile with the SIN masked. */
export type TaxProfileResult = Omit<PartnerFileResult, 'paymentProfile'>;

/**
 * Replaces a partner's tax profile (SIN status, the SIN when provided, its expiry for a 9-series
 * SIN, province, residency), keeping the SIN request log: the partner themself, or the
 * secretariat, administration or finance. The result masks the SIN; the audit event records the
 * status only.
 */
export const updateTaxProfile = defineCommand({ target: 'record', entity: 'partner' }, TaxProfileInput.extend({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<TaxProfileResult> => {
    requireProfileAccess(ctx.actor, input.id);
    return transact(ctx, input, async (scope) => {
      const { id: partnerId, expectedVersion, idempotencyKey: _key, ...fields } = input;
      const partner = await loadPartner(scope, partnerId, expectedVersion);
      const previous = await findTaxProfile(scope.tx, partnerId);
      const profile = buildTaxProfile(fields, { partnerId, updatedAt: scope.at, sinRequests: previous?.data.entity.sinRequests ?? [] });
      await putProfile(scope, TAX_PROFILES_COLLECTION, profile, previous?.version ?? 0);
      const record = await auditPartnerChange(scope, partner, {
        action: 'partner.tax_profile.update',
        data: { sinStatus: profile.sinStatus, previousSinStatus: previous?.data.entity.sinStatus ?? null, province: profile.province ?? null },
      });
      return { partner: record.data.entity, version: record.version, taxProfile: redactTaxProfile(profile) };
    });
  },
);

/**
 * Logs a request for the partner's SIN (channel, note, who asked, when): the reasonable-effort
 * evidence the CRA expects from a payer. A partner never asked before moves to `requested`.
 * Refused (`rule_violation`) when a usable SIN is already on file. Secretariat, administration or
 * finance.
 */
export const recordSinRequest = defineCommand({ target: 'record', entity: 'partner' }, SinRequestInput.extend({ id: Id, ...changeFields }).strict(),
  async (ctx, input): Promise<TaxProfileResult> => {
    requireRole(ctx.actor, 'secretariat', 'admin', 'finance');
    return transact(ctx, input, async (scope) => {
      const partner = await loadPartner(scope, input.id, input.expectedVersion);
      const previous = await findTaxProfile(scope.tx, input.id);
      const before: TaxProfile = previous?.data.entity ?? { partnerId: input.id, sinStatus: 'not_requested', sinRequests: [], residency: 'resident', updatedAt: scope.at };
      if (before.sinStatus === 'provided') {
        throw new HonorariaError('rule_violation', {
          message: { fr: 'Le NAS de ce partenaire est déjà au dossier.', en: 'This partner’s SIN is already on file.' },
          details: { reason: 'sin_already_provided' },
        });
      }
      const request = { at: scope.at, channel: input.channel, byUserId: ctx.actor.id, ...(input.note === undefined ? {} : { note: input.note }) };
      const profile: TaxProfile = {
        ...before,
        sinStatus: before.sinStatus === 'not_requested' ? 'requested' : before.sinStatus,
        sinRequests: [...before.sinRequests, request],
        updatedAt: scope.at,
      };
      await putProfile(scope, TAX_PROFILES_COLLECTION, profile, previous?.version ?? 0);
      const record = await auditPartnerChange(scope, partner, {
        action: 'partner.sin_request',
        data: { channel: input.channel, requests: profile.sinRequests.length, sinStatus: profile.sinStatus },
      });
      return { partner: record.data.entity, version: record.version, taxProfile: redactTaxProfile(profile) };
    });
  },
);
