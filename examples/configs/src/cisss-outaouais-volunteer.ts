import type { FrameworkInput } from '@honoraria/core';
import { label, notEmploymentClause } from './common';
import { illustrative, SOURCES } from './sources';

const ORG = 'cisss-outaouais-example';

/**
 * The CISSS de l'Outaouais "partner user" volunteer programme (adapted, with permission, from
 * Hôpital Montfort's), as its public page describes it: eight criteria, an application form, a
 * phone interview by the programme director within 30 days of receipt, a joint interview with a
 * résumé and two pieces of photo ID, volunteer status through the volunteer service, an
 * orientation session, a single activity or an ongoing committee, and a free parking pass for
 * each activity. No money changes hands: compensation is out of scope.
 */
export const cisssOutaouaisVolunteer: FrameworkInput = {
  organization: {
    id: ORG,
    name: label('CISSS de l’Outaouais (exemple)', 'CISSS de l’Outaouais (example)'),
    type: 'cisss',
    timeZone: 'America/Toronto',
    website: 'https://cisss-outaouais.gouv.qc.ca/',
  },
  policyVersion: {
    id: 'usager-partenaire',
    organizationId: ORG,
    title: label('Devenir usager partenaire', 'Becoming a partner user'),
    version: '1.0',
    effectiveFrom: '2026-01-01',
    scope: { included: ['volunteering', 'recognition'], excluded: ['compensation', 'salary', 'employment_status'] },
    documentUrl: 'https://cisss-outaouais.gouv.qc.ca/language/en/users-voice/becoming-a-partner-user/',
  },
  currency: 'CAD',
  languages: ['fr', 'en'],
  activityCategories: [
    { code: 'committee', label: label('Comité ou groupe de travail', 'Committee or working group'), compensable: false },
    { code: 'improvement_activity', label: label('Activité d’amélioration de la qualité', 'Quality-improvement activity'), compensable: false },
    { code: 'testimony', label: label('Témoignage auprès des professionnels', 'Talk to professionals'), compensable: false },
  ],
  expensePolicy: { allowedTypes: [] },
  paymentMethods: [],
  tax: { rules: [] },
  retentionYears: 7,
  mandateClauses: [notEmploymentClause],
  approvalPolicy: {
    applicationReviewer: { kind: 'role', role: 'programme_director' },
    source: illustrative('The programme director reviews applications (sourced); reminder and other delays are the defaults.'),
  },
  volunteerProgramme: {
    id: 'partner_user',
    name: label('Usager partenaire', 'Partner user'),
    interviewDeadlineDays: 30,
    requiredDocuments: [
      { code: 'resume', label: label('Curriculum vitæ (références sur demande)', 'Résumé (references upon request)'), count: 1 },
      { code: 'photo_id', label: label('Pièce d’identité avec photo', 'Piece of photo ID'), count: 2 },
    ],
    criteria: [
      {
        code: 'care_last_24_months',
        type: 'date_within',
        months: 24,
        label: label(
          'A reçu des soins ou des services du CISSS de l’Outaouais (ou d’un établissement partenaire) au cours des deux dernières années',
          'Received care or services from the CISSS de l’Outaouais (or a partner institution) over the last two years',
        ),
      },
      {
        code: 'wants_to_contribute',
        type: 'attestation',
        label: label('Veut contribuer à améliorer la qualité des soins et services', 'Wants to help improve the quality of care and services'),
      },
      {
        code: 'volunteer',
        type: 'attestation',
        label: label('Veut agir bénévolement (avis, activités d’amélioration, comité)', 'Wants to work as a volunteer (opinions, improvement activities, committee)'),
      },
      {
        code: 'understands_network',
        type: 'interview_assessed',
        label: label('Comprend le réseau par ses expériences dans nos installations', 'Understands the network through their experiences at our facilities'),
      },
      {
        code: 'embraces_values',
        type: 'attestation',
        label: label('Adhère aux valeurs, à la mission et à la vision du CISSS', 'Embraces the CISSS’s values, mission and vision'),
      },
      {
        code: 'constructive_in_groups',
        type: 'interview_assessed',
        label: label('Partage ses opinions de façon constructive en groupe', 'Shares opinions constructively within a group'),
      },
      {
        code: 'values_others',
        type: 'interview_assessed',
        label: label('Valorise les autres et sait mettre de côté son expérience personnelle', 'Values others and can set aside personal experiences'),
      },
      {
        code: 'professional_reliable',
        type: 'interview_assessed',
        label: label('Professionnel, ouvert, positif, fiable, ponctuel et engagé', 'Professional, open-minded, positive, reliable, punctual and dedicated'),
      },
      {
        code: 'documents',
        type: 'documents',
        label: label('Documents apportés à l’entrevue conjointe', 'Documents brought to the joint interview'),
        documents: [
          { code: 'resume', label: label('Curriculum vitæ', 'Résumé'), count: 1 },
          { code: 'photo_id', label: label('Pièce d’identité avec photo', 'Piece of photo ID'), count: 2 },
        ],
      },
    ],
    recognition: { parkingPassPerActivity: true, items: ['parking_pass', 'letter'] },
    commitments: ['single_activity', 'ongoing_committee'],
    source: SOURCES.cissso,
  },
  sources: {
    retentionYears: illustrative('Seven years is an example for a public institution: check its records retention schedule.'),
  },
};
