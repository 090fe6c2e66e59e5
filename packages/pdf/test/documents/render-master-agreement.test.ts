import type { AgreementAcceptance, Lang } from '@honoraria/core';
import type { AuditRecord } from '@honoraria/core/storage';
import { formatDate, formatInstant, HonorariaError } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPdf } from '../../src/index';
import { renderMasterAgreement } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { missing, pagesOf, sectionsOf, textOf } from './expect-text';
import { clock, framework, NAMES_BY_ID, partnerNamed } from './fixtures';

const partner = partnerNamed();
const agreement = framework.masterAgreement!;
const acceptance: AgreementAcceptance = {
  id: 'agr_0001',
  partnerId: partner.id,
  masterAgreementId: agreement.id,
  policyVersionId: 'policy-2026',
  status: 'accepted',
  sentAt: '2026-03-02T16:00:00Z',
  acceptedAt: '2026-03-03T18:30:00Z',
  evidence: { method: 'portal', userAgent: 'Mozilla/5.0 (secret browser)', networkHash: 'f'.repeat(64) },
};
const audit: AuditRecord[] = [
  { id: 'a1', subjectType: 'agreement', subjectId: 'agr_0001', seq: 1, at: '2026-03-02T16:00:00Z', actor: { id: 'u_lead', roles: ['project_lead'] }, action: 'agreement.send', toState: 'sent', prevHash: null, hash: '1'.repeat(64), position: 1 },
  { id: 'a2', subjectType: 'agreement', subjectId: 'agr_0001', seq: 2, at: '2026-03-03T18:30:00Z', actor: { id: 'user_ptn_0001', roles: ['partner'] }, action: 'agreement.accept', fromState: 'sent', toState: 'accepted', prevHash: '1'.repeat(64), hash: '2'.repeat(64), position: 2 },
];
const input = { framework, partner, acceptance, audit };

function values(lang: Lang): string[] {
  const fr = lang === 'fr';
  return [
    framework.organization.name[lang],
    partner.name,
    fr ? 'patient et proche aidant' : 'patient and caregiver',
    agreement.title[lang],
    formatDate(agreement.effectiveFrom, lang),
    framework.policyVersion.title[lang],
    framework.policyVersion.version,
    fr ? 'Acceptée' : 'Accepted',
    formatInstant(acceptance.sentAt, framework.timeZone, lang),
    formatInstant(acceptance.acceptedAt!, framework.timeZone, lang),
    fr ? 'Portail en ligne' : 'Online portal',
    ...agreement.clauses.flatMap((clause, i) => [`${i + 1}. ${clause.title[lang]}`, clause.body[lang]]),
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock(), names: NAMES_BY_ID });
  [both, fr, en] = await Promise.all([renderMasterAgreement(input, options('both')), renderMasterAgreement(input, options('fr')), renderMasterAgreement(input, options('en'))]);
});

describe('renderMasterAgreement', () => {
  it('prints the institution’s clauses from the framework and every value, in both languages', () => {
    const sections = sectionsOf(both.bytes);
    expect(missing(sections.fr, values('fr'))).toEqual([]);
    expect(missing(sections.en, values('en'))).toEqual([]);
    expect(missing(textOf(fr.bytes), values('fr'))).toEqual([]);
    expect(missing(textOf(en.bytes), values('en'))).toEqual([]);
    expect(textOf(en.bytes)).not.toContain('Confidentialité');
    expect(textOf(fr.bytes)).not.toContain('Confidentiality');
  });

  it('states the acceptance and ends with the audit page, without the evidence’s browser or network hash', () => {
    const text = textOf(both.bytes);
    expect(text).toContain(`${partner.name} a accepté cette entente le ${formatInstant(acceptance.acceptedAt!, framework.timeZone, 'fr').replace(/\s/gu, ' ')}`);
    const audit = pagesOf(both.bytes).at(-1)!;
    expect(audit).toContain('Journal d’audit / Audit trail');
    expect(audit).toContain(both.bodySha256);
    expect(audit).toContain('Entente envoyée au partenaire / Agreement sent to the partner');
    expect(audit).toContain(`${partner.name} Entente acceptée / Agreement accepted Envoyée / Sent → Acceptée / Accepted`);
    expect(text).not.toContain('secret browser');
    expect(text).not.toContain('f'.repeat(64));
  });

  it('passes qpdf --check, with page counts that add up', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    }
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount - 1);
    expect(both.fileName).toBe('entente-globale-agr_0001.pdf');
    expect(en.fileName).toBe('master-agreement-agr_0001.pdf');
    expect(both.title).toEqual(agreement.title);
  });

  it('words a pending, declined or superseded acceptance, and an agreement without one', async () => {
    const of = async (a: AgreementAcceptance | undefined) => textOf((await renderMasterAgreement({ framework, partner, ...(a === undefined ? {} : { acceptance: a }) }, { lang: 'en', clock: clock() })).bytes);
    expect(await of(undefined)).toContain(`This agreement awaits the acceptance of ${partner.name}.`);
    const { acceptedAt: _, evidence: __, ...sent } = acceptance;
    expect(await of({ ...sent, status: 'declined', declinedAt: '2026-03-04T15:00:00Z' })).toContain(`${partner.name} declined this agreement on March 4, 2026`);
    expect(await of({ ...acceptance, status: 'superseded', supersededAt: '2026-09-01T15:00:00Z' })).toContain('This agreement was superseded on September 1, 2026');
  });

  it('refuses a framework without a master agreement', async () => {
    const { masterAgreement: _, ...rest } = framework;
    const error = await renderMasterAgreement({ framework: rest as typeof framework, partner }, { lang: 'fr', clock: clock() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['agreement:required']);
  });
});
