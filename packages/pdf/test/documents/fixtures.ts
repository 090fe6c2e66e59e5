// Entities for the document tests, made with core's own functions: a framework like the seed's
// (rates of several units, expenses with an allowance, a T4A rule, a master agreement and a
// volunteer programme), a partner, an accepted mandate with its frozen rates, a paid payment
// request priced by `quotePaymentRequest` with the approver's decisions, a volunteer application,
// ledger entries of a year, and an audit trail.
import type { Application, Framework, FrameworkInput, LedgerEntry, LineDecision, Mandate, Partner, PaymentRequest, Project, TimeEntry } from '@honoraria/core';
import type { AuditRecord } from '@honoraria/core/storage';
import { defineFramework, fixedClock, quotePaymentRequest, snapshotRates } from '@honoraria/core';

/** Names that need more than WinAnsi: Vietnamese, Polish, Inuktitut syllabics, French. */
export const NAMES = {
  vietnamese: 'Nguyễn Thị Ánh',
  polish: 'Łukasz Żółć',
  inuktitut: 'ᐊᓯᐅᓂ ᑐᓴᕐᓂ',
  french: 'Zoé Lefèvre-Gélinas',
} as const;

/** The instant every document is rendered at. */
export const RENDERED_AT = '2026-04-02T14:05:00Z';
/** A fresh fixed clock at {@link RENDERED_AT}. */
export const clock = () => fixedClock(RENDERED_AT);

