import * as z from 'zod';
import { initialSnapshot } from '../../machines/persisted-snapshot';
import { Year } from '../../schemas/common';
import { hasUsableSin } from '../../schemas/tax-profile';
import type { SlipToIssue } from '../../tax/slips-to-issue';
import { dateOf } from '../../time/time-zone';
import { requireRole } from '../authorization';
import type { CommandScope } from '../command-scope';
import { createFields } from '../command-fields';
import type { OperationContext } from '../operation';
import { defineCommand, transact } from '../operation';
import type { TaxSlipEntity, TaxSlipRecord } from './tax-slip-store';
import { listTaxSlips, writeTaxSlip } from './tax-slip-store';
import { requiredSlips, slipKey, taxProfilesOf, yearLedgers } from './year-ledgers';
import { ADMIN_ROLE } from '../actor';

/** Throws `forbidden` unless the actor holds the administration role or `finance`: who handles tax slips. */
export function requireTaxOfficer(ctx: Pick<OperationContext, 'actor' | 'framework'>): void {
  requireRole(ctx.actor, ADMIN_ROLE, 'finance');
}

/** The input of {@link generateTaxSlips}. */
export const GenerateTaxSlipsInput = z.object({ year: Year, ...createFields }).strict();

/** A slip in the result of {@link generateTaxSlips}. */
export interface GeneratedSlip {
  readonly id: string;
  readonly version: number;
  readonly partnerId: string;
  readonly kind: TaxSlipEntity['kind'];
  readonly amountCents: number;
}

/** What {@link generateTaxSlips} did. */
export interface GenerateTaxSlipsResult {
  readonly year: number;
  /** Slips created (generated). */
  readonly generated: readonly GeneratedSlip[];
  /** Generated (not yet issued) slips whose amount changed, produced again. */
  readonly regenerated: readonly GeneratedSlip[];
  /** Slips already generated or issued with the right amount. */
  readonly unchanged: number;
  /** Issued slips whose amount no longer matches the year's total: amend them (`amendTaxSlip`). */
  readonly amendmentsDue: readonly string[];
  /** Slips not cancelled whose year's total no longer calls for a slip: review and cancel them (`cancelTaxSlip`). */
  readonly noLongerRequired: readonly string[];
  /** Partners with a slip but no usable SIN on file at the end of the year. */
  readonly missingSin: readonly string[];
}

function slipOf(scope: CommandScope, due: SlipToIssue): TaxSlipEntity {
  return {
    id: scope.newId('slp'),
    partnerId: due.partnerId,
    payerId: due.payerId,
    year: due.year,
    kind: due.kind,
    ruleId: due.ruleId,
    currency: due.currency,
    boxes: { [due.box]: due.amountCents },
    amountCents: due.amountCents,
    status: 'pending',
    createdAt: scope.at,
  };
}

function summary(record: TaxSlipRecord): GeneratedSlip {
  const s = record.data.entity;
  return { id: s.id, version: record.version, partnerId: s.partnerId, kind: s.kind, amountCents: s.amountCents };
}

/**
 * Produces the slips of a tax year from the ledger, by the framework's dated slip rules (T4A
 * strictly above $500 by default): one slip per partner, payer and rule that calls for one.
 * A new slip is generated; a generated slip whose amount changed is generated again; issued slips
 * are never touched (the result lists those needing an amendment). Running it twice changes
 * nothing the second time. Administration role or finance.
 */
export const generateTaxSlips = defineCommand({ target: 'many', entity: 'taxSlip' }, GenerateTaxSlipsInput, (ctx, input) => {
  requireTaxOfficer(ctx);
  return transact(ctx, input, async (scope): Promise<GenerateTaxSlipsResult> => {
    const ledgers = await yearLedgers(scope.tx, ctx.framework, input.year);
    const profiles = await taxProfilesOf(scope.tx, ledgers);
    const due = requiredSlips(ctx.framework, input.year, ledgers, profiles);
    const existing = new Map<string, TaxSlipRecord>();
    for (const record of await listTaxSlips(scope.tx, input.year)) {
      if (record.data.entity.status !== 'cancelled') existing.set(slipKey(record.data.entity), record);
    }
    const generated: GeneratedSlip[] = [];
    const regenerated: GeneratedSlip[] = [];
    const amendmentsDue: string[] = [];
    const missingSin = new Set<string>();
    let unchanged = 0;
    const yearEnd = dateOf(Date.UTC(input.year, 11, 31, 12), ctx.framework.timeZone);
    for (const slip of due) {
      const key = slipKey(slip);
      const record = existing.get(key);
      existing.delete(key);
      const data = { amountCents: slip.amountCents, ruleId: slip.ruleId };
      const update = (s: TaxSlipEntity): TaxSlipEntity => ({ ...s, amountCents: slip.amountCents, boxes: { [slip.box]: slip.amountCents }, generatedAt: scope.at });
      if (!hasUsableSin(profiles.get(slip.partnerId), yearEnd)) missingSin.add(slip.partnerId);
      if (record === undefined) {
        const initial = { snapshot: initialSnapshot('tax_slip', { year: slip.year }), slip: slipOf(scope, slip) };
        generated.push(summary(await writeTaxSlip(scope, null, initial, { event: { type: 'GENERATE', amountCents: slip.amountCents }, action: 'tax_slip.generate', update, data })));
      } else if (record.data.entity.amountCents === slip.amountCents) {
        unchanged += 1;
      } else if (record.data.entity.status === 'pending' || record.data.entity.status === 'generated') {
        regenerated.push(summary(await writeTaxSlip(scope, record, null, { event: { type: 'GENERATE', amountCents: slip.amountCents }, action: 'tax_slip.regenerate', update, data })));
      } else {
        amendmentsDue.push(record.id);
      }
    }
    return {
      year: input.year,
      generated,
      regenerated,
      unchanged,
      amendmentsDue,
      noLongerRequired: [...existing.values()].map((r) => r.id),
      missingSin: [...missingSin].sort(),
    };
  });
});
