import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Note } from '../../machines/machine-fields';
import { Id } from '../../schemas/common';
import { taxRulesForYear } from '../../tax/tax-rule';
import { changeFields } from '../command-fields';
import { defineCommand, transact } from '../operation';
import { requireTaxOfficer } from './generate-tax-slips';
import type { TaxSlipEntity, TaxSlipRecord } from './tax-slip-store';
import { loadTaxSlip, writeTaxSlip } from './tax-slip-store';
import { yearLedgers } from './year-ledgers';

/** What a slip command returns: the slip and its version. */
export interface TaxSlipResult {
  readonly taxSlip: TaxSlipEntity;
  readonly version: number;
}

const resultOf = (record: TaxSlipRecord): TaxSlipResult => ({ taxSlip: record.data.entity, version: record.version });

/** The input of {@link issueTaxSlip}. */
export const IssueTaxSlipInput = z.object({ id: Id, ...changeFields }).strict();
/** The input of {@link amendTaxSlip} and {@link cancelTaxSlip}. */
export const TaxSlipReasonInput = z.object({ id: Id, reason: Note, ...changeFields }).strict();

/** Issues a generated slip to its partner and the tax authority. Administration role or finance. */
export const issueTaxSlip = defineCommand({ target: 'record', entity: 'taxSlip' }, IssueTaxSlipInput, (ctx, input) => {
  requireTaxOfficer(ctx);
  return transact(ctx, input, async (scope) => {
    const record = await loadTaxSlip(scope, input.id, input.expectedVersion);
    const written = await writeTaxSlip(scope, record, null, {
      event: { type: 'ISSUE' },
      action: 'tax_slip.issue',
      update: (s) => ({ ...s, issuedAt: scope.at }),
      data: { amountCents: record.data.entity.amountCents },
    });
    return resultOf(written);
  });
});

/**
 * Issues an amended slip (after a reversal or a correction) with the year's current taxable
 * total from the ledger, and clears the amendment flag. Administration role or finance.
 */
export const amendTaxSlip = defineCommand({ target: 'record', entity: 'taxSlip' }, TaxSlipReasonInput, (ctx, input) => {
  requireTaxOfficer(ctx);
  return transact(ctx, input, async (scope) => {
    const record = await loadTaxSlip(scope, input.id, input.expectedVersion);
    const slip = record.data.entity;
    const ledger = (await yearLedgers(scope.tx, ctx.framework, slip.year, slip.partnerId)).find((l) => l.payerId === slip.payerId);
    const amount = Math.max(0, ledger?.taxableCents ?? 0);
    const rule = taxRulesForYear(ctx.framework.tax.rules, slip.year).find((r) => r.id === slip.ruleId);
    if (rule === undefined) {
      throw new HonorariaError('rule_violation', {
        message: { fr: 'La règle de ce feuillet n’est plus en vigueur pour cette année.', en: 'This slip’s rule is no longer in force for that year.' },
        details: { ruleId: slip.ruleId, year: slip.year },
      });
    }
    const written = await writeTaxSlip(scope, record, null, {
      event: { type: 'AMEND', amountCents: amount, reason: input.reason },
      action: 'tax_slip.amend',
      update: (s) => {
        const { amendmentDue: _cleared, ...rest } = s;
        return { ...rest, amountCents: amount, boxes: { [rule.box]: amount }, amendedAt: scope.at, comment: input.reason };
      },
      data: { fromCents: slip.amountCents, amountCents: amount },
    });
    return resultOf(written);
  });
});

/** Cancels a slip (issued in error, or no longer called for), with a reason. Administration role or finance. */
export const cancelTaxSlip = defineCommand({ target: 'record', entity: 'taxSlip' }, TaxSlipReasonInput, (ctx, input) => {
  requireTaxOfficer(ctx);
  return transact(ctx, input, async (scope) => {
    const record = await loadTaxSlip(scope, input.id, input.expectedVersion);
    const written = await writeTaxSlip(scope, record, null, {
      event: { type: 'CANCEL', reason: input.reason },
      action: 'tax_slip.cancel',
      update: (s) => ({ ...s, cancelledAt: scope.at, comment: input.reason }),
    });
    return resultOf(written);
  });
});
