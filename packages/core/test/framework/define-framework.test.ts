import { describe, expect, it } from 'vitest';
import { defineFramework } from '../../src/framework/define-framework';
import type { FrameworkInput } from '../../src/framework/framework-config';
import { findRateRule, rateScheduleOn, snapshotRates } from '../../src/framework/rates';
import { HonorariaError } from '../../src/errors/honoraria-error';
import { framework, frameworkInput } from '../compensation/fixtures';

function problems(config: unknown): HonorariaError {
  try {
    defineFramework(config as FrameworkInput);
  } catch (error) {
    if (error instanceof HonorariaError) return error;
    throw error;
  }
  throw new Error('expected an invalid framework');
}

function paths(error: HonorariaError): string[] {
  return error.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

describe('defineFramework', () => {
  it('returns the framework with defaults, the time zone and the default language', () => {
    expect(framework.timeZone).toBe('America/Toronto');
    expect(framework.defaultLang).toBe('fr');
    expect(framework.retentionYears).toBe(7);
    expect(framework.approvalPolicy).toMatchObject({
      mandateApprover: { kind: 'mandate_approver' },
      paymentRequestApprover: { kind: 'mandate_initiator' },
      segregation: { requesterMayApprove: false, approverMayAdminister: false },
      delegation: { allowed: true },
      reminderAfterDays: 5,
      submissionWindowDays: 90,
      paymentDeadlineDays: 30,
    });
    expect(framework.tax.missingSin).toBe('warn');
    expect(framework.tax.rules[0]?.comparison).toBe('above');
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.rateSchedules[0]?.rules[0])).toBe(true);
    expect(() => {
      (framework.rateSchedules[0]?.rules[0] as { amountCents: number }).amountCents = 1;
    }).toThrow(TypeError);
  });

  it('lists every problem by path, in French and English, in one invalid_framework error', () => {
    const schedule = frameworkInput.rateSchedules?.[0];
    const broken = {
      ...frameworkInput,
      currency: 'CAD',
      organization: { ...frameworkInput.organization, timeZone: 'Mars/Olympus' },
      policyVersion: { ...frameworkInput.policyVersion, organizationId: 'someone-else' },
      activityCategories: [...frameworkInput.activityCategories, { code: 'meeting', label: { fr: 'Doublon', en: 'Duplicate' }, compensable: true }],
      rateSchedules: [
        {
          ...schedule,
          currency: 'USD',
          rules: [
            ...(schedule?.rules ?? []),
            { id: 'ghost', label: { fr: 'Fantôme', en: 'Ghost' }, categories: ['seance'], unit: 'hour', amountCents: -5 },
            { id: 'travel', label: { fr: 'Déplacement', en: 'Travel' }, categories: ['travel_time'], unit: 'hour', amountCents: 1000 },
          ],
        },
        { id: 'rates_2027', label: { fr: '2027', en: '2027' }, effectiveFrom: '2026-06-01', currency: 'CAD', rules: [] },
      ],
      expensePolicy: { allowedTypes: ['mileage'] },
      approvalPolicy: { reminderAfterDays: 5, escalation: { afterDays: 3, to: { kind: 'role', role: 'director' } } },
    };
    const error = problems(broken);
    expect(error.code).toBe('invalid_framework');
    expect(paths(error)).toEqual(
      expect.arrayContaining([
        'organization.timeZone:time_zone',
        'rateSchedules.0.rules.6.amountCents:too_small',
        'rateSchedules.1.rules:too_small',
        'policyVersion.organizationId:policy_org_mismatch',
        'activityCategories.8.code:duplicate_code',
        'rateSchedules.0.currency:currency_mismatch',
        'rateSchedules.1.effectiveFrom:schedules_overlap',
        'rateSchedules.0.rules.6.categories.0:unknown_category',
        'rateSchedules.0.rules.7.categories.0:rule_for_uncompensated_category',
        'expensePolicy.kmRateCents:mileage_rate_missing',
        'approvalPolicy.escalation.afterDays:escalation_before_reminder',
      ]),
    );
    for (const issue of error.issues) {
      expect(issue.message.fr.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(error.describe('en')).toContain('policyVersion.organizationId: The policy version belongs to another organization (org).');
  });

  it('checks levels, payment methods, scope, tax rules, agreement and programme', () => {
    const error = problems({
      ...frameworkInput,
      engagementLevels: [
        { code: 'consult', label: { fr: 'C', en: 'C' }, compensated: true, defaultRuleId: 'nope' },
        { code: 'inform', label: { fr: 'I', en: 'I' }, compensated: false },
        { code: 'involve', label: { fr: 'I', en: 'I' }, compensated: true },
      ],
      rateSchedules: [
        {
          id: 'r',
          label: { fr: 'R', en: 'R' },
          effectiveFrom: '2026-01-01',
          currency: 'CAD',
          rules: [{ id: 'inform_paid', label: { fr: 'X', en: 'X' }, categories: ['meeting'], engagementLevel: 'inform', unit: 'hour', amountCents: 100 }],
        },
      ],
      paymentMethods: [],
      policyVersion: { ...frameworkInput.policyVersion, scope: { included: ['tax'], excluded: ['compensation'] } },
      tax: {
        rules: [
          ...(frameworkInput.tax?.rules ?? []),
          { ...frameworkInput.tax?.rules?.[0], id: 't4a_048', box: '048', effectiveFromYear: 2025 },
        ],
      },
      masterAgreement: {
        id: 'ma',
        organizationId: 'org',
        policyVersionId: 'other-policy',
        version: '1',
        title: { fr: 'E', en: 'A' },
        clauses: [{ id: 'a', kind: 'purpose', title: { fr: 'B', en: 'B' }, body: { fr: 'C', en: 'C' } }],
        effectiveFrom: '2026-01-01',
      },
      volunteerProgramme: {
        id: 'pu',
        name: { fr: 'U', en: 'U' },
        requiredDocuments: [{ code: 'resume', label: { fr: 'CV', en: 'Résumé' } }],
        criteria: [{ code: 'docs', label: { fr: 'D', en: 'D' }, type: 'documents', documents: [{ code: 'photo_id', label: { fr: 'P', en: 'P' }, count: 2 }] }],
      },
    });
    expect(paths(error)).toEqual(
      expect.arrayContaining([
        'engagementLevels.0.defaultRuleId:unknown_rule',
        'rateSchedules.0.rules.0.amountCents:uncompensated_level_paid',
        'paymentMethods:no_payment_method',
        'policyVersion.scope.excluded:compensation_out_of_scope',
        'tax.rules.1.effectiveFromYear:tax_rules_overlap',
        'masterAgreement.policyVersionId:agreement_policy_mismatch',
        'volunteerProgramme.criteria.0.documents.0.code:unknown_document',
      ]),
    );
  });

  it('reports a configuration that is not even an object', () => {
    const error = problems(null);
    expect(error.code).toBe('invalid_framework');
    expect(error.issues.length).toBeGreaterThan(0);
  });
});

describe('rates', () => {
  it('finds the schedule in force on a date', () => {
    expect(rateScheduleOn(framework, '2026-06-01')?.id).toBe('rates_2026');
    expect(rateScheduleOn(framework, '2025-12-31')).toBeUndefined();
  });

  it('prefers the rule of the engagement level, then a general rule', () => {
    const rules = framework.rateSchedules[0]?.rules ?? [];
    expect(findRateRule(rules, 'meeting', 'involve')?.id).toBe('involve_hourly');
    expect(findRateRule(rules, 'meeting', 'consult')?.id).toBe('consult_hourly');
    expect(findRateRule(rules, 'meeting', undefined)).toBeUndefined();
    expect(findRateRule(rules, 'review', 'involve')?.id).toBe('review_activity');
  });

  it('freezes a snapshot that later framework changes cannot touch', () => {
    const snapshot = snapshotRates(framework, { on: '2026-02-01', at: '2026-02-01T15:00:00Z', engagementLevel: 'consult' });
    expect(snapshot.scheduleId).toBe('rates_2026');
    expect(snapshot.rules.map((r) => r.id)).toEqual(['consult_hourly', 'review_activity', 'workshop_day', 'committee_half_day', 'webinar_flat']);
    expect(snapshot.rules[0]).not.toBe(framework.rateSchedules[0]?.rules[0]);
    expect(Object.isFrozen(snapshot.rules[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('refuses a snapshot when no schedule is in force', () => {
    expect(() => snapshotRates(framework, { on: '2020-01-01', at: '2020-01-01T00:00:00Z' })).toThrow(HonorariaError);
  });
});
