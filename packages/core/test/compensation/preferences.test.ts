import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import type { CompensationPreference } from '../../src/schemas/compensation-preference';
import type { PriorRequest } from '../../src/compensation/quote-input';
import { framework, mandateAt, partner } from './fixtures';

const request = {
  entries: [
    { id: 'a', date: '2026-03-02', category: 'meeting', minutes: 120 },
    { id: 'b', date: '2026-03-03', category: 'meeting', minutes: 120 },
  ],
  expenses: [{ id: 'x', date: '2026-03-02', type: 'mileage' as const, km: 30 }],
};

/** An earlier request (pending, approved or paid) that claimed `cents` of compensation for work on `date`, under another mandate. */
function earlier(date: string, cents: number, id = 'pr-earlier'): PriorRequest {
  return { id, mandateId: 'mandate-other', entries: [], quote: { lines: [{ id: 'e', kind: 'time', date, cents }] } };
}

function withPreference(pref: Partial<CompensationPreference>, prior?: PriorRequest[]) {
  const compensationPreference: CompensationPreference = {
    partnerId: partner.id,
    mode: 'accept',
    capOverflow: 'carry_over',
    preferredForm: 'cash',
    declaredAt: '2026-01-10T15:00:00Z',
    ...pref,
  };
  return quotePaymentRequest(request, { mandate: mandateAt('consult'), framework, partner: { ...partner, compensationPreference }, prior, asOf: '2026-03-20' });
}

describe('a partner’s choice', () => {
  it('decline_all: hours recorded, nothing paid, not even expenses', () => {
    const q = withPreference({ mode: 'decline_all' });
    expect(q.recordedMinutes).toBe(240);
    expect(q.lines.map((l) => [l.ruleCents, l.cents])).toEqual([
      [5000, 0],
      [5000, 0],
    ]);
    expect(q.totalCents).toBe(0);
    expect(q.forgoneCents).toBe(10000 + 1500);
    expect(q.lines[0]?.explanation.en).toContain('all payment declined: $50.00 not paid');
    expect(q.expenseLines[0]?.explanation.fr).toContain('remboursement refusé');
  });

  it('expenses_only: reimbursed, not compensated', () => {
    const q = withPreference({ mode: 'expenses_only' });
    expect(q.compensationCents).toBe(0);
    expect(q.expenseCents).toBe(1500);
    expect(q.taxableCents).toBe(0);
    expect(q.nonTaxableCents).toBe(1500);
  });

  it('donate: hours recorded, $0 compensation, the amount reported as forgone', () => {
    const q = withPreference({ mode: 'donate', donateTo: 'Fondation' });
    expect(q.compensationCents).toBe(0);
    expect(q.forgoneCents).toBe(10000);
    expect(q.lines[0]?.explanation.fr).toContain('montant cédé en don');
  });

  it('non-financial recognition: $0 compensation', () => {
    const q = withPreference({ preferredForm: 'non_financial' });
    expect(q.compensationCents).toBe(0);
    expect(q.paymentForm).toBe('non_financial');
    expect(q.expenseCents).toBe(1500);
  });

  it('a monthly cap pays up to the cap and says what is carried over', () => {
    // $140 already claimed for March work (pending, approved or paid); cap $200; this request $100.
    const q = withPreference({ mode: 'cap', capPerMonthCents: 20000 }, [earlier('2026-03-01', 14000)]);
    expect(q.compensationCents).toBe(6000);
    expect(q.lines.at(-1)).toMatchObject({ kind: 'cap_adjustment', ruleId: 'partner_cap', id: 'partner_cap:2026-03', period: '2026-03', date: '2026-03-03', overflow: 'carry_over', cents: -4000 });
    expect(q.capOverflow).toEqual({ cents: 4000, treatment: 'carry_over', period: 'month' });
    const warning = q.warnings.find((w) => w.code === 'partner_cap_exceeded');
    expect(warning?.params).toMatchObject({ period: 'month', capCents: 20000, overflowCents: 4000, treatment: 'carry_over' });
    expect(warning?.message.fr).toBe('Plafond mensuel de la personne partenaire atteint (200,00\u00a0$) : 40,00\u00a0$ reporté à la période suivante.');
    expect(q.lines.reduce((sum, l) => sum + l.cents, 0)).toBe(q.compensationCents);
  });

  it('a yearly cap already reached waives everything', () => {
    const q = withPreference({ mode: 'cap', capPerYearCents: 30000, capOverflow: 'waive' }, [earlier('2026-01-20', 30000)]);
    expect(q.compensationCents).toBe(0);
    expect(q.capOverflow).toEqual({ cents: 10000, treatment: 'waive', period: 'year' });
    expect(q.warnings.find((w) => w.code === 'partner_cap_exceeded')?.message.en).toContain('$100.00 waived');
  });

  it('a cap reached exactly is information, with no adjustment', () => {
    const q = withPreference({ mode: 'cap', capPerMonthCents: 10000 });
    expect(q.compensationCents).toBe(10000);
    expect(q.capOverflow).toBeUndefined();
    expect(q.warnings.map((w) => [w.code, w.severity])).toEqual([['partner_cap_reached', 'info']]);
  });

  it('work of another year does not count towards the cap', () => {
    const q = withPreference({ mode: 'cap', capPerYearCents: 30000 }, [earlier('2025-12-31', 30000)]);
    expect(q.compensationCents).toBe(10000);
  });

  it('an expired preference no longer applies', () => {
    const q = withPreference({ mode: 'decline_all', validUntil: '2026-02-28' });
    expect(q.compensationCents).toBe(10000);
    expect(q.preference).toBe('accept');
    expect(q.warnings.map((w) => w.code)).toEqual(['preference_expired']);
  });
});
