import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Id, Year } from '../../schemas/common';
import type { TaxSlipStatus } from '../../schemas/status';
import type { SlipKind, ThresholdCrossing } from '../../schemas/tax-year-ledger';
import { hasUsableSin } from '../../schemas/tax-profile';
import { dateOf } from '../../time/time-zone';
import { ADMIN_ROLE, hasRole } from '../actor';
import { defineQuery } from '../operation';
import { findPartner } from '../partners/partner-store';
import type { TaxSlipRecord } from './tax-slip-store';
import { listTaxSlips } from './tax-slip-store';
import { requiredSlips, slipKey, taxProfilesOf, yearLedgers } from './year-ledgers';

/** What the administration must do about one slip. */
export type SlipAction = 'generate' | 'issue' | 'amend' | 'cancel' | 'none';

/** A slip of a partner and payer: called for by the rules, on file, or both. */
export interface SlipLine {
  readonly kind: SlipKind;
  readonly ruleId: string;
  /** The slip's box for the taxable amount, when the rules call for it. */
  readonly box: string | null;
  /** What the year's ledger puts on the slip; `null` when the rules no longer call for it. */
  readonly dueCents: number | null;
  readonly slipId: string | null;
  readonly status: TaxSlipStatus | null;
  /** The amount on the slip on file. */
  readonly slipCents: number | null;
  /** `generate` (none on file), `issue` (generated, not issued), `amend` (issued with another amount, or flagged after a reversal), `cancel` (no longer called for), `none`. */
  readonly action: SlipAction;
}

/** One partner and payer in a year's tax summary. */
export interface TaxSummaryRow {
  readonly partnerId: string;
  readonly partnerName: string | null;
  readonly payerId: string;
  readonly taxableCents: number;
  readonly nonTaxableCents: number;
  readonly byForm: { readonly cash: number; readonly gift_card: number };
  readonly payments: number;
  /** Whether the year's taxable total calls for at least one slip. */
  readonly thresholdCrossed: boolean;
  readonly crossings: readonly ThresholdCrossing[];
  /** Whether no usable SIN is on file at the end of the year while a slip is called for. */
  readonly sinMissing: boolean;
  readonly slips: readonly SlipLine[];
}

/** A year's tax summary. */
export interface TaxSummary {
  readonly year: number;
  readonly currency: string;
  readonly rows: readonly TaxSummaryRow[];
  readonly totals: { readonly taxableCents: number; readonly nonTaxableCents: number };
  /** How many slips need an action (generate, issue, amend, cancel). */
  readonly slipsToAct: number;
}

/** The input of {@link getTaxSummary}: a year and, optionally, one partner. */
export const TaxSummaryInput = z.object({ year: Year, partnerId: Id.optional() }).strict();

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}

function actionOf(dueCents: number | null, slip: TaxSlipRecord | undefined): SlipAction {
  const s = slip?.data.entity;
  if (s === undefined) return dueCents === null ? 'none' : 'generate';
  if (dueCents === null) return 'cancel';
  if (s.status === 'pending' || s.status === 'generated') return s.amountCents === dueCents ? 'issue' : 'generate';
  return s.amendmentDue !== undefined || s.amountCents !== dueCents ? 'amend' : 'none';
}

/**
 * A year's tax figures per partner and payer, from the ledger (calendar year in the organization's
 * time zone): taxable and non-taxable cents, whether a slip threshold is crossed, the slips the
 * rules call for and what to do about each (generate, issue, amend, cancel). The administration
 * and finance see everyone; a partner sees only their own rows (another partner's id is `not_found`).
 */
export const getTaxSummary = defineQuery({ target: 'view', entity: null }, TaxSummaryInput, async (ctx, input): Promise<TaxSummary> => {
  const staff = hasRole(ctx.actor, ADMIN_ROLE, 'finance');
  let partnerId = input.partnerId;
  if (!staff) {
    const self = hasRole(ctx.actor, 'partner') ? ctx.actor.partnerId : null;
    if (self == null) throw new HonorariaError('forbidden');
    if (partnerId !== undefined && partnerId !== self) throw new HonorariaError('not_found');
    partnerId = self;
  }
  const ledgers = await yearLedgers(ctx.storage, ctx.framework, input.year, partnerId);
  const profiles = await taxProfilesOf(ctx.storage, ledgers);
  const due = requiredSlips(ctx.framework, input.year, ledgers, profiles);
  const owner = (k: { readonly partnerId: string; readonly payerId: string }): string => `${k.partnerId}\u0000${k.payerId}`;
  const dueBy = groupBy(due, owner);
  const onFileBy = groupBy(
    (await listTaxSlips(ctx.storage, input.year, partnerId)).filter((r) => r.data.entity.status !== 'cancelled'),
    (r) => owner(r.data.entity),
  );
  const yearEnd = dateOf(Date.UTC(input.year, 11, 31, 12), ctx.framework.timeZone);
  const rows: TaxSummaryRow[] = [];
  let slipsToAct = 0;
  for (const ledger of ledgers) {
    const slips: SlipLine[] = [];
    const onFile = new Map((onFileBy.get(owner(ledger)) ?? []).map((r) => [slipKey(r.data.entity), r]));
    for (const d of dueBy.get(owner(ledger)) ?? []) {
      const record = onFile.get(slipKey(d));
      onFile.delete(slipKey(d));
      const s = record?.data.entity;
      slips.push({ kind: d.kind, ruleId: d.ruleId, box: d.box, dueCents: d.amountCents, slipId: s?.id ?? null, status: s?.status ?? null, slipCents: s?.amountCents ?? null, action: actionOf(d.amountCents, record) });
    }
    for (const record of onFile.values()) {
      const s = record.data.entity;
      slips.push({ kind: s.kind, ruleId: s.ruleId, box: null, dueCents: null, slipId: s.id, status: s.status, slipCents: s.amountCents, action: 'cancel' });
    }
    slipsToAct += slips.filter((s) => s.action !== 'none').length;
    const called = slips.some((s) => s.dueCents !== null);
    const profile = profiles.get(ledger.partnerId);
    rows.push({
      partnerId: ledger.partnerId,
      partnerName: (await findPartner(ctx.storage, ledger.partnerId))?.data.entity.name ?? null,
      payerId: ledger.payerId,
      taxableCents: ledger.taxableCents,
      nonTaxableCents: ledger.nonTaxableCents,
      byForm: ledger.byForm,
      payments: ledger.payments,
      thresholdCrossed: called,
      crossings: ledger.crossings,
      sinMissing: called && !hasUsableSin(profile, yearEnd),
      slips,
    });
  }
  return {
    year: input.year,
    currency: ctx.framework.currency,
    rows,
    totals: { taxableCents: rows.reduce((s, r) => s + r.taxableCents, 0), nonTaxableCents: rows.reduce((s, r) => s + r.nonTaxableCents, 0) },
    slipsToAct,
  };
});
