import {
  defineFramework,
  estimateBudget,
  evaluateEligibility,
  quotePaymentRequest,
  snapshotRates,
  type Framework,
  type FrameworkInput,
  type Mandate,
  type Partner,
} from '@honoraria/core';
import { describe, expect, it } from 'vitest';
import { cisssOutaouaisVolunteer, hecTiers, nihrStyle, pricedRule, ssaQuebecStyle } from '../src/index';

const configs: Record<string, FrameworkInput> = { hecTiers, ssaQuebecStyle, nihrStyle, cisssOutaouaisVolunteer };

/**
 * Every number of a configuration carries its provenance: an object on its path with a `source`,
 * or an entry of `sources` for its path or one of its prefixes.
 */
function unsourcedNumbers(config: FrameworkInput): string[] {
  const sources = config.sources ?? {};
  const missing: string[] = [];
  const walk = (value: unknown, path: string[], covered: boolean): void => {
    if (typeof value === 'number') {
      const prefixes = path.map((_, i) => path.slice(0, i + 1).join('.'));
      if (!covered && !prefixes.some((p) => p in sources)) missing.push(path.join('.'));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const here = covered || (!Array.isArray(value) && 'source' in value && (value as { source?: unknown }).source !== undefined);
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && path.length === 0) continue;
      walk(child, [...path, key], here);
    }
  };
  walk(config, [], false);
  return missing;
}

/** The amounts (in cents) a label states: `$25`, `$1,200.00`, `25,00 $`, `1 200 $`, `£150`. */
function statedAmounts(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/[$£€]\s?(\d[\d,]*(?:\.\d{1,2})?)|(\d[\d\s]*(?:,\d{1,2})?)\s?[$£€]/gu)) {
    const number = m[1] !== undefined ? m[1].replace(/,/g, '') : m[2]!.replace(/\s/gu, '').replace(',', '.');
    found.push(Math.round(Number(number) * 100));
  }
  return found;
}

/** Labels of rules and allowances that state an amount their rule does not pay. */
function labelsWithWrongAmounts(config: FrameworkInput): string[] {
  const wrong: string[] = [];
  const check = (path: string, label: { fr: string; en: string }, amounts: readonly (number | undefined)[]): void => {
    for (const lang of ['fr', 'en'] as const) {
      for (const stated of statedAmounts(label[lang])) {
        if (!amounts.includes(stated)) wrong.push(`${path}.label.${lang}: "${label[lang]}" states ${stated} cents, the rule pays ${amounts.filter((a) => a !== undefined).join(' or ')}`);
      }
    }
  };
  (config.rateSchedules ?? []).forEach((schedule, s) =>
    (schedule.rules ?? []).forEach((rule, r) => check(`rateSchedules.${s}.rules.${r}`, rule.label, [rule.amountCents, rule.halfDayAmountCents])),
  );
  (config.expensePolicy?.allowances ?? []).forEach((allowance, a) => check(`expensePolicy.allowances.${a}`, allowance.label, [allowance.amountCents]));
  return wrong;
}

function mandate(framework: Framework, level: string | undefined, overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 'm1',
    organizationId: framework.organization.id,
    projectId: 'project',
    partnerId: 'p1',
    initiatorUserId: 'lead',
    approverUserId: 'manager',
    policyVersionId: framework.policyVersion.id,
    version: 1,
    title: 'Example',
    activities: [],
    startDate: '2026-04-01',
    endDate: '2026-12-31',
    estimatedMinutes: 600,
    budgetCapCents: 200_000,
    budgetScope: 'total',
    currency: framework.currency,
    allowedCategories: framework.activityCategories.map((c) => c.code),
    ...(level === undefined ? {} : { engagementLevel: level }),
    rateSnapshot: snapshotRates(framework, { on: '2026-04-01', at: '2026-04-01T14:00:00Z', engagementLevel: level }),
    totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
    status: 'active',
    createdAt: '2026-03-20T14:00:00Z',
    ...overrides,
  };
}

