import { describe, expect, it } from 'vitest';
import { quotePaymentRequest } from '../../src/compensation/quote-payment-request';
import { framework, mandateAt, partner } from './fixtures';

const NB = '\u00a0';

describe('worked examples from the sources', () => {
  it('a 2-hour focus group at $25/h pays $50 (Healthcare Excellence Canada)', () => {
    const quote = quotePaymentRequest(
      { entries: [{ id: 'e1', date: '2026-03-10', category: 'focus_group', minutes: 120 }] },
      { mandate: mandateAt('consult'), framework, partner, asOf: '2026-03-12' },
    );
    expect(quote.compensationCents).toBe(5000);
    expect(quote.totalCents).toBe(5000);
    expect(quote.taxableCents).toBe(5000);
    expect(quote.lines[0]?.ruleId).toBe('consult_hourly');
    expect(quote.lines[0]?.explanation.fr).toBe(`Groupe de discussion : 2${NB}h × 25,00${NB}$ l’heure = 50,00${NB}$ (règle « Consulter (25 $/h) »)`);
    expect(quote.lines[0]?.explanation.en).toBe(`Focus group: 2${NB}h × $25.00 per hour = $50.00 (rule “Consult ($25/h)”)`);
    expect(quote.warnings).toEqual([]);
  });

  it('a 2-hour contribution at $25/h converted to a $50 gift card is taxable (Research Involvement & Engagement 2022, Box 1)', () => {
    const giftCardPartner = {
      ...partner,
      compensationPreference: { partnerId: partner.id, mode: 'accept' as const, preferredForm: 'gift_card' as const, capOverflow: 'carry_over' as const, declaredAt: '2026-01-10T15:00:00Z' },
    };
    const quote = quotePaymentRequest(
      { entries: [{ id: 'e1', date: '2026-03-10', category: 'meeting', minutes: 120 }] },
      { mandate: mandateAt('consult'), framework, partner: giftCardPartner, asOf: '2026-03-12' },
    );
    expect(quote.paymentForm).toBe('gift_card');
    expect(quote.compensationCents).toBe(5000);
    expect(quote.taxableCents).toBe(5000);
    expect(quote.lines[0]?.taxable).toBe(true);
    expect(quote.lines[0]?.explanation.en).toContain('paid as a gift card at face value (taxable)');
    expect(quote.warnings.map((w) => w.code)).toEqual(['gift_card_taxable']);
    expect(quote.warnings[0]?.severity).toBe('info');
  });

  it('the mandate’s agreed payment form overrides the partner’s preferred form', () => {
    const quote = quotePaymentRequest(
      { entries: [{ id: 'e1', date: '2026-03-10', category: 'meeting', minutes: 60 }] },
      { mandate: mandateAt('consult', { paymentForm: 'gift_card' }), framework, partner, asOf: '2026-03-12' },
    );
    expect(quote.paymentForm).toBe('gift_card');
    expect(quote.taxableCents).toBe(2500);
  });
});