export const frameworkInput: FrameworkInput = {
  organization: { id: 'org', name: { fr: 'Unité de soutien SSA Québec', en: 'Quebec SUPPORT Unit' }, type: 'research_unit', timeZone: 'America/Toronto' },
  policyVersion: {
    id: 'policy-2026',
    organizationId: 'org',
    title: { fr: 'Cadre de reconnaissance et de rétribution', en: 'Recognition and compensation framework' },
    version: '2026.1',
    effectiveFrom: '2026-03-01',
    scope: { included: ['compensation', 'salary', 'gift_cards', 'tax', 'administration'], excluded: ['employment_status', 'liability_insurance'] },
  },
  currency: 'CAD',
  activityCategories: [
    { code: 'meeting', label: { fr: 'Réunion', en: 'Meeting' }, compensable: true },
    { code: 'preparation', label: { fr: 'Préparation', en: 'Preparation' }, kind: 'preparation', compensable: true },
    { code: 'review', label: { fr: 'Révision de document', en: 'Document review' }, compensable: true },
    { code: 'workshop', label: { fr: 'Atelier', en: 'Workshop' }, compensable: true },
    { code: 'travel_time', label: { fr: 'Temps de déplacement', en: 'Travel time' }, kind: 'travel', compensable: false },
  ],
  engagementLevels: [
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
        { id: 'consult_hourly', label: { fr: 'Consulter (25 $/h)', en: 'Consult ($25/h)' }, categories: ['meeting', 'preparation'], engagementLevel: 'consult', unit: 'hour', amountCents: 2500 },
        {
          id: 'involve_hourly',
          label: { fr: 'Impliquer (40 $/h)', en: 'Involve ($40/h)' },
          categories: ['meeting', 'preparation'],
          engagementLevel: 'involve',
          unit: 'hour',
          amountCents: 4000,
          rounding: { incrementMinutes: 15, mode: 'up' },
          minimumMinutes: 60,
          maxMinutesPerDay: 450,
        },
        { id: 'review_activity', label: { fr: 'Révision à l’unité', en: 'Review per document' }, categories: ['review'], unit: 'activity', amountCents: 3000, maxUnitsPerDay: 3 },
        { id: 'workshop_day', label: { fr: 'Atelier à la journée', en: 'Workshop by the day' }, categories: ['workshop'], unit: 'day', amountCents: 15000, halfDayAmountCents: 7500 },
      ],
    },
  ],
  expensePolicy: {
    allowedTypes: ['mileage', 'parking', 'transit', 'allowance'],
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
      {
        id: 'rl1_o',
        kind: 'RL1',
        label: { fr: 'Relevé 1, case O', en: 'RL-1, box O' },
        jurisdiction: 'QC',
        box: 'O',
        thresholdCents: 50000,
        provinces: ['QC'],
        effectiveFromYear: 2020,
        source: { status: 'illustrative' },
      },
    ],
  },
  approvalPolicy: { submissionWindowDays: 90, paymentDeadlineDays: 30 },
  masterAgreement: {
    id: 'agreement-2026',
    organizationId: 'org',
    policyVersionId: 'policy-2026',
    version: '1',
    title: { fr: 'Entente globale de partenariat', en: 'Master partnership agreement' },
    effectiveFrom: '2026-03-01',
    clauses: [
      { id: 'purpose', kind: 'purpose', title: { fr: 'Objet', en: 'Purpose' }, body: { fr: 'Encadrer la contribution des partenaires de santé aux travaux de l’Unité.', en: 'To frame the contribution of health partners to the Unit’s work.' } },
      { id: 'not_employment', kind: 'not_employment', title: { fr: 'Statut', en: 'Status' }, body: { fr: 'Cette entente ne crée pas de lien d’emploi; la rétribution est un honoraire.', en: 'This agreement creates no employment relationship; compensation is an honorarium.' } },
      { id: 'confidentiality', kind: 'confidentiality', title: { fr: 'Confidentialité', en: 'Confidentiality' }, body: { fr: 'Le partenaire garde confidentielles les informations reçues.\nCette obligation survit à la fin de l’entente.', en: 'The partner keeps the information received confidential.\nThis duty survives the end of the agreement.' } },
      { id: 'tax', kind: 'tax_responsibility', title: { fr: 'Impôts', en: 'Taxes' }, body: { fr: 'Un feuillet T4A est émis au-delà de 500 $ par année.', en: 'A T4A slip is issued above $500 a year.' } },
    ],
  },
  mandateClauses: [
    { id: 'not_employment', kind: 'not_employment', title: { fr: 'Statut', en: 'Status' }, body: { fr: 'Ce mandat ne crée pas de lien d’emploi.', en: 'This mandate creates no employment relationship.' } },
  ],
  volunteerProgramme: {
    id: 'partner_users',
    name: { fr: 'Usagers partenaires', en: 'Partner users' },
    criteria: [
      { code: 'care_last_24_months', label: { fr: 'Soins reçus depuis 24 mois', en: 'Care received within 24 months' }, type: 'date_within', months: 24 },
      { code: 'wants_to_contribute', label: { fr: 'Souhaite contribuer', en: 'Wants to contribute' }, type: 'attestation' },
      { code: 'region', label: { fr: 'Réside en Outaouais', en: 'Lives in the Outaouais' }, type: 'region', regions: ['OUTAOUAIS'], required: false },
      { code: 'documents', label: { fr: 'Pièces présentées', en: 'Documents shown' }, type: 'documents', documents: [{ code: 'resume', label: { fr: 'Curriculum vitæ', en: 'Résumé' }, count: 1 }, { code: 'photo_id', label: { fr: 'Pièce d’identité avec photo', en: 'Photo ID' }, count: 2 }] },
      { code: 'values', label: { fr: 'Adhère aux valeurs du CISSS', en: 'Shares the CISSS’s values' }, type: 'interview_assessed' },
    ],
    interviewDeadlineDays: 30,
    requiredDocuments: [
      { code: 'resume', label: { fr: 'Curriculum vitæ', en: 'Résumé' }, count: 1 },
      { code: 'photo_id', label: { fr: 'Pièce d’identité avec photo', en: 'Photo ID' }, count: 2 },
    ],
    recognition: { parkingPassPerActivity: true, parkingSites: ['Hôpital de Gatineau'] },
  },
};

/** The validated test framework. */
export const framework: Framework = defineFramework(frameworkInput);

/** The partner of the documents. */
export function partnerNamed(name: string = NAMES.vietnamese, overrides: Partial<Partner> = {}): Partner {
  return {
    id: 'ptn_0001',
    organizationId: 'org',
    name,
    legalName: `${name} (légal)`,
    lang: 'fr',
    email: 'partenaire@example.org',
    roles: ['patient', 'caregiver'],
    status: 'active',
    createdAt: '2026-02-20T15:00:00Z',
    ...overrides,
  };
}

export const project: Project = {
  id: 'prj_0007',
  organizationId: 'org',
  title: 'Parcours de soins en santé mentale',
  type: 'research',
  leadUserId: 'u_lead',
  costCentre: 'CC-4410',
};

