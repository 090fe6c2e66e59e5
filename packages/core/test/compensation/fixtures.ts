import { defineFramework } from '../../src/framework/define-framework';
import type { Framework, FrameworkInput } from '../../src/framework/framework-config';
import { snapshotRates } from '../../src/framework/rates';
import type { Mandate } from '../../src/schemas/mandate';
import type { Partner } from '../../src/schemas/partner';

/** A test framework: HEC tiers (consult $25/h, involve $40/h), a few other units, a T4A rule. */
export const frameworkInput: FrameworkInput = {
  organization: { id: 'org', name: { fr: 'Unité test', en: 'Test unit' }, type: 'research_unit' },
  policyVersion: {
    id: 'policy-1',
    organizationId: 'org',
    title: { fr: 'Cadre test', en: 'Test framework' },
    version: '1.0',
    effectiveFrom: '2026-01-01',
    scope: { included: ['compensation', 'gift_cards', 'tax', 'administration'], excluded: ['employment_status', 'liability_insurance'] },
  },
  currency: 'CAD',
  activityCategories: [
    { code: 'meeting', label: { fr: 'Réunion', en: 'Meeting' }, compensable: true },
    { code: 'focus_group', label: { fr: 'Groupe de discussion', en: 'Focus group' }, compensable: true },
    { code: 'preparation', label: { fr: 'Préparation', en: 'Preparation' }, kind: 'preparation', compensable: true },
    { code: 'travel_time', label: { fr: 'Déplacement', en: 'Travel time' }, kind: 'travel', compensable: false },
    { code: 'review', label: { fr: 'Révision de document', en: 'Document review' }, compensable: true },
    { code: 'workshop', label: { fr: 'Atelier', en: 'Workshop' }, compensable: true },
    { code: 'committee', label: { fr: 'Comité', en: 'Committee' }, compensable: true },
    { code: 'webinar', label: { fr: 'Webinaire', en: 'Webinar' }, compensable: true },
  ],
  engagementLevels: [
    { code: 'inform', label: { fr: 'Informer', en: 'Inform' }, compensated: false },
    { code: 'consult', label: { fr: 'Consulter', en: 'Consult' }, compensated: true, defaultRuleId: 'consult_hourly' },
    { code: 'involve', label: { fr: 'Impliquer', en: 'Involve' }, compensated: true, defaultRuleId: 'involve_hourly' },
  ],
  rateSchedules: [
    {
      id: 'rates_2026',
      label: { fr: 'Grille 2026', en: '2026 schedule' },
      effectiveFrom: '2026-01-01',
      currency: 'CAD',
      rules: [
        {
          id: 'consult_hourly',
          label: { fr: 'Consulter (25 $/h)', en: 'Consult ($25/h)' },
          categories: ['meeting', 'focus_group', 'preparation'],
          engagementLevel: 'consult',
          unit: 'hour',
          amountCents: 2500,
        },
        {
          id: 'involve_hourly',
          label: { fr: 'Impliquer (40 $/h)', en: 'Involve ($40/h)' },
          categories: ['meeting', 'focus_group', 'preparation'],
          engagementLevel: 'involve',
          unit: 'hour',
          amountCents: 4000,
          rounding: { incrementMinutes: 15, mode: 'up' },
          minimumMinutes: 60,
          maxMinutesPerDay: 450,
        },
        { id: 'review_activity', label: { fr: 'Révision', en: 'Review' }, categories: ['review'], unit: 'activity', amountCents: 3000, maxUnitsPerDay: 3 },
        {
          id: 'workshop_day',
          label: { fr: 'Atelier à la journée', en: 'Workshop by the day' },
          categories: ['workshop'],
          unit: 'day',
          amountCents: 15000,
          halfDayAmountCents: 7500,
        },
        { id: 'committee_half_day', label: { fr: 'Comité', en: 'Committee' }, categories: ['committee'], unit: 'half_day', amountCents: 7500 },
        { id: 'webinar_flat', label: { fr: 'Webinaire', en: 'Webinar' }, categories: ['webinar'], unit: 'flat', amountCents: 5000 },
      ],
    },
  ],
  expensePolicy: {
    allowedTypes: ['mileage', 'parking', 'transit', 'childcare', 'allowance'],
    kmRateCents: 50,
    receiptsRequired: true,
    receiptThresholdCents: 1000,
    allowances: [{ code: 'online_meeting', label: { fr: 'Réunion en ligne', en: 'Online meeting' }, amountCents: 500, taxable: true }],
    preApprovalAboveCents: 20000,
  },
  paymentMethods: ['direct_deposit', 'gift_card'],
  tax: {
    rules: [
      {
        id: 't4a_028',
        kind: 'T4A',
        label: { fr: 'T4A, case 028', en: 'T4A, box 028' },
        jurisdiction: 'CA',
        box: '028',
        thresholdCents: 50000,
        effectiveFromYear: 2020,
        source: { status: 'sourced', url: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/publications/rc4157.html' },
      },
    ],
  },
  approvalPolicy: { submissionWindowDays: 90 },
};

/** The test framework, validated. */
export const framework: Framework = defineFramework(frameworkInput);

/** An approved, active mandate at a given engagement level, its rates frozen on 2026-02-01. */
export function mandateAt(level: 'consult' | 'involve' | undefined, overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 'mandate-1',
    organizationId: 'org',
    projectId: 'project-1',
    partnerId: 'partner-1',
    initiatorUserId: 'lead',
    approverUserId: 'approver',
    policyVersionId: 'policy-1',
    version: 1,
    title: 'Comité consultatif',
    activities: [],
    startDate: '2026-02-01',
    endDate: '2026-12-31',
    estimatedMinutes: 1200,
    budgetCapCents: 100_000,
    budgetScope: 'total',
    currency: 'CAD',
    allowedCategories: ['meeting', 'focus_group', 'preparation', 'travel_time', 'review', 'workshop', 'committee', 'webinar'],
    ...(level === undefined ? {} : { engagementLevel: level }),
    rateSnapshot: snapshotRates(framework, { on: '2026-02-01', at: '2026-02-01T15:00:00Z', engagementLevel: level }),
    totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
    status: 'active',
    createdAt: '2026-01-20T15:00:00Z',
    ...overrides,
  };
}

/** A partner who accepts payment in cash. */
export const partner: Partner = {
  id: 'partner-1',
  organizationId: 'org',
  name: 'Zoé Tremblay',
  lang: 'fr',
  email: 'zoe@example.org',
  roles: ['patient'],
  status: 'active',
  createdAt: '2026-01-10T15:00:00Z',
};
