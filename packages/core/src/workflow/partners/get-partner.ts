import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import type { Page, StoredRecord } from '../../ports/storage-adapter';
import { Id } from '../../schemas/common';
import type { Partner } from '../../schemas/partner';
import { PartnerStatus } from '../../schemas/partner';
import type { PaymentProfile } from '../../schemas/payment-profile';
import { maskPaymentProfile } from '../../schemas/payment-profile';
import type { TaxProfile } from '../../schemas/tax-profile';
import { redactTaxProfile } from '../../schemas/tax-profile';
import { canSeeSensitive, requirePartnerOrRole, requireRole, STAFF_READ_ROLES } from '../authorization';
import { pageFields } from '../command-fields';
import { defineQuery } from '../operation';
import type { StoredEntity } from '../stored-entity';
import { PARTNER_LABEL, PARTNERS_COLLECTION, findPartner, findPaymentProfile, findTaxProfile } from './partner-store';
import type { PartnerFileResult } from './register-partner';

/**
 * A partner's file: identity, preference, and their tax and payment profiles. The SIN and bank
 * details are shown only to the partner themself and to `finance`; other staff (secretariat,
 * administration, project leads, approvers) see them masked. Another partner gets `not_found`.
 */
export const getPartner = defineQuery({ target: 'record', entity: 'partner' }, z.object({ id: Id }).strict(), async (ctx, input): Promise<PartnerFileResult> => {
  requirePartnerOrRole(ctx.actor, input.id, ...STAFF_READ_ROLES);
  const record = await findPartner(ctx.storage, input.id);
  if (record === null) {
    throw new HonorariaError('not_found', { message: { fr: `${PARTNER_LABEL.fr} introuvable.`, en: `${PARTNER_LABEL.en} not found.` }, details: { id: input.id } });
  }
  const sensitive = canSeeSensitive(ctx.actor, input.id);
  const tax = (await findTaxProfile(ctx.storage, input.id))?.data.entity ?? null;
  const pay = (await findPaymentProfile(ctx.storage, input.id))?.data.entity ?? null;
  const taxProfile: TaxProfile | null = tax === null ? null : sensitive ? tax : redactTaxProfile(tax);
  const paymentProfile: PaymentProfile | null = pay === null ? null : sensitive ? pay : maskPaymentProfile(pay);
  return { partner: record.data.entity, version: record.version, taxProfile, paymentProfile };
});

/** A page of partners, for staff choosing a partner (a mandate's, a payment's). */
export interface PartnerPage {
  readonly items: readonly { readonly partner: Partner; readonly version: number }[];
  readonly nextCursor: string | null;
}

/** Lists partners, optionally by status, newest first: staff only (a partner reads their own file with `getPartner`). */
export const listPartners = defineQuery({ target: 'page', entity: 'partner' }, z.object({ status: z.union([PartnerStatus, z.array(PartnerStatus).min(1)]).optional(), ...pageFields }).strict(),
  async (ctx, input): Promise<PartnerPage> => {
    requireRole(ctx.actor, ...STAFF_READ_ROLES);
    const page: Page<StoredRecord<StoredEntity<Partner>>> = await ctx.storage.list<StoredEntity<Partner>>(PARTNERS_COLLECTION, {
      ...(input.status === undefined ? {} : { where: { status: input.status } }),
      order: 'desc',
      limit: input.limit,
      cursor: input.cursor ?? null,
    });
    return { items: page.items.map((r) => ({ partner: r.data.entity, version: r.version })), nextCursor: page.nextCursor };
  },
);