/** An accepted mandate at the `involve` level, its rates frozen on 2026-03-02. */
export function acceptedMandate(partner: Partner = partnerNamed(), overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 'mnd_0042',
    organizationId: 'org',
    projectId: project.id,
    partnerId: partner.id,
    initiatorUserId: 'u_lead',
    approverUserId: 'u_approver',
    policyVersionId: 'policy-2026',
    version: 1,
    title: 'Comité des usagers du projet',
    description: 'Le partenaire siège au comité de gouvernance du projet et relit les documents destinés aux patients.',
    role: 'Membre du comité de gouvernance',
    engagementLevel: 'involve',
    activities: [
      { category: 'meeting', description: 'Quatre réunions du comité', estimatedMinutes: 480 },
      { category: 'preparation', description: 'Lecture des documents avant chaque réunion', estimatedMinutes: 240 },
      { category: 'review', description: 'Relecture du formulaire de consentement', estimatedMinutes: 120 },
    ],
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    estimatedMinutes: 840,
    maxMinutes: 1200,
    budgetCapCents: 123_450,
    budgetScope: 'total',
    currency: 'CAD',
    allowedCategories: ['meeting', 'preparation', 'review', 'workshop', 'travel_time'],
    paymentForm: 'cash',
    rateSnapshot: snapshotRates(framework, { on: '2026-03-02', at: '2026-03-02T15:00:00Z', engagementLevel: 'involve' }),
    totals: { approvedCents: 0, pendingCents: 0, paidCents: 0, approvedMinutes: 0, pendingMinutes: 0 },
    status: 'accepted',
    masterAgreementId: 'agreement-2026',
    createdAt: '2026-02-25T15:00:00Z',
    approvedAt: '2026-03-02T15:00:00Z',
    acceptedAt: '2026-03-03T18:30:00Z',
    ...overrides,
  };
}

/** The mandate's audit trail, as the workflow stores it (hash fields are not read by documents). */
export function mandateAudit(mandateId = 'mnd_0042'): AuditRecord[] {
  const event = (seq: number, at: string, actor: AuditRecord['actor'], action: string, fromState: string | null, toState: string): AuditRecord => ({
    id: `aud_${seq}`,
    subjectType: 'mandate',
    subjectId: mandateId,
    seq,
    at,
    actor,
    action,
    fromState,
    toState,
    prevHash: null,
    hash: '0'.repeat(64),
    position: seq,
  });
  return [
    event(1, '2026-02-25T15:00:00Z', { id: 'u_lead', roles: ['project_lead'] }, 'mandate.create', null, 'draft'),
    event(2, '2026-02-26T15:00:00Z', { id: 'u_lead', roles: ['project_lead'] }, 'mandate.submit', 'draft', 'pending_approval'),
    event(3, '2026-03-02T15:00:00Z', { id: 'u_delegate', roles: ['approver'], actingFor: 'u_approver' }, 'mandate.approve', 'pending_approval', 'approved'),
    event(4, '2026-03-02T16:00:00Z', { id: 'u_lead', roles: ['project_lead'] }, 'mandate.send', 'approved', 'sent_to_partner'),
    event(5, '2026-03-03T18:30:00Z', { id: 'user_ptn_0001', roles: ['partner'] }, 'mandate.accept', 'sent_to_partner', 'accepted'),
  ];
}

/** Staff names, as an institution's directory gives them. */
export const NAMES_BY_ID = { u_lead: 'Léa Gagnon', u_approver: 'Marc Roy', u_delegate: 'Nadia Côté', u_admin: 'Sylvie Paquette', u_director: 'Paul Lavoie' } as const;

const DECIDED = { decidedByUserId: 'u_approver', decidedAt: '2026-03-22T15:00:00Z' } as const;

