import type { Lang } from '@honoraria/core';
import { defineFramework, formatCents, formatDate, formatDuration, formatInstant } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPdf } from '../../src/index';
import { renderMandate } from '../../src/index';
import { pageTexts, pdfInfo, qpdfCheck } from '../helpers/poppler';
import { missing, pagesOf, textOf } from './expect-text';
import { acceptedMandate, clock, framework, frameworkInput, mandateAudit, NAMES_BY_ID, partnerNamed, project } from './fixtures';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const input = { framework, partner, mandate, project, audit: mandateAudit() };
const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock(), names: NAMES_BY_ID });

/** Every value the mandate shows, formatted as core formats it in a language. */
function values(lang: Lang): string[] {
  const cad = (cents: number) => formatCents(cents, 'CAD', lang);
  const fr = lang === 'fr';
  return [
    partner.name,
    fr ? 'patient et proche aidant' : 'patient and caregiver',
    mandate.title,
    `${mandate.id}, version 1`,
    project.title,
    fr ? 'recherche' : 'research',
    project.costCentre!,
    mandate.role!,
    fr ? 'Impliquer' : 'Involve',
    formatDate(mandate.startDate, lang),
    formatDate(mandate.endDate, lang),
    formatDuration(mandate.estimatedMinutes, lang),
    formatDuration(mandate.maxMinutes!, lang),
    cad(mandate.budgetCapCents),
    fr ? 'rémunération et dépenses' : 'compensation and expenses',
    fr ? 'Paiement en argent' : 'Cash payment',
    NAMES_BY_ID.u_lead,
    NAMES_BY_ID.u_approver,
    formatDate('2026-03-02', lang),
    fr ? 'Accepté' : 'Accepted',
    mandate.description!,
    ...mandate.activities.flatMap((a) => [a.description!, formatDuration(a.estimatedMinutes, lang)]),
    ...(fr ? ['Réunion', 'Préparation', 'Révision de document', 'Atelier', 'Temps de déplacement (non rémunéré)'] : ['Meeting', 'Preparation', 'Document review', 'Workshop', 'Travel time (not paid)']),
    fr ? 'Grille 2026' : '2026 schedule',
    formatDate('2026-01-01', lang),
    fr ? 'Impliquer (40 $/h)' : 'Involve ($40/h)',
    `${cad(4000)} ${fr ? 'l’heure' : 'per hour'}`,
    fr ? 'Révision à l’unité' : 'Review per document',
    cad(3000),
    fr ? 'Atelier à la journée' : 'Workshop by the day',
    cad(15000),
    cad(7500),
    formatDuration(450, lang),
    fr ? 'Kilométrage, Stationnement, Transport en commun et Allocation' : 'Mileage, Parking, Public transit and Allowance',
    cad(50),
    cad(1000),
    cad(20000),
    fr ? 'Réunion en ligne' : 'Online meeting',
    cad(500),
    fr ? 'Entente globale de partenariat' : 'Master partnership agreement',
    fr ? 'Cadre de reconnaissance et de rétribution' : 'Recognition and compensation framework',
    '2026.1',
    fr ? 'T4A, case 028' : 'T4A, box 028',
    cad(50000),
    fr ? '90 jours' : '90 days',
    fr ? '30 jours' : '30 days',
    formatInstant(mandate.acceptedAt!, framework.timeZone, lang),
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  [both, fr, en] = await Promise.all([renderMandate(input, options('both')), renderMandate(input, options('fr')), renderMandate(input, options('en'))]);
});

