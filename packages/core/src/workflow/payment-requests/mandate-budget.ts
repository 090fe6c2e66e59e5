import { budgetUse, budgetWeightCents } from '../../compensation/budget-weight';
import { HonorariaError } from '../../errors/honoraria-error';
import { formatCents } from '../../money/format-money';
import type { Mandate, MandateTotals } from '../../schemas/mandate';
import type { PaymentQuote } from '../../schemas/payment-quote';
import { formatDuration } from '../../time/format-duration';
import type { CommandScope } from '../command-scope';
import type { MandateRecord } from '../mandates/mandate-store';
import { mandateIndex, mandateSnapshot } from '../mandates/mandate-store';
import type { StoredEntity } from '../stored-entity';

/** The mandate states under which a partner may still write and submit payment requests (a cancelled mandate's outstanding hours stay payable). */
export const MANDATE_STATES_OPEN_TO_REQUESTS: readonly string[] = ['active', 'cancelled'];

/** Throws `rule_violation` unless the mandate takes payment requests. */
export function requireMandateOpen(mandate: Mandate): void {
  if (MANDATE_STATES_OPEN_TO_REQUESTS.includes(mandate.status)) return;
  throw new HonorariaError('rule_violation', {
    message: {
      fr: 'Ce mandat n’est pas actif : on ne peut pas y déclarer de temps ni de dépenses.',
      en: 'This mandate is not active: no time or expenses can be claimed under it.',
    },
    details: { mandateId: mandate.id, status: mandate.status },
  });
}

/** What a quote weighs against the mandate's budget cap (the same rule as the quote's budget warnings). */
export const budgetCents = budgetWeightCents;

/** A change to a mandate's running totals (each field added, possibly negative). */
export type TotalsDelta = Partial<Record<keyof MandateTotals, number>>;

/** The totals after a change; `internal` if a total would fall below zero (the totals were not kept). */
export function applyTotals(totals: MandateTotals, delta: TotalsDelta, mandateId: string): MandateTotals {
  const next = { ...totals };
  for (const key of Object.keys(delta) as (keyof MandateTotals)[]) {
    const value = next[key] + (delta[key] ?? 0);
    if (value < 0) throw new HonorariaError('internal', { details: { mandateId, total: key, reason: 'negative_total' } });
    if (!Number.isSafeInteger(value)) throw new HonorariaError('internal', { details: { mandateId, total: key, reason: 'unsafe_total' } });
    next[key] = value;
  }
  return next;
}

/**
 * Writes a mandate's new running totals in the command's transaction, at the version it was
 * loaded at: two requests of one mandate changing its totals at once cannot both commit (one gets
 * a `conflict`). Not a state change of the mandate: its machine, index and audit head stay as they are.
 */
export async function writeMandateTotals(scope: CommandScope, record: MandateRecord, delta: TotalsDelta): Promise<MandateRecord> {
  const entity: Mandate = { ...record.data.entity, totals: applyTotals(record.data.entity.totals, delta, record.id) };
  return scope.put<StoredEntity<Mandate, 'mandate'>>({
    collection: record.collection,
    id: record.id,
    data: { ...record.data, entity },
    index: mandateIndex(entity, mandateSnapshot(record)),
    expectedVersion: record.version,
  });
}

/** The mandate as a quote must see it: its totals without this request's pending amounts. */
export function mandateWithout(mandate: Mandate, pendingCents: number, pendingMinutes: number): Mandate {
  return { ...mandate, totals: applyTotals(mandate.totals, { pendingCents: -pendingCents, pendingMinutes: -pendingMinutes }, mandate.id) };
}

/**
 * The budget invariant: what is approved (paid included) under a mandate never exceeds its cap,
 * nor its maximum time, unless an amendment raised them. Throws `rule_violation` with the amounts
 * when approving `quote` would break it.
 */
export function checkBudget(mandate: Mandate, quote: PaymentQuote): void {
  const use = budgetUse(mandate, quote);
  const cents = use.requestCents;
  const approved = use.approvedAfterCents;
  if (use.excessCents > 0) {
    const excess = use.excessCents;
    const money = (value: number, lang: 'fr' | 'en') => formatCents(value, mandate.currency, lang);
    throw new HonorariaError('rule_violation', {
      message: {
        fr: `Approuver cette demande porterait le total approuvé du mandat à ${money(approved, 'fr')}, soit ${money(excess, 'fr')} au-delà du plafond de ${money(mandate.budgetCapCents, 'fr')}. Ajustez les lignes ou faites d’abord modifier le mandat.`,
        en: `Approving this request would take the mandate’s approved total to ${money(approved, 'en')}, ${money(excess, 'en')} over its cap of ${money(mandate.budgetCapCents, 'en')}. Adjust the lines or have the mandate amended first.`,
      },
      details: { reason: 'budget_exceeded', mandateId: mandate.id, capCents: mandate.budgetCapCents, approvedCents: mandate.totals.approvedCents, requestCents: cents, excessCents: excess },
    });
  }
  if (mandate.maxMinutes !== undefined) {
    const minutes = use.approvedAfterMinutes;
    if (use.excessMinutes > 0) {
      throw new HonorariaError('rule_violation', {
        message: {
          fr: `Approuver cette demande porterait le temps approuvé du mandat à ${formatDuration(minutes, 'fr')}, au-delà du maximum de ${formatDuration(mandate.maxMinutes, 'fr')}.`,
          en: `Approving this request would take the mandate’s approved time to ${formatDuration(minutes, 'en')}, over its maximum of ${formatDuration(mandate.maxMinutes, 'en')}.`,
        },
        details: { reason: 'max_minutes_exceeded', mandateId: mandate.id, maxMinutes: mandate.maxMinutes, approvedMinutes: mandate.totals.approvedMinutes, requestMinutes: quote.recordedMinutes },
      });
    }
  }
}