/** A paid payment request of March: six time entries, three expenses, three line decisions, priced by core. */
export function paidRequest(mandate: Mandate = acceptedMandate(), partner: Partner = partnerNamed(), entries?: readonly TimeEntry[]): PaymentRequest {
  const time: TimeEntry[] = entries === undefined
    ? [
        { id: 'e1', date: '2026-03-04', category: 'meeting', minutes: 95, units: 1, description: 'Comité des usagers', location: 'onsite' },
        { id: 'e2', date: '2026-03-05', category: 'preparation', minutes: 50, units: 1, description: 'Lecture du protocole' },
        { id: 'e3', date: '2026-03-10', category: 'review', minutes: 60, units: 2, description: 'Deux documents d’information' },
        { id: 'e4', date: '2026-03-12', category: 'travel_time', minutes: 40, units: 1 },
        { id: 'e5', date: '2026-03-14', category: 'workshop', minutes: 300, units: 1, description: 'Atelier de co-construction' },
        { id: 'e6', date: '2026-03-16', category: 'meeting', minutes: 30, units: 1, description: 'Appel imprévu' },
      ]
    : [...entries];
  const expenses = [
    { id: 'x1', date: '2026-03-04', type: 'mileage' as const, km: 42, quantity: 1, receiptIds: [], preApproved: false, description: 'Gatineau – Montréal' },
    { id: 'x2', date: '2026-03-04', type: 'parking' as const, amountCents: 1200, quantity: 1, receiptIds: ['rcpt_1'], preApproved: false },
    { id: 'x3', date: '2026-03-12', type: 'allowance' as const, allowanceCode: 'online_meeting', quantity: 2, receiptIds: [], preApproved: false },
  ];
  const decisions: LineDecision[] = entries === undefined
    ? [
        { lineId: 'e2', target: 'entry', decision: 'adjusted', adjustedMinutes: 45, comment: 'Préparation ramenée à 45 minutes.', ...DECIDED },
        { lineId: 'e6', target: 'entry', decision: 'rejected', comment: 'Appel hors du mandat.', ...DECIDED },
        { lineId: 'x2', target: 'expense', decision: 'accepted', comment: 'Reçu joint.', ...DECIDED },
      ]
    : [];
  const quote = quotePaymentRequest(
    { entries: time, expenses, decisions },
    { mandate, framework, partner, asOf: '2026-03-20', taxProfile: { sinStatus: 'provided', province: 'QC' } },
  );
  return {
    id: 'prq_0107',
    organizationId: 'org',
    mandateId: mandate.id,
    partnerId: partner.id,
    period: { from: '2026-03-01', to: '2026-03-31' },
    entries: time,
    expenses,
    quote,
    decisions,
    attestation: { at: '2026-03-20T13:00:00Z', lang: 'fr', text: 'J’atteste que les heures et les dépenses déclarées sont exactes et je sais que la rémunération est imposable.' },
    reviewerNotes: 'Merci pour la relecture attentive.',
    status: 'paid',
    approverUserId: 'u_approver',
    payoutId: 'pay_0001',
    createdAt: '2026-03-18T13:00:00Z',
    submittedAt: '2026-03-20T13:00:00Z',
    submittedOn: '2026-03-20',
    approvedAt: '2026-03-22T15:00:00Z',
    paidAt: '2026-03-30T15:00:00Z',
  };
}

/** `count` time entries over the mandate's period, for pagination. */
export function manyEntries(count: number): TimeEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${String(i + 1).padStart(3, '0')}`,
    date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    category: i % 3 === 0 ? 'preparation' : 'meeting',
    minutes: 20 + (i % 5) * 10,
    units: 1,
    description: `Rencontre de suivi no ${i + 1}`,
  }));
}

/** A volunteer application received on 2026-03-05, interviews done, documents partly verified. */
export function application(name: string = NAMES.french): Application {
  return {
    id: 'app_0003',
    organizationId: 'org',
    programmeId: 'partner_users',
    applicant: { name, email: 'candidat@example.org', phone: '819-555-0199', lang: 'fr' },
    answers: { care_last_24_months: '2025-06-15', wants_to_contribute: true, region: 'outaouais', motivation: 'Améliorer l’accueil aux urgences.' },
    commitment: 'ongoing_committee',
    receivedAt: '2026-03-05T15:00:00Z',
    receivedOn: '2026-03-05',
    documentsVerified: { resume: 1, photo_id: 1 },
    assessments: { values: { met: true, byUserId: 'u_director', at: '2026-03-25T15:00:00Z', note: 'Très engagée envers les usagers.' } },
    interviewIds: [],
    status: 'joint_interview_done',
  };
}

/** Ledger entries of 2026 from two payers (the organization and a partner institution), with a reversal. */
export function ledgerEntries(partnerId = 'ptn_0001'): LedgerEntry[] {
  const entry = (id: string, payerId: string, paidAt: string, taxableCents: number, nonTaxableCents: number, kind: LedgerEntry['kind'] = 'payment', form: LedgerEntry['form'] = 'cash'): LedgerEntry => ({
    id,
    kind,
    partnerId,
    payerId,
    year: 2026,
    month: Number(paidAt.slice(5, 7)),
    paidAt,
    paidOn: paidAt.slice(0, 10),
    currency: 'CAD',
    taxableCents,
    nonTaxableCents,
    form,
    paymentRequestId: `prq_${id}`,
    payoutId: `pay_${id}`,
    mandateId: 'mnd_0042',
    createdAt: paidAt,
  });
  return [
    entry('a', 'org', '2026-03-30T15:00:00Z', 42_500, 3_100),
    entry('b', 'org', '2026-06-15T15:00:00Z', 20_000, 0, 'payment', 'gift_card'),
    entry('c', 'org', '2026-07-02T15:00:00Z', -5_000, 0, 'reversal'),
    entry('d', 'org', '2026-11-20T15:00:00Z', 10_000, 1_250),
    entry('e', 'chum', '2026-05-10T15:00:00Z', 15_000, 2_000),
  ];
}
