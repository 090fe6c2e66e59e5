import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../src/eligibility/evaluate-eligibility';
import { VolunteerProgramme } from '../../src/framework/volunteer-programme';
import type { Application } from '../../src/schemas/application';

const label = (fr: string, en: string) => ({ fr, en });

/** The CISSS de l'Outaouais "partner user" programme, as its page describes it. */
const programme = VolunteerProgramme.parse({
  id: 'partner_user',
  name: label('Usager partenaire', 'Partner user'),
  interviewDeadlineDays: 30,
  requiredDocuments: [
    { code: 'resume', label: label('Curriculum vitæ', 'Résumé') },
    { code: 'photo_id', label: label('Pièce d’identité avec photo', 'Photo ID'), count: 2 },
  ],
  criteria: [
    { code: 'care_last_24_months', type: 'date_within', months: 24, label: label('Soins reçus dans les deux dernières années', 'Care received in the last two years') },
    { code: 'wants_to_contribute', type: 'attestation', label: label('Veut contribuer', 'Wants to contribute') },
    { code: 'volunteer', type: 'attestation', label: label('Accepte d’agir bénévolement', 'Agrees to volunteer') },
    { code: 'region', type: 'region', regions: ['OUTAOUAIS'], required: false, label: label('Région', 'Region') },
    { code: 'age', type: 'age', min: 18, label: label('Majeur', 'Of age') },
    { code: 'constructive', type: 'interview_assessed', label: label('Constructif en groupe', 'Constructive in groups') },
    { code: 'documents', type: 'documents', label: label('Documents', 'Documents'), documents: [
      { code: 'resume', label: label('Curriculum vitæ', 'Résumé') },
      { code: 'photo_id', label: label('Pièce d’identité avec photo', 'Photo ID'), count: 2 },
    ] },
  ],
  recognition: { parkingPassPerActivity: true },
});

const base: Pick<Application, 'answers' | 'documentsVerified' | 'assessments' | 'receivedOn' | 'status'> = {
  answers: { care_last_24_months: '2025-02-10', wants_to_contribute: true, volunteer: true, region: 'outaouais', age: '1970-05-01' },
  documentsVerified: {},
  assessments: {},
  receivedOn: '2026-03-01',
  status: 'submitted',
};

describe('evaluateEligibility', () => {
  it('needs review until the interview: documents and assessed criteria are checked there', () => {
    const r = evaluateEligibility(base, programme, { asOf: '2026-03-05' });
    expect(r.overall).toBe('needs_review');
    expect(Object.fromEntries(r.criteria.map((c) => [c.code, c.status]))).toEqual({
      care_last_24_months: 'met',
      wants_to_contribute: 'met',
      volunteer: 'met',
      region: 'met',
      age: 'met',
      constructive: 'needs_review',
      documents: 'needs_review',
    });
    expect(r.criteria[0]?.reason).toEqual({
      fr: 'Date indiquée : 10 février 2025, dans les 24 derniers mois.',
      en: 'Date given: February 10, 2025, within the last 24 months.',
    });
    expect(r.criteria[6]?.reason.fr).toBe('À vérifier à l’entrevue conjointe : Curriculum vitæ (0 sur 1), Pièce d’identité avec photo (0 sur 2).');
    expect(r.missingDocuments.map((d) => [d.code, d.required, d.verified])).toEqual([
      ['resume', 1, 0],
      ['photo_id', 2, 0],
    ]);
    expect(r.interviewDueOn).toBe('2026-03-31');
    expect(r.interviewOverdue).toBe(false);
  });

  it('is eligible once documents are seen and the interviewers assess favourably', () => {
    const r = evaluateEligibility(
      {
        ...base,
        status: 'joint_interview_done',
        documentsVerified: { resume: 1, photo_id: 2 },
        assessments: { constructive: { met: true, byUserId: 'director', at: '2026-03-20T15:00:00Z' } },
      },
      programme,
      { asOf: '2026-04-15' },
    );
    expect(r.overall).toBe('eligible');
    expect(r.missingDocuments).toEqual([]);
    expect(r.interviewOverdue).toBe(false);
  });

  it('is ineligible when care is older than 24 months or a required attestation is refused; a non-required criterion does not decide', () => {
    const old = evaluateEligibility({ ...base, answers: { ...base.answers, care_last_24_months: '2023-12-31' } }, programme, { asOf: '2026-03-05' });
    expect(old.overall).toBe('ineligible');
    expect(old.criteria[0]?.reason.en).toBe('Date given: December 31, 2023, more than 24 months ago.');
    const refused = evaluateEligibility({ ...base, answers: { ...base.answers, volunteer: false } }, programme, { asOf: '2026-03-05' });
    expect(refused.overall).toBe('ineligible');
    const elsewhere = evaluateEligibility({ ...base, answers: { ...base.answers, region: 'MONTREAL' } }, programme, { asOf: '2026-03-05' });
    expect(elsewhere.criteria.find((c) => c.code === 'region')?.status).toBe('unmet');
    expect(elsewhere.overall).toBe('needs_review');
  });

  it('says "24 months" counting back from the evaluation date, boundary included', () => {
    const at = (date: string) => evaluateEligibility({ ...base, answers: { ...base.answers, care_last_24_months: date } }, programme, { asOf: '2026-03-05' }).criteria[0]?.status;
    expect(at('2024-03-05')).toBe('met');
    expect(at('2024-03-04')).toBe('unmet');
    expect(at('2026-03-06')).toBe('needs_review');
    expect(at('yesterday')).toBe('needs_review');
  });

  it('checks ages and missing answers', () => {
    const young = evaluateEligibility({ ...base, answers: { ...base.answers, age: '2010-01-01' } }, programme, { asOf: '2026-03-05' });
    expect(young.criteria.find((c) => c.code === 'age')).toMatchObject({ status: 'unmet', reason: { en: 'Age on the evaluation date: 16; minimum: 18.' } });
    const missing = evaluateEligibility({ ...base, answers: {} }, programme, { asOf: '2026-03-05' });
    expect(missing.criteria.filter((c) => c.status === 'needs_review')).toHaveLength(7);
    expect(missing.criteria[1]?.reason.fr).toBe('Réponse manquante : à vérifier avec la personne candidate.');
  });

  it('flags the phone interview overdue after 30 days when it has not been held', () => {
    expect(evaluateEligibility(base, programme, { asOf: '2026-03-31' }).interviewOverdue).toBe(false);
    expect(evaluateEligibility(base, programme, { asOf: '2026-04-01' }).interviewOverdue).toBe(true);
    expect(evaluateEligibility({ ...base, status: 'phone_interview_done' }, programme, { asOf: '2026-04-01' }).interviewOverdue).toBe(false);
  });
});
