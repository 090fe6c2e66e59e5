import type { FrameworkInput } from '@honoraria/core';
import { pricedRule } from './priced-rule';
import { illustrative, SOURCES } from './sources';
import { notEmploymentClause } from './common';

const en = (text: string): { fr: string; en: string } => ({ fr: text, en: text });

/**
 * A UK configuration in the style of NIHR public-involvement payment guidance, in pounds.
 * **To verify**: the NIHR rates (£25/hour, £150/day, £75/half-day) come from secondary sources and
 * were not visible in the documents read. The £5 online-meeting allowance (University of York) and
 * the Ace Centre's 45p per mile, 3-month claim window and 2-week payment are sourced. The UK has
 * no payer slip like the T4A: the configuration has no tax rule. English only.
 */
export const nihrStyle: FrameworkInput = {
  organization: {
    id: 'example-nihr-project',
    name: en('Research project (NIHR-style example)'),
    type: 'agency',
    timeZone: 'Europe/London',
  },
  policyVersion: {
    id: 'payment-policy-2026',
    organizationId: 'example-nihr-project',
    title: en('Payment, expenses and recognition policy for public contributors'),
    version: '1.0',
    effectiveFrom: '2026-04-01',
    scope: { included: ['compensation', 'expenses', 'gift_cards', 'recognition', 'benefits_advice'], excluded: ['employment_status'] },
    documentUrl: 'https://www.nihr.ac.uk/payment-guidance-researchers-and-professionals',
  },
  currency: 'GBP',
  languages: ['en'],
  activityCategories: [
    { code: 'meeting', label: en('Meeting'), compensable: true },
    { code: 'preparation', label: en('Preparation'), kind: 'preparation', compensable: true },
    { code: 'document_review', label: en('Document review'), compensable: true },
    { code: 'workshop', label: en('Workshop or committee day'), compensable: true },
    { code: 'travel_time', label: en('Travel time'), kind: 'travel', compensable: false },
  ],
  rateSchedules: [
    {
      id: 'nihr_style_2026',
      label: en('Public contributor rates (to verify)'),
      effectiveFrom: '2026-04-01',
      currency: 'GBP',
      source: SOURCES.nihrRates,
      rules: [
        pricedRule('GBP', {
          id: 'hourly',
          name: en('Public contributor'),
          note: en('(to verify)'),
          categories: ['meeting', 'preparation', 'document_review'],
          unit: 'hour',
          amountCents: 2_500,
          rounding: { incrementMinutes: 30, mode: 'up' },
          source: { ...SOURCES.nihrRates, note: `${SOURCES.nihrRates.note} The half-hour rounding is illustrative.` },
        }),
        pricedRule('GBP', {
          id: 'day_rate',
          name: en('Workshop'),
          note: en('(to verify)'),
          categories: ['workshop'],
          unit: 'day',
          amountCents: 15_000,
          halfDayAmountCents: 7_500,
          halfDayMinutes: 240,
          source: { ...SOURCES.nihrRates, note: `${SOURCES.nihrRates.note} A half-day of at most 4 hours is illustrative.` },
        }),
      ],
    },
  ],
  expensePolicy: {
    allowedTypes: ['mileage', 'transit', 'parking', 'childcare', 'allowance'],
    // In this configuration distances are entered in miles: the rate is per mile.
    kmRateCents: 45,
    receiptsRequired: true,
    allowances: [
      { code: 'online_meeting', label: en('Online meeting allowance (phone, internet, printing)'), amountCents: 500, taxable: true, source: SOURCES.yorkAllowance },
    ],
    source: SOURCES.aceCentre,
  },
  paymentMethods: ['bank_transfer', 'gift_card'],
  tax: { rules: [], missingSin: 'warn' },
  retentionYears: 7,
  mandateClauses: [notEmploymentClause],
  approvalPolicy: {
    submissionWindowDays: 90,
    paymentDeadlineDays: 14,
    reminderAfterDays: 5,
    source: SOURCES.aceCentre,
  },
  sources: {
    retentionYears: illustrative('Seven years, as in the Canadian examples: check your institution’s records policy.'),
    'approvalPolicy.reminderAfterDays': illustrative('A reminder after 5 days is an example.'),
    'approvalPolicy.offerValidityDays': illustrative('The default of 30 days is an example.'),
  },
};
