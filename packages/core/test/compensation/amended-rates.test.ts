import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { ratesAmended, ratesOn } from '../../src/compensation/rate-periods';
import type { Mandate } from '../../src/schemas/mandate';
import { framework, mandateAt, partner } from './fixtures';

/** The consult mandate ($25/h), amended to $30/h for work dated 15 May 2026 or later. */
function amended(): Mandate {
  const mandate = mandateAt('consult');
  const old = mandate.rateSnapshot;
  if (old === undefined) throw new Error('snapshot');
  const raised = {
    ...old,
    scheduleId: 'rates_2026_b',
    scheduleLabel: { fr: 'Grille 2026 révisée', en: 'Revised 2026 schedule' },
    takenOn: '2026-05-01',
    rules: old.rules.map((r) => (r.id === 'consult_hourly' ? { ...r, amountCents: 3000 } : r)),
  };
  return { ...mandate, ...ratesAmended(mandate, raised, '2026-05-15', 'amd_1') };
}

describe('an amendment’s rates apply from its effective date, by work date', () => {
  it('a request spanning 15 May pays 14 May at the old rate and 15 May at the new one, and says why', () => {
    const q = quotePaymentRequest(
      {
        entries: [
          { id: 'before', date: '2026-05-14', category: 'meeting', minutes: 120 },
          { id: 'after', date: '2026-05-15', category: 'meeting', minutes: 120 },
        ],
      },
      { mandate: amended(), framework, partner, asOf: '2026-05-31' },
    );
    // 2 h × $25 = $50.00 before; 2 h × $30 = $60.00 from the effective date.
    expect(q.lines.map((l) => [l.id, l.rateCents, l.cents])).toEqual([
      ['before', 2500, 5000],
      ['after', 3000, 6000],
    ]);
    expect(q.compensationCents).toBe(11000);
    expect(q.lines[0]?.explanation.en).toContain('rates “2026 schedule” in force before amendment amd_1, which applies to work dated May 15, 2026 or later');
    expect(q.lines[1]?.explanation.en).toContain('rates “Revised 2026 schedule” of amendment amd_1, in force for work dated May 15, 2026 or later');
    expect(q.lines[1]?.explanation.fr).toContain('taux « Grille 2026 révisée » de la modification amd_1, en vigueur pour le travail daté du 15 mai 2026 ou après');
  });

  it('the date of submission changes nothing: the same work is priced the same before and after the amendment', () => {
    const entries = [{ id: 'a', date: '2026-05-10', category: 'meeting', minutes: 60 }];
    const early = quotePaymentRequest({ entries }, { mandate: mandateAt('consult'), framework, partner, asOf: '2026-05-12' });
    const late = quotePaymentRequest({ entries }, { mandate: amended(), framework, partner, asOf: '2026-06-30' });
    expect(late.compensationCents).toBe(early.compensationCents);
  });

  it('a second amendment keeps each period’s rates', () => {
    const once = amended();
    const third = { ...(once.rateSnapshot as NonNullable<Mandate['rateSnapshot']>), scheduleId: 'rates_2026_c' };
    const twice = { ...once, ...ratesAmended(once, third, '2026-07-01', 'amd_2') };
    expect(ratesOn(twice, '2026-05-14').rateSnapshot?.scheduleId).toBe('rates_2026');
    expect(ratesOn(twice, '2026-06-30').rateSnapshot?.scheduleId).toBe('rates_2026_b');
    expect(ratesOn(twice, '2026-07-01').rateSnapshot?.scheduleId).toBe('rates_2026_c');
  });
});
