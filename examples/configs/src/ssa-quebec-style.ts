import type { FrameworkInput } from '@honoraria/core';
import { label, notEmploymentClause, t4aRule } from './common';
import { illustrative, SOURCES } from './sources';

const ORG = 'ssa-style-unit';
const POLICY = 'cadre-2026-03';

/**
 * A framework that follows the process of Unité de soutien SSA Québec's guide (March 2026
 * framework): a mandate for each involvement, approved, then accepted by the partner with the
 * master agreement on a first mandate; documents in My Files; payment requests approved by the
 * mandate's initiator, forwarded to the administration and paid by direct deposit; gift cards
 * and tax in scope, the partner's employment status and liability insurance out of it.
 *
 * **SSA Québec's own rates, templates and agreement text were not published**: every rate and
 * every clause below is illustrative. Replace them with your framework's.
 */
export const ssaQuebecStyle: FrameworkInput = {
  organization: {
    id: ORG,
    name: label('Unité de recherche (cadre inspiré de SSA Québec)', 'Research unit (SSA-Québec-style framework)'),
    type: 'research_unit',
    timeZone: 'America/Toronto',
    fiscalYearStart: '04-01',
  },
  policyVersion: {
    id: POLICY,
    organizationId: ORG,
    title: label(
      'Cadre de reconnaissance et de rétribution des partenaires de santé',
      'Framework for the Recognition and Compensation of Health Partners',
    ),
    version: '2026.03',
    effectiveFrom: '2026-03-01',
    approvedBy: 'Comité de direction (exemple)',
    // The guide's example scope: included and excluded issues.
    scope: {
      included: ['compensation', 'salary', 'gift_cards', 'tax', 'administration'],
      excluded: ['employment_status', 'liability_insurance'],
    },
    documentUrl: 'https://ssaquebec.ca/en/news/how-to-build-a-framework-for-managing-the-compensation-of-patients-caregivers-and-citizens/',
  },
  currency: 'CAD',
  languages: ['fr', 'en'],
  activityCategories: [
    { code: 'meeting', label: label('Réunion', 'Meeting'), compensable: true },
    { code: 'preparation', label: label('Préparation et lecture', 'Preparation and reading'), kind: 'preparation', compensable: true },
    { code: 'document_review', label: label('Révision de documents', 'Document review'), compensable: true },
    { code: 'co_research', label: label('Cochercheur ou cochercheuse', 'Co-research'), compensable: true },
    { code: 'training_given', label: label('Formation donnée', 'Training given'), compensable: true },
    { code: 'presentation', label: label('Présentation ou témoignage', 'Presentation or testimony'), compensable: true },
    { code: 'travel_time', label: label('Temps de déplacement', 'Travel time'), kind: 'travel', compensable: false },
  ],
  engagementLevels: [
    { code: 'consult', label: label('Consultation', 'Consultation'), compensated: true, defaultRuleId: 'hourly_standard', source: illustrative('Level names are examples.') },
    { code: 'partner', label: label('Partenariat', 'Partnership'), compensated: true, defaultRuleId: 'hourly_partner', source: illustrative('Level names are examples.') },
  ],
  rateSchedules: [
    {
      id: 'grille_2026',
      label: label('Grille de rétribution 2026 (exemple)', '2026 compensation schedule (example)'),
      effectiveFrom: '2026-03-01',
      currency: 'CAD',
      source: illustrative('SSA Québec’s rate table was not published: every rate of this schedule is an example.'),
      rules: [
        {
          id: 'hourly_standard',
          label: label('Taux horaire (exemple)', 'Hourly rate (example)'),
          categories: ['meeting', 'preparation', 'document_review', 'presentation', 'training_given'],
          unit: 'hour',
          amountCents: 2_500,
          rounding: { incrementMinutes: 15, mode: 'up' },
          minimumMinutes: 60,
          maxMinutesPerDay: 450,
          source: illustrative('$25/hour in quarter hours rounded up, at least 1 hour per activity, at most 7.5 hours a day: examples.'),
        },
        {
          id: 'hourly_partner',
          label: label('Taux horaire, partenariat (exemple)', 'Hourly rate, partnership (example)'),
          categories: ['meeting', 'preparation', 'document_review', 'presentation', 'training_given', 'co_research'],
          engagementLevel: 'partner',
          unit: 'hour',
          amountCents: 4_000,
          rounding: { incrementMinutes: 15, mode: 'up' },
          minimumMinutes: 60,
          maxMinutesPerDay: 450,
          source: illustrative('$40/hour: an example.'),
        },
      ],
    },
  ],
  expensePolicy: {
    allowedTypes: ['mileage', 'parking', 'transit', 'childcare', 'respite', 'meals'],
    kmRateCents: 54,
    receiptsRequired: true,
    receiptThresholdCents: 0,
    preApprovalAboveCents: 25_000,
    source: illustrative('Rate per km, receipts and pre-approval amount are examples; reimbursement is separate from compensation (CIHR-IG).'),
  },
  // The guide pays by deposit into the partner's account; gift cards are in the framework's scope.
  paymentMethods: ['direct_deposit', 'gift_card'],
  tax: {
    rules: [
      t4aRule(),
      {
        id: 'rl27_contracts',
        kind: 'RL27',
        label: label('Relevé 27, case A (paiements du gouvernement)', 'RL-27, box A (government payments)'),
        jurisdiction: 'QC',
        box: 'A',
        thresholdCents: 50_000,
        comparison: 'above',
        provinces: ['QC'],
        effectiveFromYear: 2021,
        source: {
          status: 'to_verify',
          url: 'https://taxtron.ca/fr/blog/RL27SlipGovernmentPayments',
          note: 'RL-27 is filed by Québec government bodies that pay under a contract of mandate. Whether the paying institution is such a body, and which threshold applies (RL-27 or RL-1 box O), must be confirmed with Revenu Québec.',
        },
      },
    ],
    missingSin: 'warn',
  },
  retentionYears: 7,
  mandateClauses: [notEmploymentClause],
  approvalPolicy: {
    // "Once the mandate is completed, it is automatically sent by email for approval."
    mandateApprover: { kind: 'mandate_approver' },
    amendmentApprover: { kind: 'mandate_approver' },
    // "The approver, who is generally the person who initiated the assignment…"
    paymentRequestApprover: { kind: 'mandate_initiator' },
    // "The person in charge forwards the request to the relevant administrative department."
    administrationRole: 'administration',
    segregation: { requesterMayApprove: false, approverMayAdminister: false },
    delegation: { allowed: true, maxDays: 60 },
    reminderAfterDays: 5,
    escalation: { afterDays: 10, to: { kind: 'role', role: 'unit_coordinator' } },
    submissionWindowDays: 90,
    paymentDeadlineDays: 30,
    offerValidityDays: 30,
    source: illustrative('Who approves follows the SSA Québec guide; the delays (days) are examples.'),
  },
  masterAgreement: {
    id: 'entente-globale-2026',
    organizationId: ORG,
    policyVersionId: POLICY,
    version: '2026.03',
    title: label('Entente globale avec la personne partenaire de santé', 'Global agreement with the health partner'),
    effectiveFrom: '2026-03-01',
    clauses: [
      {
        id: 'purpose',
        kind: 'purpose',
        title: label('Objet', 'Purpose'),
        body: label(
          'La présente entente encadre toutes les participations de la personne partenaire aux travaux de l’Unité; chaque participation fait l’objet d’un mandat distinct, accepté par les deux parties.',
          'This agreement governs every involvement of the partner in the Unit’s work; each involvement is covered by a separate mandate accepted by both parties.',
        ),
      },
      {
        id: 'not_employment',
        kind: 'not_employment',
        title: label('Statut', 'Status'),
        body: label(
          'La rétribution reconnaît une contribution; elle ne crée pas de lien d’emploi. Le statut de la personne partenaire n’est pas visé par le cadre.',
          'Compensation recognizes a contribution; it does not create an employment relationship. The partner’s status is outside the framework’s scope.',
        ),
      },
      {
        id: 'confidentiality',
        kind: 'confidentiality',
        title: label('Confidentialité', 'Confidentiality'),
        body: label(
          'La personne partenaire garde confidentiels les renseignements auxquels elle a accès, y compris les renseignements de santé.',
          'The partner keeps confidential the information they access, including health information.',
        ),
      },
      {
        id: 'compensation',
        kind: 'compensation',
        title: label('Rétribution', 'Compensation'),
        body: label(
          'Les heures sont rétribuées au taux prévu au mandat, selon la grille en vigueur à son approbation. La personne partenaire peut refuser la rétribution, la plafonner, la limiter au remboursement des dépenses ou la recevoir en carte-cadeau.',
          'Hours are paid at the rate set in the mandate, under the schedule in force when it was approved. The partner may decline payment, cap it, limit it to expenses or receive it as a gift card.',
        ),
      },
      {
        id: 'tax_responsibility',
        kind: 'tax_responsibility',
        title: label('Impôt', 'Tax'),
        body: label(
          'La rétribution, y compris en carte-cadeau, est un revenu imposable. L’Unité émet les relevés exigés (T4A au-delà de 500 $ par année civile) et doit demander le numéro d’assurance sociale.',
          'Compensation, gift cards included, is taxable income. The Unit issues the required slips (T4A above $500 in a calendar year) and must ask for the social insurance number.',
        ),
      },
      {
        id: 'benefits_disclaimer',
        kind: 'benefits_disclaimer',
        title: label('Prestations', 'Benefits'),
        body: label(
          'Une rétribution peut avoir un effet sur certaines prestations (aide sociale, solidarité sociale). La personne partenaire est invitée à se renseigner; elle peut déclarer un plafond mensuel ou annuel.',
          'Compensation may affect some benefits (social assistance, social solidarity). The partner is invited to seek advice and may declare a monthly or yearly cap.',
        ),
      },
      {
        id: 'payment_terms',
        kind: 'payment_terms',
        title: label('Paiement', 'Payment'),
        body: label(
          'Les demandes de paiement approuvées sont transmises au service administratif et payées par dépôt direct.',
          'Approved payment requests are forwarded to the administrative department and paid by direct deposit.',
        ),
      },
      {
        id: 'liability_insurance',
        kind: 'liability_insurance',
        title: label('Assurance responsabilité', 'Liability insurance'),
        body: label(
          'L’assurance responsabilité n’est pas visée par le cadre; la politique de l’établissement s’applique.',
          'Liability insurance is outside the framework’s scope; the institution’s policy applies.',
        ),
      },
    ],
  },
  sources: {
    retentionYears: SOURCES.mcmasterRetention,
    'policyVersion.scope': SOURCES.ssaArticle,
    'policyVersion.effectiveFrom': SOURCES.ssaArticle,
  },
};
