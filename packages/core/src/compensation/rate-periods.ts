import type { LocalizedText } from '../i18n/lang';
import type { Mandate } from '../schemas/mandate';
import type { RateSnapshot } from '../schemas/rate-snapshot';
import type { IsoDate } from '../time/calendar-date';
import { addDays } from '../time/calendar-date';
import { dateText, text } from './bilingual';

/** The mandate fields that say which rates price a work date. */
export type RatePeriods = Pick<Mandate, 'rateSnapshot'> & Partial<Pick<Mandate, 'rateHistory' | 'ratesFrom'>>;

/** The rates that price one work date, and why. */
export interface RatesOn {
  readonly rateSnapshot: RateSnapshot | undefined;
  /** Why these rates, when an amendment changed the mandate's rates (`undefined` otherwise). */
  readonly why: (() => LocalizedText) | undefined;
}

/**
 * The rates in force on a work date: an amendment's rates price work dated from its effective
 * date; work dated before keeps the rates in force then (the mandate's `rateHistory`). The
 * explanation names the amendment and its effective date.
 */
export function ratesOn(mandate: RatePeriods, date: IsoDate): RatesOn {
  const history = mandate.rateHistory ?? [];
  for (const period of history) {
    if (date <= period.until) {
      const next = history[history.indexOf(period) + 1]?.from ?? mandate.ratesFrom;
      return {
        rateSnapshot: period.rateSnapshot,
        why:
          next === undefined
            ? undefined
            : () => text('note_rate_before', { amendment: next.amendmentId, date: dateText(next.date), schedule: period.rateSnapshot.scheduleLabel }),
      };
    }
  }
  const from = mandate.ratesFrom;
  return {
    rateSnapshot: mandate.rateSnapshot,
    why:
      from === undefined || mandate.rateSnapshot === undefined
        ? undefined
        : () => text('note_rate_since', { amendment: from.amendmentId, date: dateText(from.date), schedule: (mandate.rateSnapshot as RateSnapshot).scheduleLabel }),
  };
}

/**
 * The mandate's rate fields once an amendment's rates take effect on `effectiveFrom`: the rates
 * they replace go to `rateHistory` and keep pricing work dated before that day.
 */
export function ratesAmended(mandate: Mandate, rateSnapshot: RateSnapshot, effectiveFrom: IsoDate, amendmentId: string): Pick<Mandate, 'rateSnapshot' | 'ratesFrom' | 'rateHistory'> {
  const history = [...(mandate.rateHistory ?? [])];
  if (mandate.rateSnapshot !== undefined) {
    history.push({ until: addDays(effectiveFrom, -1), rateSnapshot: mandate.rateSnapshot, ...(mandate.ratesFrom === undefined ? {} : { from: mandate.ratesFrom }) });
  }
  return { rateSnapshot, ratesFrom: { date: effectiveFrom, amendmentId }, rateHistory: history };
}
