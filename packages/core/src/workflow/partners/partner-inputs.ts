import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { ErrorIssue } from '../../errors/honoraria-error';
import type { Framework } from '../../framework/framework-config';
import { parseOrThrow } from '../../i18n/zod-issues';
import { CompensationPreference } from '../../schemas/compensation-preference';
import { Partner } from '../../schemas/partner';
import { PaymentProfile } from '../../schemas/payment-profile';
import { SinRequest, TaxProfile } from '../../schemas/tax-profile';

const partner = Partner.shape;
const tax = TaxProfile.shape;
const payment = PaymentProfile.shape;
const preference = CompensationPreference.shape;

/** A partner's identity and contact details, as the secretariat records them. */
export const PartnerDetails = z.object({
  name: partner.name,
  legalName: partner.legalName,
  pronouns: partner.pronouns,
  lang: partner.lang,
  email: partner.email,
  phone: partner.phone,
  address: partner.address,
  roles: partner.roles,
});

/** A SIN request to log: how the partner was asked, and an optional note. */
export const SinRequestInput = z.object({ channel: SinRequest.shape.channel, note: SinRequest.shape.note }).strict();

/** A tax profile as entered: SIN status (and the SIN when provided), province, residency. Sensitive. */
export const TaxProfileInput = z
  .object({
    sinStatus: tax.sinStatus.default('not_requested'),
    sin: tax.sin,
    sinExpiresOn: tax.sinExpiresOn,
    province: tax.province,
    residency: tax.residency,
  })
  .strict();
/** A tax profile as entered. */
export type TaxProfileInput = z.output<typeof TaxProfileInput>;

/** A payment profile as entered: the method and the details it needs. Sensitive. */
export const PaymentProfileInput = z
  .object({ method: payment.method, bank: payment.bank, eTransferEmail: payment.eTransferEmail, mailingAddress: payment.mailingAddress })
  .strict();
/** A payment profile as entered. */
export type PaymentProfileInput = z.output<typeof PaymentProfileInput>;

/** A compensation preference as the partner declares it. */
export const PreferenceInput = z
  .object({
    mode: preference.mode,
    capPerMonthCents: preference.capPerMonthCents,
    capPerYearCents: preference.capPerYearCents,
    capReason: preference.capReason,
    capOverflow: preference.capOverflow,
    preferredForm: preference.preferredForm,
    donateTo: preference.donateTo,
    validUntil: preference.validUntil,
  })
  .strict();
/** A compensation preference as declared. */
export type PreferenceInput = z.output<typeof PreferenceInput>;

/** The full tax profile from its input (validated: a provided SIN is required, a 9-series SIN is temporary). */
export function buildTaxProfile(
  input: TaxProfileInput,
  base: { readonly partnerId: string; readonly updatedAt: string; readonly sinRequests?: readonly SinRequest[] },
  path: readonly (string | number)[] = [],
): TaxProfile {
  return parseOrThrow(TaxProfile, { ...input, partnerId: base.partnerId, updatedAt: base.updatedAt, sinRequests: base.sinRequests ?? [] }, { path });
}

/** The full payment profile from its input, checked against the framework's payment methods. */
export function buildPaymentProfile(
  framework: Framework,
  input: PaymentProfileInput,
  base: { readonly partnerId: string; readonly updatedAt: string; readonly verifiedByUserId?: string | undefined },
  path: readonly (string | number)[] = [],
): PaymentProfile {
  if (framework.paymentMethods.length > 0 && !framework.paymentMethods.includes(input.method)) {
    const issue: ErrorIssue = {
      path: [...path, 'method'],
      code: 'payment_method_not_offered',
      message: { fr: 'Ce mode de paiement n’est pas offert par l’établissement.', en: 'The institution does not offer this payment method.' },
    };
    throw new HonorariaError('validation_failed', { issues: [issue] });
  }
  const verified = base.verifiedByUserId === undefined ? {} : { verifiedAt: base.updatedAt, verifiedByUserId: base.verifiedByUserId };
  return parseOrThrow(PaymentProfile, { ...input, partnerId: base.partnerId, updatedAt: base.updatedAt, ...verified }, { path });
}

/** The full compensation preference from what the partner declared. */
export function buildPreference(input: PreferenceInput, base: { readonly partnerId: string; readonly declaredAt: string }, path: readonly (string | number)[] = []): CompensationPreference {
  return parseOrThrow(CompensationPreference, { ...input, partnerId: base.partnerId, declaredAt: base.declaredAt }, { path });
}
