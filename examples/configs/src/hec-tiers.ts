import type { FrameworkInput } from '@honoraria/core';
import { label, notEmploymentClause, t4aRule } from './common';
import { pricedRule } from './priced-rule';
import { illustrative, SOURCES } from './sources';

/**
 * Healthcare Excellence Canada's engagement tiers: **inform** is not compensated, **consult** is
 * paid $25/hour (a 2-hour focus group earns a $50 honorarium), **involve** $40/hour. The tiers and
 * rates are sourced; the organization, dates, categories and expense amounts around them are
 * illustrative.
 */
export const hecTiers: FrameworkInput = {
  organization: {
    id: 'example-research-unit',
    name: label('Unité de recherche (exemple)', 'Research unit (example)'),
    type: 'research_unit',
    timeZone: 'America/Toronto',
  },
  policyVersion: {
    id: 'hec-tiers-2026',
    organizationId: 'example-research-unit',
    title: label('Reconnaissance des partenaires selon les niveaux d’engagement', 'Partner recognition by engagement level'),
    version: '1.0',
    effectiveFrom: '2026-01-01',
    scope: { included: ['compensation', 'gift_cards', 'tax', 'expenses', 'recognition'], excluded: ['employment_status', 'liability_insurance'] },
  },
  currency: 'CAD',
  languages: ['fr', 'en'],
  activityCategories: [
    { code: 'information_session', label: label('Séance d’information', 'Information session'), compensable: false },
    { code: 'focus_group', label: label('Groupe de discussion', 'Focus group'), compensable: true },
    { code: 'survey', label: label('Sondage ou consultation écrite', 'Survey or written consultation'), compensable: true },
    { code: 'meeting', label: label('Réunion de travail', 'Working meeting'), compensable: true },
    { code: 'document_review', label: label('Révision de documents', 'Document review'), compensable: true },
    { code: 'preparation', label: label('Préparation', 'Preparation'), kind: 'preparation', compensable: true },
    { code: 'travel_time', label: label('Temps de déplacement', 'Travel time'), kind: 'travel', compensable: false },
  ],
  engagementLevels: [
    { code: 'inform', label: label('Informer', 'Inform'), compensated: false, source: SOURCES.hecGuide },
    { code: 'consult', label: label('Consulter', 'Consult'), compensated: true, defaultRuleId: 'consult_hourly', source: SOURCES.hecGuide },
    { code: 'involve', label: label('Impliquer', 'Involve'), compensated: true, defaultRuleId: 'involve_hourly', source: SOURCES.hecGuide },
  ],
  rateSchedules: [
    {
      id: 'hec_tiers',
      label: label('Niveaux de HEC', 'HEC tiers'),
      effectiveFrom: '2026-01-01',
      currency: 'CAD',
      source: illustrative('The effective date is an example; the rates of its rules are sourced.'),
      rules: [
        pricedRule('CAD', {
          id: 'consult_hourly',
          name: label('Consulter', 'Consult'),
          categories: ['focus_group', 'survey', 'meeting', 'document_review', 'preparation'],
          engagementLevel: 'consult',
          unit: 'hour',
          amountCents: 2_500,
          source: SOURCES.hecGuide,
        }),
        pricedRule('CAD', {
          id: 'involve_hourly',
          name: label('Impliquer', 'Involve'),
          categories: ['focus_group', 'survey', 'meeting', 'document_review', 'preparation'],
          engagementLevel: 'involve',
          unit: 'hour',
          amountCents: 4_000,
          source: SOURCES.hecGuide,
        }),
      ],
    },
  ],
  expensePolicy: {
    allowedTypes: ['mileage', 'parking', 'transit', 'childcare', 'respite'],
    kmRateCents: 50,
    receiptsRequired: true,
    receiptThresholdCents: 1_000,
    preApprovalAboveCents: 20_000,
    source: illustrative('Expenses are reimbursed apart from compensation (CIHR-IG); the rate per km, the receipt threshold and the pre-approval amount are examples.'),
  },
  paymentMethods: ['direct_deposit', 'cheque', 'gift_card'],
  tax: { rules: [t4aRule()], missingSin: 'warn' },
  retentionYears: 7,
  mandateClauses: [notEmploymentClause],
  approvalPolicy: {
    submissionWindowDays: 90,
    paymentDeadlineDays: 28,
    reminderAfterDays: 5,
    offerValidityDays: 30,
    source: illustrative('Reminder and offer validity are examples; see `sources` for the submission window and payment deadline.'),
  },
  sources: {
    retentionYears: SOURCES.mcmasterRetention,
    'approvalPolicy.submissionWindowDays': SOURCES.aceCentre,
    'approvalPolicy.paymentDeadlineDays': SOURCES.scporTimeline,
  },
};