describe('renderMandate', () => {
  it('prints the framework’s mandate clauses, and no clause the framework does not have', async () => {
    expect(textOf(fr.bytes)).toContain('Statut : Ce mandat ne crée pas de lien d’emploi.');
    expect(textOf(en.bytes)).toContain('Status: This mandate creates no employment relationship.');
    const without = defineFramework({ ...frameworkInput, mandateClauses: [] });
    const bare = await renderMandate({ ...input, framework: without }, options('both'));
    expect(textOf(bare.bytes)).not.toMatch(/lien d’emploi|employment relationship/);
    const own = defineFramework({ ...frameworkInput, mandateClauses: [{ id: 'ethics', kind: 'code_of_conduct', title: { fr: 'Éthique', en: 'Ethics' }, body: { fr: 'Le partenaire respecte le code d’éthique de l’Unité.', en: 'The partner follows the Unit’s code of ethics.' } }] });
    expect(textOf((await renderMandate({ ...input, framework: own }, options('en'))).bytes)).toContain('Ethics: The partner follows the Unit’s code of ethics.');
  });

  it('shows every field value in both languages, French first, then the audit page', () => {
    const pages = pagesOf(both.bytes);
    const frenchPages = pages.filter((page) => page.includes('Mandat de partenaire ·'));
    const englishPages = pages.filter((page) => page.includes('Partner mandate ·') && !page.includes('Mandat de partenaire'));
    expect(missing(frenchPages.join(' '), values('fr'))).toEqual([]);
    expect(missing(englishPages.join(' '), values('en'))).toEqual([]);
    expect(pages.indexOf(frenchPages[0]!)).toBe(0);
    expect(pages.indexOf(englishPages[0]!)).toBe(frenchPages.length);
    const audit = pages.at(-1)!;
    expect(audit).toContain('Journal d’audit / Audit trail');
    expect(audit).toContain(both.bodySha256);
    expect(audit).toContain('Nadia Côté (pour Marc Roy / for Marc Roy)');
    expect(audit).toContain('Mandat approuvé / Mandate approved');
    expect(audit).toContain('Envoyé au partenaire / Sent to the partner → Accepté / Accepted');
    expect(audit).toContain(`${partner.name} Accepté par le partenaire / Accepted by the partner`);
    expect(audit).toContain('2026-03-03 13:30 UTC-05:00');
  });

  it('shows every field value in each single language, and none of the other', () => {
    const french = textOf(fr.bytes);
    const english = textOf(en.bytes);
    expect(missing(french, values('fr'))).toEqual([]);
    expect(missing(english, values('en'))).toEqual([]);
    expect(french).not.toContain('Partner mandate');
    expect(english).not.toContain('Mandat de partenaire');
    expect(french).toContain('Journal d’audit');
    expect(english).toContain('Audit trail');
  });

  it('passes qpdf --check; its page counts add up and match pdfinfo', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
      expect(pageTexts(doc.bytes)).toHaveLength(doc.pageCount);
    }
    // Each single-language document has its own audit page; the bilingual one has one for both.
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount - 1);
    expect(fr.pageCount).toBe(3);
  });

  it('names the file in the document’s language and gives the title in both', () => {
    expect(fr.fileName).toBe('mandat-mnd_0042.pdf');
    expect(both.fileName).toBe('mandat-mnd_0042.pdf');
    expect(en.fileName).toBe('mandate-mnd_0042.pdf');
    expect(both.title).toEqual({ fr: 'Mandat de partenaire', en: 'Partner mandate' });
    expect(pdfInfo(both.bytes).Title).toBe('Mandat de partenaire / Partner mandate');
    expect(pdfInfo(both.bytes).Author).toBe('Unité de soutien SSA Québec / Quebec SUPPORT Unit');
  });

  it('says when the rates are not frozen yet, and who has not answered, for a mandate before approval', async () => {
    const draft = acceptedMandate(partner, { status: 'pending_approval', rateSnapshot: undefined, approvedAt: undefined, acceptedAt: undefined });
    const doc = await renderMandate({ framework, partner, mandate: draft }, options('en'));
    const text = textOf(doc.bytes);
    expect(text).toContain('The rate schedule in force will be frozen when the mandate is approved.');
    expect(text).toContain('Marc Roy (pending)');
    expect(text).toContain('Awaiting approval');
    expect(text).toContain(`Project ${draft.projectId}`);
    expect(text).not.toContain('Audit trail');
    expect(text).toContain(`SHA-256: ${doc.bodySha256}`);
    const sent = await renderMandate({ framework, partner, mandate: acceptedMandate(partner, { status: 'sent_to_partner', acceptedAt: undefined }) }, options('fr'));
    expect(textOf(sent.bytes)).toContain(`Ce mandat attend la réponse de ${partner.name}.`);
  });

  it('shows ids with their role when no name is given', async () => {
    const doc = await renderMandate(input, { lang: 'en', clock: clock() });
    const text = textOf(doc.bytes);
    expect(text).toContain('Drafted by u_lead');
    expect(text).toContain('u_delegate (approver) (for u_approver)');
    expect(text).toContain('u_lead (project lead)');
  });
});
