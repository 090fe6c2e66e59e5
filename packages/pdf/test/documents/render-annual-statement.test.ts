import type { Lang, TaxSlip } from '@honoraria/core';
import { formatCents, formatDate, HonorariaError } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPdf } from '../../src/index';
import { renderAnnualStatement } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { flat } from '../helpers/text';
import { missing, sectionsOf, textOf } from './expect-text';
import { clock, framework, ledgerEntries, partnerNamed } from './fixtures';

const partner = partnerNamed();
const entries = ledgerEntries(partner.id);
const slips: TaxSlip[] = [
  { id: 'slp_1', partnerId: partner.id, payerId: 'org', year: 2026, kind: 'T4A', ruleId: 't4a_028', currency: 'CAD', boxes: { '028': 67_500 }, amountCents: 67_500, status: 'issued', issuedAt: '2027-02-20T15:00:00Z' },
];
const input = { framework, partner, year: 2026, entries, province: 'QC', slips, payers: { chum: { fr: 'CHUM (établissement partenaire)', en: 'CHUM (partner institution)' } } };

function values(lang: Lang): string[] {
  const fr = lang === 'fr';
  const cad = (cents: number) => formatCents(cents, 'CAD', lang);
  return [
    partner.name,
    partner.legalName!,
    '2026',
    'QC',
    formatDate('2026-04-02', lang),
    // The organization first: taxable 425 + 200 − 50 + 100, of which 200 in gift cards; 31 + 12.50 reimbursed.
    fr ? 'Payeur : Unité de soutien SSA Québec' : 'Payer: Quebec SUPPORT Unit',
    `${fr ? 'Imposable' : 'Taxable'} ${fr ? 'rémunération, cartes-cadeaux et allocations imposables' : 'compensation, gift cards and taxable allowances'} ${cad(67_500)}`,
    `${fr ? 'dont en argent' : 'of which in cash'} ${cad(47_500)}`,
    `${fr ? 'dont en cartes-cadeaux' : 'of which in gift cards'} ${cad(20_000)}`,
    `${fr ? 'Non imposable' : 'Not taxable'} ${fr ? 'remboursement de dépenses' : 'reimbursed expenses'} ${cad(4_350)}`,
    `${fr ? 'Total versé' : 'Total paid'} ${cad(71_850)}`,
    fr ? '4 paiement(s)' : '4 payment(s)',
    `${fr ? 'T4A, case 028' : 'T4A, box 028'} 028 ${cad(67_500)} ${fr ? 'plus de' : 'more than'} ${cad(50_000)} ${fr ? 'Seuil franchi le' : 'Threshold crossed on'} ${formatDate('2026-06-15', lang)} ${fr ? 'émis' : 'issued'}`,
    `${fr ? 'Relevé 1, case O' : 'RL-1, box O'} O ${cad(67_500)} ${fr ? 'plus de' : 'more than'} ${cad(50_000)} ${fr ? 'Seuil franchi le' : 'Threshold crossed on'} ${formatDate('2026-06-15', lang)} ${fr ? 'à venir' : 'expected'}`,
    `${fr ? 'Mars' : 'March'} ${cad(42_500)}`,
    `${fr ? 'Juillet' : 'July'} ${cad(-5_000)}`,
    `2026-03-30 prq_a ${fr ? 'Paiement' : 'Payment'} ${cad(42_500)} ${cad(3_100)}`,
    `2026-07-02 prq_c ${fr ? 'Annulation' : 'Reversal'} ${cad(-5_000)} ${cad(0)}`,
    // The other payer: below the thresholds, no slip.
    fr ? 'Payeur : CHUM (établissement partenaire)' : 'Payer: CHUM (partner institution)',
    fr
      ? `Aucun feuillet n’est prévu pour ce payeur : le total imposable de ${cad(15_000)} n’atteint pas le seuil de ${cad(50_000)} (T4A, case 028).`
      : `No slip is expected from this payer: the taxable total of ${cad(15_000)} does not reach the threshold of ${cad(50_000)} (T4A, box 028).`,
    `2026-05-10 prq_e ${fr ? 'Paiement' : 'Payment'} ${cad(15_000)} ${cad(2_000)}`,
    // All payers together.
    `${fr ? 'Total versé' : 'Total paid'} ${cad(71_850 + 17_000)}`,
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock() });
  [both, fr, en] = await Promise.all([renderAnnualStatement(input, options('both')), renderAnnualStatement(input, options('fr')), renderAnnualStatement(input, options('en'))]);
});

describe('renderAnnualStatement', () => {
  it('shows the year per payer: taxable and non-taxable amounts, by form and month, every payment, and the slips to expect', () => {
    const sections = sectionsOf(both.bytes);
    expect(missing(sections.fr, values('fr'))).toEqual([]);
    expect(missing(sections.en, values('en'))).toEqual([]);
    expect(missing(textOf(fr.bytes), values('fr'))).toEqual([]);
    expect(missing(textOf(en.bytes), values('en'))).toEqual([]);
    // The organization's payer section comes before the other payer's.
    const text = textOf(fr.bytes);
    expect(text.indexOf('Payeur : Unité de soutien')).toBeLessThan(text.indexOf('Payeur : CHUM'));
  });

  it('leaves out the provincial slip for a partner outside Québec, and says when nothing was paid', async () => {
    const ontario = textOf((await renderAnnualStatement({ ...input, province: 'ON' }, { lang: 'en', clock: clock() })).bytes);
    expect(ontario).toContain('T4A, box 028');
    expect(ontario).not.toContain('RL-1, box O');
    const nothing = textOf((await renderAnnualStatement({ ...input, year: 2025 }, { lang: 'en', clock: clock() })).bytes);
    expect(nothing).toContain('Nothing was paid in 2025.');
    expect(nothing).not.toContain('Payer:');
  });

  it('counts a payment at 23:30 on 31 December in Montréal in that year, as the ledger does', async () => {
    const late = [{ ...entries[0]!, id: 'z', paidAt: '2027-01-01T04:30:00Z', year: 2026, month: 12, paymentRequestId: 'prq_late' }];
    const doc = await renderAnnualStatement({ framework, partner, year: 2026, entries: late }, { lang: 'en', clock: clock() });
    expect(textOf(doc.bytes)).toContain(flat(`December ${formatCents(42_500, 'CAD', 'en')}`));
    expect(textOf(doc.bytes)).toContain('2026-12-31 prq_late');
  });

  it('passes qpdf --check, with page counts that add up', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    }
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount);
    expect(fr.fileName).toBe('releve-annuel-ptn_0001-2026.pdf');
    expect(both.title).toEqual({ fr: 'Relevé annuel 2026', en: '2026 annual statement' });
  });

  it('refuses a bad year and malformed entries, with paths', async () => {
    const error = await renderAnnualStatement({ ...input, year: 26, entries: [{ ...entries[0]!, taxableCents: 10.5 }] }, { lang: 'fr', clock: clock() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HonorariaError);
    expect((error as HonorariaError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['year:invalid_year', 'entries.0:invalid_entry']);
  });
});