const partner: Partner = {
  id: 'p1',
  organizationId: 'org',
  name: 'Zoé',
  lang: 'fr',
  email: 'zoe@example.org',
  roles: ['patient'],
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('example configurations', () => {
  for (const [name, config] of Object.entries(configs)) {
    it(`${name} is a valid framework`, () => {
      const framework = defineFramework(config);
      expect(framework.organization.id).toBe(config.organization.id);
    });

    it(`${name}: its mandates state that they create no employment relationship (a framework clause, mandateClauses)`, () => {
      const clauses = defineFramework(config).mandateClauses;
      expect(clauses.map((c) => c.kind)).toEqual(['not_employment']);
      expect(clauses[0]!.body.en).toBe('This mandate creates no employment relationship.');
      expect(clauses[0]!.body.fr).toBe('Ce mandat ne crée pas de lien d’emploi.');
    });

    it(`${name}: every number carries its source or the word "illustrative"`, () => {
      expect(unsourcedNumbers(config)).toEqual([]);
    });
  }

  for (const [name, config] of Object.entries(configs)) {
    it(`${name}: a label that states an amount states the rule's amount`, () => {
      expect(labelsWithWrongAmounts(config)).toEqual([]);
    });
  }

  it('the label checker finds "$25 per hour" on a rule that pays $30, and pricedRule derives the label', () => {
    const edited: FrameworkInput = {
      ...hecTiers,
      rateSchedules: hecTiers.rateSchedules!.map((s) => ({ ...s, rules: s.rules!.map((r) => ({ ...r, label: { fr: '25 $ l’heure', en: '$25 per hour' }, amountCents: 3_000 })) })),
    };
    expect(labelsWithWrongAmounts(edited)).toHaveLength(4);
    const derived = pricedRule('CAD', { id: 'consult', name: { fr: 'Consulter', en: 'Consult' }, categories: ['meeting'], unit: 'hour', amountCents: 3_000 });
    expect(derived.label).toEqual({ fr: 'Consulter : 30,00\u00a0$ l’heure', en: 'Consult: $30.00 per hour' });
    expect(statedAmounts('Workshop: £150.00 per day, £75.00 per half-day')).toEqual([15_000, 7_500]);
    expect(statedAmounts('Atelier : 1\u00a0200,00\u00a0$ par jour')).toEqual([120_000]);
  });

  it('the checker finds a number without provenance', () => {
    const stripped = { ...hecTiers, retentionYears: 7, sources: {} };
    expect(unsourcedNumbers(stripped)).toContain('retentionYears');
  });
});

describe('Healthcare Excellence Canada tiers', () => {
  const framework = defineFramework(hecTiers);

  it('inform $0, consult $25/h (a 2-hour focus group pays $50), involve $40/h', () => {
    const entries = [{ id: 'e', date: '2026-05-05', category: 'focus_group', minutes: 120 }];
    const consult = quotePaymentRequest({ entries }, { mandate: mandate(framework, 'consult'), framework, partner, asOf: '2026-05-06' });
    const involve = quotePaymentRequest({ entries }, { mandate: mandate(framework, 'involve'), framework, partner, asOf: '2026-05-06' });
    const inform = quotePaymentRequest(
      { entries: [{ id: 'e', date: '2026-05-05', category: 'information_session', minutes: 120 }] },
      { mandate: mandate(framework, 'inform'), framework, partner, asOf: '2026-05-06' },
    );
    expect([inform.totalCents, consult.totalCents, involve.totalCents]).toEqual([0, 5_000, 8_000]);
    expect(consult.lines[0]?.explanation.en).toContain('$25.00 per hour = $50.00');
  });

  it('budgets a grant: 8 partners × 6 consultations of 2 hours', () => {
    const estimate = estimateBudget(
      { on: '2026-05-01', engagementLevel: 'consult', activities: [{ category: 'focus_group', partners: 8, sessions: 6, minutesPerSession: 120, expensesPerSession: [{ type: 'parking', amountCents: 1_000 }] }] },
      framework,
    );
    expect(estimate.compensationCents).toBe(8 * 6 * 5_000);
    expect(estimate.expenseCents).toBe(8 * 6 * 1_000);
  });
});

describe('SSA-Québec-style framework', () => {
  const framework = defineFramework(ssaQuebecStyle);

  it('keeps the seed’s scope and approvers: initiator approves requests, administration pays by direct deposit', () => {
    expect(framework.policyVersion.scope).toEqual({
      included: ['compensation', 'salary', 'gift_cards', 'tax', 'administration'],
      excluded: ['employment_status', 'liability_insurance'],
    });
    expect(framework.approvalPolicy.paymentRequestApprover).toEqual({ kind: 'mandate_initiator' });
    expect(framework.approvalPolicy.administrationRole).toBe('administration');
    expect(framework.paymentMethods).toContain('direct_deposit');
    expect(framework.masterAgreement?.clauses.map((c) => c.kind)).toContain('not_employment');
  });

  it('prices a request with rounding, a minimum and a gift card (still taxable)', () => {
    const giftCard: Partner = {
      ...partner,
      compensationPreference: { partnerId: 'p1', mode: 'accept', preferredForm: 'gift_card', capOverflow: 'carry_over', declaredAt: '2026-01-01T00:00:00Z' },
    };
    const q = quotePaymentRequest(
      {
        entries: [
          { id: 'a', date: '2026-05-05', category: 'meeting', minutes: 100 },
          { id: 'b', date: '2026-05-05', category: 'preparation', minutes: 20 },
          { id: 'c', date: '2026-05-05', category: 'travel_time', minutes: 50 },
        ],
        expenses: [{ id: 'x', date: '2026-05-05', type: 'mileage', km: 40 }],
      },
      { mandate: mandate(framework, 'consult'), framework, partner: giftCard, asOf: '2026-05-10' },
    );
    // 100 min → 1 h 45 = $43.75; 20 min → minimum 1 h = $25.00; travel $0; 40 km × $0.54.
    expect(q.lines.map((l) => l.cents)).toEqual([4_375, 2_500, 0]);
    expect(q.expenseCents).toBe(2_160);
    expect(q.taxableCents).toBe(6_875);
    expect(q.paymentForm).toBe('gift_card');
  });
});

describe('NIHR-style configuration (GBP, to verify)', () => {
  const framework = defineFramework(nihrStyle);

  it('pays £150 a day, £75 a half-day and £5 per online meeting, in pounds', () => {
    const q = quotePaymentRequest(
      {
        entries: [
          { id: 'a', date: '2026-05-05', category: 'workshop', minutes: 360 },
          { id: 'b', date: '2026-05-06', category: 'workshop', minutes: 180 },
        ],
        expenses: [{ id: 'x', date: '2026-05-06', type: 'allowance', allowanceCode: 'online_meeting' }],
      },
      { mandate: mandate(framework, undefined), framework, partner, asOf: '2026-05-10' },
    );
    expect(q.currency).toBe('GBP');
    expect(q.lines.map((l) => l.cents)).toEqual([15_000, 7_500]);
    expect(q.expenseLines[0]?.explanation.en).toBe('Online meeting allowance (phone, internet, printing): 1 × £5.00 = £5.00 (taxable allowance)');
    expect(framework.tax.rules).toEqual([]);
  });
});

describe('CISSS de l’Outaouais partner-user volunteer programme', () => {
  const framework = defineFramework(cisssOutaouaisVolunteer);
  const programme = framework.volunteerProgramme;
  if (programme === undefined) throw new Error('programme');

  it('has its criteria, the 30-day phone interview, résumé + two photo IDs and a parking pass per activity', () => {
    expect(programme.criteria).toHaveLength(9);
    expect(programme.interviewDeadlineDays).toBe(30);
    expect(programme.requiredDocuments.map((d) => [d.code, d.count])).toEqual([
      ['resume', 1],
      ['photo_id', 2],
    ]);
    expect(programme.recognition.parkingPassPerActivity).toBe(true);
    expect(framework.rateSchedules).toEqual([]);
  });

  it('evaluates an application through the joint interview', () => {
    const application = {
      answers: { care_last_24_months: '2025-09-15', wants_to_contribute: true, volunteer: true, embraces_values: true },
      documentsVerified: { resume: 1, photo_id: 2 },
      assessments: Object.fromEntries(
        ['understands_network', 'constructive_in_groups', 'values_others', 'professional_reliable'].map((code) => [
          code,
          { met: true, byUserId: 'director', at: '2026-04-20T14:00:00Z' },
        ]),
      ),
      receivedOn: '2026-04-01',
      status: 'joint_interview_done' as const,
    };
    const result = evaluateEligibility(application, programme, { asOf: '2026-04-20' });
    expect(result.overall).toBe('eligible');
    expect(result.interviewDueOn).toBe('2026-05-01');
  });
});
