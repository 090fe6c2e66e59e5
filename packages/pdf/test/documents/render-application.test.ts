import type { Lang } from '@honoraria/core';
import { evaluateEligibility, formatDate } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPdf } from '../../src/index';
import { renderApplication } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { missing, sectionsOf, textOf } from './expect-text';
import { application, clock, framework, NAMES_BY_ID } from './fixtures';

const app = application();
const programme = framework.volunteerProgramme!;
const result = evaluateEligibility(app, programme, { asOf: '2026-04-02' });
const STATUS = { fr: { met: '✓ Satisfait', unmet: '✗ Non satisfait', needs_review: '? À vérifier' }, en: { met: '✓ Met', unmet: '✗ Not met', needs_review: '? To check' } } as const;

function values(lang: Lang): string[] {
  const fr = lang === 'fr';
  return [
    app.applicant.name,
    app.applicant.email!,
    app.applicant.phone!,
    fr ? 'français' : 'French',
    programme.name[lang],
    formatDate(app.receivedOn, lang),
    fr ? 'Participation continue à un comité' : 'Ongoing work on a committee',
    fr ? 'Entrevue conjointe faite' : 'Joint interview held',
    formatDate(result.interviewDueOn, lang),
    `${programme.criteria[0]!.label[lang]} ${formatDate('2025-06-15', lang)}`,
    `${programme.criteria[1]!.label[lang]} ${fr ? 'Oui' : 'Yes'}`,
    `${programme.criteria[2]!.label[lang]} outaouais`,
    'motivation Améliorer l’accueil aux urgences.',
    `${fr ? 'Résultat : à confirmer' : 'Result: to be confirmed'}`,
    formatDate('2026-04-02', lang),
    // Every criterion: its label, required or not, its status and its reason, as one row.
    ...result.criteria.map((c) => `${c.label[lang]} ${c.required ? (fr ? 'Requis' : 'Required') : fr ? 'Facultatif' : 'Optional'} ${STATUS[lang][c.status]} ${c.reason[lang]}`),
    `${fr ? 'Curriculum vitæ 1 1' : 'Résumé 1 1'}`,
    `${fr ? 'Pièce d’identité avec photo 2 1' : 'Photo ID 2 1'}`,
    fr ? 'Documents encore à vérifier : Pièce d’identité avec photo.' : 'Documents still to verify: Photo ID.',
    `${programme.criteria[4]!.label[lang]} ${STATUS[lang].met} Très engagée envers les usagers. Paul Lavoie, ${fr ? 'le' : 'on'} ${formatDate('2026-03-25', lang)}`,
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock(), names: NAMES_BY_ID });
  [both, fr, en] = await Promise.all([renderApplication({ framework, application: app }, options('both')), renderApplication({ framework, application: app }, options('fr')), renderApplication({ framework, application: app }, options('en'))]);
});

describe('renderApplication', () => {
  it('shows the applicant, every answer and the eligibility result criterion by criterion, in both languages', () => {
    expect(result.overall).toBe('needs_review');
    expect(result.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met', 'needs_review', 'met']);
    const sections = sectionsOf(both.bytes);
    expect(missing(sections.fr, values('fr'))).toEqual([]);
    expect(missing(sections.en, values('en'))).toEqual([]);
    expect(missing(textOf(fr.bytes), values('fr'))).toEqual([]);
    expect(missing(textOf(en.bytes), values('en'))).toEqual([]);
  });

  it('prints a given result, says when the interview is overdue and why the decision was taken', async () => {
    const late = { ...application(), status: 'submitted' as const, decisionReason: 'Dossier incomplet.' };
    const lateResult = evaluateEligibility(late, programme, { asOf: '2026-05-01' });
    expect(lateResult.interviewOverdue).toBe(true);
    const doc = await renderApplication({ framework, application: late, eligibility: lateResult, evaluatedOn: '2026-05-01' }, { lang: 'en', clock: clock() });
    const text = textOf(doc.bytes);
    expect(text).toContain(`Phone interview due by ${formatDate(lateResult.interviewDueOn, 'en')} (overdue)`);
    expect(text).toContain('Evaluated on May 1, 2026');
    expect(text).toContain('Reason for the decision: Dossier incomplet.');
  });

  it('passes qpdf --check, with page counts that add up', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    }
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount);
    expect(fr.fileName).toBe('candidature-app_0003.pdf');
    expect(both.title).toEqual({ fr: 'Candidature\u00a0: Usagers partenaires', en: 'Application: Partner users' });
  });
});
