import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { CurrencyCode } from '../money/money-schema';
import { IsoDate } from '../time/calendar-date';
import { Code, uniqueBy } from './common';
import { Provenance } from './provenance';
import { RateRule } from './rate-rule';

/** A rate schedule: the rules in force from one date to another, in one currency. */
export const RateSchedule = z
  .object({
    id: Code,
    label: LocalizedText,
    effectiveFrom: IsoDate,
    /** The last day it applies; open-ended when absent. */
    effectiveTo: IsoDate.optional(),
    currency: CurrencyCode,
    rules: z.array(RateRule).min(1),
    source: Provenance.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.effectiveTo !== undefined && s.effectiveTo < s.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], params: { key: 'date_range' } });
    }
    uniqueBy(s.rules, (r) => r.id, ctx, ['rules'], 'id');
  });
/** A rate schedule. */
export type RateSchedule = z.infer<typeof RateSchedule>;
