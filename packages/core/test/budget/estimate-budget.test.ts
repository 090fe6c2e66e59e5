import { describe, expect, it } from 'vitest';
import { estimateBudget } from '../../src/budget/estimate-budget';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { framework, mandateAt, partner } from '../compensation/fixtures';

describe('estimateBudget', () => {
  it('budgets partners × sessions × duration with the same rules as quotes', () => {
    const estimate = estimateBudget(
      {
        on: '2026-04-01',
        engagementLevel: 'consult',
        activities: [
          { label: 'Groupes de discussion', category: 'focus_group', partners: 6, sessions: 4, minutesPerSession: 120, expensesPerSession: [{ type: 'parking', amountCents: 1200 }] },
          { label: 'Comité', category: 'meeting', engagementLevel: 'involve', partners: 2, sessions: 10, minutesPerSession: 100 },
          { category: 'travel_time', partners: 6, sessions: 4, minutesPerSession: 60 },
        ],
        contingencyPercent: 10,
      },
      framework,
    );
    expect(estimate.lines.map((l) => [l.ruleId, l.sessionCents, l.compensationCents, l.expenseCents])).toEqual([
      ['consult_hourly', 5000, 120_000, 28_800],
      ['involve_hourly', 7000, 140_000, 0], // 100 min rounded up to 1 h 45 (quarter hours) at $40/h
      ['not_compensable', 0, 0, 0],
    ]);
    expect(estimate.compensationCents).toBe(260_000);
    expect(estimate.expenseCents).toBe(28_800);
    expect(estimate.contingencyCents).toBe(28_880);
    expect(estimate.totalCents).toBe(317_680);
    expect(estimate.scheduleId).toBe('rates_2026');
    expect(estimate.lines[0]?.explanation.fr).toBe(
      'Groupe de discussion : 2\u00a0h × 25,00\u00a0$ l’heure = 50,00\u00a0$ (règle « Consulter (25 $/h) ») ; 50,00\u00a0$ par séance × 4 séance(s) × 6 personne(s) = 1\u00a0200,00\u00a0$ ; dépenses : 12,00\u00a0$ par séance et par personne, soit 288,00\u00a0$',
    );
    // One person at every activity: 4 × $50 + 10 × $70 = $900 > $500 → a T4A is likely.
    expect(estimate.maxTaxablePerPartnerCents).toBe(90_000);
    expect(estimate.warnings.map((w) => [w.code, w.severity])).toEqual([['slip_likely', 'info']]);
  });

  it('gives the same amount per session as a quote of one session', () => {
    const estimate = estimateBudget({ on: '2026-04-01', engagementLevel: 'involve', activities: [{ category: 'meeting', partners: 1, sessions: 1, minutesPerSession: 475 }] }, framework);
    const quote = quotePaymentRequest(
      { entries: [{ id: 'a', date: '2026-04-01', category: 'meeting', minutes: 475 }] },
      { mandate: mandateAt('involve'), framework, partner, asOf: '2026-04-02' },
    );
    expect(estimate.lines[0]?.sessionCents).toBe(quote.compensationCents);
  });

  it('warns about categories without a rule and expenses the policy does not allow', () => {
    const estimate = estimateBudget(
      { on: '2026-04-01', activities: [{ category: 'meeting', partners: 1, sessions: 1, minutesPerSession: 60, expensesPerSession: [{ type: 'meals', amountCents: 1500 }] }] },
      framework,
    );
    expect(estimate.warnings.map((w) => w.code)).toEqual(['no_rate_rule', 'expense_not_allowed']);
    expect(estimate.totalCents).toBe(0);
  });

  it('refuses an invalid plan with issues by path', () => {
    try {
      estimateBudget({ on: '2026-04-31', activities: [{ category: 'meeting', partners: 0, sessions: 1, minutesPerSession: -5 }] }, framework);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HonorariaError);
      expect((error as HonorariaError).issues.map((i) => i.path.join('.'))).toEqual(['on', 'activities.0.partners', 'activities.0.minutesPerSession']);
    }
  });
});
