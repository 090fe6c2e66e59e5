import type { Partner } from '../../schemas/partner';
import { Partner as PartnerSchema, PartnerStatus } from '../../schemas/partner';
import type { PaymentProfile } from '../../schemas/payment-profile';
import { maskPaymentProfile } from '../../schemas/payment-profile';
import type { TaxProfile } from '../../schemas/tax-profile';
import { redactTaxProfile } from '../../schemas/tax-profile';
import { parseOrThrow } from '../../i18n/zod-issues';
import { requireRole } from '../authorization';
import { defineCommand, transact } from '../operation';
import { createFields } from '../command-fields';
import { buildPaymentProfile, buildPreference, buildTaxProfile, PartnerDetails, PaymentProfileInput, PreferenceInput, SinRequestInput, TaxProfileInput } from './partner-inputs';
import { createPartnerRecord, PAYMENT_PROFILES_COLLECTION, putProfile, TAX_PROFILES_COLLECTION } from './partner-store';

/** The roles that open partner files and keep their tax and payment profiles. */
export const PARTNER_FILE_ROLES = ['secretariat', 'admin'] as const;

/** What registering a partner returns: the partner and their profiles (the SIN and bank details masked). */
export interface PartnerFileResult {
  readonly partner: Partner;
  readonly version: number;
  readonly taxProfile: TaxProfile | null;
  readonly paymentProfile: PaymentProfile | null;
}

/**
 * Opens a partner's file (the secretariat or the administration): identity, language and
 * contact details; optionally the tax profile (SIN status, the SIN when provided, province,
 * residency, and the first SIN request of the reasonable-effort log), the payment profile and
 * the partner's compensation preference. The SIN and bank details are stored but never
 * returned, logged or audited: the result masks them.
 */
export const registerPartner = defineCommand({ target: 'new', entity: 'partner' }, PartnerDetails.extend({
    status: PartnerStatus.default('active'),
    taxProfile: TaxProfileInput.optional(),
    sinRequest: SinRequestInput.optional(),
    paymentProfile: PaymentProfileInput.optional(),
    compensationPreference: PreferenceInput.optional(),
    ...createFields,
  }).strict(),
  async (ctx, input): Promise<PartnerFileResult> => {
    requireRole(ctx.actor, ...PARTNER_FILE_ROLES);
    return transact(ctx, input, async (scope) => {
      const id = scope.newId('ptn');
      const { taxProfile: taxInput, sinRequest, paymentProfile: paymentInput, compensationPreference, idempotencyKey: _key, ...details } = input;
      const partner: Partner = parseOrThrow(PartnerSchema, {
        ...details,
        id,
        organizationId: ctx.framework.organization.id,
        createdAt: scope.at,
        ...(compensationPreference === undefined ? {} : { compensationPreference: buildPreference(compensationPreference, { partnerId: id, declaredAt: scope.at }, ['compensationPreference']) }),
      });
      const requests = sinRequest === undefined ? [] : [{ ...sinRequest, at: scope.at, byUserId: ctx.actor.id }];
      const taxBase = taxInput ?? (sinRequest === undefined ? undefined : { sinStatus: 'requested' as const, residency: 'resident' as const });
      const tax = taxBase === undefined ? null : buildTaxProfile(taxBase, { partnerId: id, updatedAt: scope.at, sinRequests: requests }, ['taxProfile']);
      const pay = paymentInput === undefined ? null : buildPaymentProfile(ctx.framework, paymentInput, { partnerId: id, updatedAt: scope.at, verifiedByUserId: ctx.actor.id }, ['paymentProfile']);
      const record = await createPartnerRecord(scope, partner, {
        sinStatus: tax?.sinStatus ?? null,
        sinRequests: requests.length,
        paymentMethod: pay?.method ?? null,
        compensationMode: partner.compensationPreference?.mode ?? null,
      });
      if (tax !== null) await putProfile(scope, TAX_PROFILES_COLLECTION, tax, 0);
      if (pay !== null) await putProfile(scope, PAYMENT_PROFILES_COLLECTION, pay, 0);
      return {
        partner: record.data.entity,
        version: record.version,
        taxProfile: tax === null ? null : redactTaxProfile(tax),
        paymentProfile: pay === null ? null : maskPaymentProfile(pay),
      };
    });
  },
);
