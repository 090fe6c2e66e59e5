import { HonorariaError } from '../../errors/honoraria-error';
import { formatCents } from '../../money/format-money';
import type { PaymentMethod } from '../../schemas/payment-profile';
import type { PaymentQuote } from '../../schemas/payment-quote';
import { hasUsableSin } from '../../schemas/tax-profile';
import { appliesToProvince, requiresSlip, taxRulesForYear } from '../../tax/tax-rule';
import { dateOf, yearOf } from '../../time/time-zone';
import { ADMIN_ROLE, hasRole } from '../actor';
import { requireAdministration, requireNotPayeeLinked } from '../authorization';
import type { CommandScope } from '../command-scope';
import type { OperationContext } from '../operation';
import { findPaymentProfile, findTaxProfile } from '../partners/partner-store';
import { payoutHeld } from '../partners/payout-destination';
import type { PaymentRequestEntity } from '../payment-requests/payment-request-store';
import { partnerYearLedger } from '../payment-requests/request-quote';

/**
 * Checks that the actor may do the administration's steps on a request (forward, process, record
 * payment, reverse): they hold the policy's administration role, are not its payee and, unless
 * the policy's segregation lets an approver administer, did not approve it (nor was it assigned
 * to them). Throws `forbidden`.
 */
export async function authorizeAdministration(ctx: Pick<OperationContext, 'actor' | 'framework' | 'directory'>, request: PaymentRequestEntity): Promise<void> {
  requireAdministration(ctx);
  await requireNotPayeeLinked(ctx, request.partnerId);
  if (ctx.framework.approvalPolicy.segregation.approverMayAdminister) return;
  if (ctx.actor.id === request.decidedByUserId || ctx.actor.id === request.approverUserId) {
    throw new HonorariaError('forbidden', {
      message: {
        fr: 'La personne qui a approuvé une demande ne peut pas aussi la traiter pour paiement.',
        en: 'The person who approved a request cannot also process it for payment.',
      },
    });
  }
}

/** Whether the actor may read the administration's views (queue): the administration role or finance. */
export function isAdministrationOrFinance(ctx: Pick<OperationContext, 'actor' | 'framework'>): boolean {
  return hasRole(ctx.actor, ADMIN_ROLE, 'finance');
}

/** The quote a request is paid on (its approved quote). */
export function approvedQuote(request: PaymentRequestEntity): PaymentQuote {
  if (request.quote === undefined) throw new HonorariaError('internal', { details: { id: request.id, reason: 'no_quote' } });
  return request.quote;
}

/**
 * The slip-threshold gate of the framework (`tax.missingSin: 'block'`): refuses (`rule_violation`)
 * a payment that would take the partner's taxable total of the year past a slip threshold while
 * no usable SIN is on file. Does nothing when the framework only warns.
 */
export async function checkSinGate(ctx: Pick<OperationContext, 'framework'>, scope: CommandScope, request: PaymentRequestEntity, paidAt: string): Promise<void> {
  const { framework } = ctx;
  const quote = approvedQuote(request);
  if (framework.tax.missingSin !== 'block' || quote.taxableCents <= 0) return;
  const year = yearOf(paidAt, framework.timeZone);
  const profile = (await findTaxProfile(scope.tx, request.partnerId))?.data.entity;
  if (hasUsableSin(profile, dateOf(paidAt, framework.timeZone))) return;
  const prior = (await partnerYearLedger(scope.tx, framework, request.partnerId, request.organizationId, year))?.taxableCents ?? 0;
  const after = prior + quote.taxableCents;
  const rule = taxRulesForYear(framework.tax.rules, year).find((r) => appliesToProvince(r, profile?.province) && requiresSlip(r, after));
  if (rule === undefined) return;
  throw new HonorariaError('rule_violation', {
    message: {
      fr: `Ce paiement porterait le total imposable de l’année à ${formatCents(after, quote.currency, 'fr')}, au-delà du seuil du feuillet ${rule.kind}, et aucun NAS utilisable n’est au dossier. Obtenez le NAS avant de payer.`,
      en: `This payment would take the year’s taxable total to ${formatCents(after, quote.currency, 'en')}, past the ${rule.kind} slip threshold, and no usable SIN is on file. Obtain the SIN before paying.`,
    },
    details: { reason: 'sin_required', ruleId: rule.id, thresholdCents: rule.thresholdCents, totalCents: after },
  });
}

/**
 * How a request is paid: by gift card when that is the agreed form, else by the partner's
 * payment profile; `none` when nothing is paid. `rule_violation` when money is owed and the
 * partner has no payment profile.
 */
export async function paymentMethodOf(scope: CommandScope, request: PaymentRequestEntity): Promise<PaymentMethod | 'none'> {
  const quote = approvedQuote(request);
  if (quote.paymentForm === 'gift_card' && quote.compensationCents > 0) return 'gift_card';
  const profile = (await findPaymentProfile(scope.tx, request.partnerId))?.data.entity;
  if (profile !== undefined && payoutHeld(profile)) {
    throw new HonorariaError('rule_violation', {
      message: {
        fr: 'Les coordonnées de paiement du partenaire ont changé : une personne des finances doit les vérifier avant le paiement.',
        en: 'The partner’s payment details changed: someone in finance must verify them before the payment.',
      },
      details: { reason: 'payment_profile_unverified', partnerId: request.partnerId },
    });
  }
  if (profile !== undefined) return profile.method;
  if (quote.totalCents <= 0) return 'none';
  throw new HonorariaError('rule_violation', {
    message: {
      fr: 'Le partenaire n’a pas de profil de paiement : enregistrez-le avant de traiter le paiement.',
      en: 'The partner has no payment profile: record it before processing the payment.',
    },
    details: { reason: 'payment_profile_missing', partnerId: request.partnerId },
  });
}
