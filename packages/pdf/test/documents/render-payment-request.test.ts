import type { Lang, PaymentRequest } from '@honoraria/core';
import { formatCents, formatDate, formatDuration, formatInstant } from '@honoraria/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentPdf } from '../../src/index';
import { renderPaymentRequest } from '../../src/index';
import { pdfInfo, qpdfCheck } from '../helpers/poppler';
import { flat } from '../helpers/text';
import { missing, pagesOf, sectionsOf, textOf } from './expect-text';
import { acceptedMandate, clock, framework, manyEntries, NAMES_BY_ID, paidRequest, partnerNamed, project } from './fixtures';

const partner = partnerNamed();
const mandate = acceptedMandate(partner);
const request = paidRequest(mandate, partner);
const quote = request.quote!;
const options = (lang: 'fr' | 'en' | 'both') => ({ lang, clock: clock(), names: NAMES_BY_ID });

const LABELS = {
  fr: { meeting: 'Réunion', preparation: 'Préparation', review: 'Révision de document', workshop: 'Atelier', travel_time: 'Temps de déplacement' },
  en: { meeting: 'Meeting', preparation: 'Preparation', review: 'Document review', workshop: 'Workshop', travel_time: 'Travel time' },
} as const;
const RULES = {
  fr: { involve_hourly: 'Impliquer (40 $/h)', review_activity: 'Révision à l’unité', workshop_day: 'Atelier à la journée', not_compensable: 'Activité non rémunérée', approver_rejected: 'Refusée par l’approbateur' },
  en: { involve_hourly: 'Involve ($40/h)', review_activity: 'Review per document', workshop_day: 'Workshop by the day', not_compensable: 'Unpaid activity', approver_rejected: 'Rejected by the approver' },
} as const;

/** Each time line as one row of the table: date, activity, time, rule, explanation and amount, in that order. */
function timeRows(r: PaymentRequest, lang: Lang): string[] {
  return r.quote!.lines.map((line) => {
    const entry = r.entries.find((e) => e.id === line.id)!;
    const paid = (line.unit ?? 'hour') === 'hour' && line.billableMinutes !== entry.minutes ? [lang === 'fr' ? `payé : ${formatDuration(line.billableMinutes, lang)}` : `paid: ${formatDuration(line.billableMinutes, lang)}`] : [];
    return flat(
      [
        line.date!,
        LABELS[lang][entry.category as keyof (typeof LABELS)['fr']],
        entry.description ?? '',
        formatDuration(entry.minutes, lang),
        ...paid,
        RULES[lang][line.ruleId as keyof (typeof RULES)['fr']],
        line.explanation[lang],
        formatCents(line.cents, 'CAD', lang),
      ].join(' '),
    );
  });
}

function values(lang: Lang): string[] {
  const fr = lang === 'fr';
  const cad = (cents: number) => formatCents(cents, 'CAD', lang);
  const at = (instant: string) => formatInstant(instant, framework.timeZone, lang);
  return [
    partner.name,
    `${mandate.title} (${mandate.id})`,
    project.title,
    formatDate(request.period.from, lang),
    formatDate(request.period.to, lang),
    fr ? 'Payée' : 'Paid',
    at(request.submittedAt!),
    at(request.approvedAt!),
    at(request.paidAt!),
    fr ? 'Grille 2026' : '2026 schedule',
    fr ? 'Accepte la rémunération' : 'Accepts compensation',
    fr ? 'Paiement en argent' : 'Cash payment',
    ...timeRows(request, lang),
    ...quote.expenseLines.flatMap((line) => [line.date, cad(line.claimedCents), cad(line.cents), line.explanation[lang]]),
    fr ? 'Kilométrage Gatineau – Montréal · 42 km' : 'Mileage Gatineau – Montréal · 42 km',
    fr ? 'Stationnement 1 pièce(s) justificative(s)' : 'Parking 1 receipt(s)',
    fr ? 'Allocation Réunion en ligne · quantité : 2' : 'Allowance Online meeting · quantity: 2',
    fr ? 'Remboursement (non imposable)' : 'Reimbursement (not taxable)',
    fr ? 'Allocation imposable' : 'Taxable allowance',
    `${fr ? 'Rémunération' : 'Compensation'} ${cad(quote.compensationCents)}`,
    `${fr ? 'Dépenses' : 'Expenses'} ${cad(quote.expenseCents)}`,
    `${fr ? 'Total à payer' : 'Total to pay'} ${cad(quote.totalCents)}`,
    `${fr ? 'dont imposable' : 'of which taxable'} ${cad(quote.taxableCents)}`,
    `${fr ? 'dont non imposable' : 'of which not taxable'} ${cad(quote.nonTaxableCents)}`,
    request.attestation!.text,
    at(request.attestation!.at),
    fr ? `2026-03-05 · Préparation Ajustée temps : ${formatDuration(45, lang)} Préparation ramenée à 45 minutes.` : `2026-03-05 · Preparation Adjusted time: ${formatDuration(45, lang)} Préparation ramenée à 45 minutes.`,
    fr ? '2026-03-16 · Réunion Refusée Appel hors du mandat.' : '2026-03-16 · Meeting Rejected Appel hors du mandat.',
    fr ? '2026-03-04 · Stationnement Acceptée Reçu joint.' : '2026-03-04 · Parking Accepted Reçu joint.',
    `${NAMES_BY_ID.u_approver}, ${fr ? 'le' : 'on'} ${formatDate('2026-03-22', lang)}`,
    request.reviewerNotes!,
  ];
}

let both: DocumentPdf;
let fr: DocumentPdf;
let en: DocumentPdf;

beforeAll(async () => {
  const input = { framework, partner, mandate, request, project };
  [both, fr, en] = await Promise.all([renderPaymentRequest(input, options('both')), renderPaymentRequest(input, options('fr')), renderPaymentRequest(input, options('en'))]);
});

describe('renderPaymentRequest', () => {
  it('prices every line with its rule and explanation, and shows every value, in both languages', () => {
    const sections = sectionsOf(both.bytes);
    expect(missing(sections.fr, values('fr'))).toEqual([]);
    expect(missing(sections.en, values('en'))).toEqual([]);
    expect(missing(textOf(fr.bytes), values('fr'))).toEqual([]);
    expect(missing(textOf(en.bytes), values('en'))).toEqual([]);
    expect(textOf(fr.bytes)).not.toContain('Payment request');
  });

  it('has the subtotals the quote computed, nothing rounded after the lines', () => {
    expect(quote.compensationCents).toBe(quote.lines.reduce((sum, l) => sum + l.cents, 0));
    const text = textOf(fr.bytes);
    expect(text).toContain(flat(`Sous-total ${formatDuration(575, 'fr')} ${formatCents(quote.compensationCents, 'CAD', 'fr')}`));
    const claimed = quote.expenseLines.reduce((sum, l) => sum + l.claimedCents, 0);
    expect(text).toContain(flat(`Sous-total ${formatCents(claimed, 'CAD', 'fr')} ${formatCents(quote.expenseCents, 'CAD', 'fr')}`));
  });

  it('passes qpdf --check, with page counts that add up and matching pdfinfo', () => {
    for (const doc of [both, fr, en]) {
      expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
      expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    }
    expect(both.pageCount).toBe(fr.pageCount + en.pageCount);
    expect(fr.fileName).toBe('demande-de-paiement-prq_0107.pdf');
    expect(en.fileName).toBe('payment-request-prq_0107.pdf');
  });

  it('paginates 200 entries with the table header repeated on every page, each row whole, once and in order', async () => {
    const long = paidRequest(mandate, partner, manyEntries(200));
    const doc = await renderPaymentRequest({ framework, partner, mandate, request: long }, options('fr'));
    expect(qpdfCheck(doc.bytes)).toContain('No syntax or stream encoding errors');
    const pages = pagesOf(doc.bytes);
    expect(pages).toHaveLength(doc.pageCount);
    expect(Number(pdfInfo(doc.bytes).Pages)).toBe(doc.pageCount);
    const rows = timeRows(long, 'fr');
    let next = 0;
    pages.forEach((page, index) => {
      expect(page).toContain(`page ${index + 1} de ${pages.length}`);
      const onPage = rows.map((row, i) => ({ i, at: page.indexOf(row) })).filter((r) => r.at >= 0);
      if (onPage.length === 0) return;
      // The header row opens the table on every page it continues on, before the first row.
      const header = page.indexOf('Date Activité Temps Règle et calcul Montant');
      expect(header, `page ${index + 1}`).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(onPage[0]!.at);
      for (const row of onPage.sort((a, b) => a.at - b.at)) expect(row.i).toBe(next++);
    });
    expect(next).toBe(200);
    expect(doc.pageCount).toBeGreaterThan(10);
  });

  it('lists a draft request (no quote yet) without amounts, and says it is not priced', async () => {
    const { quote: _, attestation: __, submittedAt: ___, submittedOn: ____, approvedAt: _____, paidAt: ______, ...draft } = request;
    const doc = await renderPaymentRequest({ framework, partner, mandate, request: { ...draft, status: 'draft', decisions: [] } }, options('en'));
    const text = textOf(doc.bytes);
    expect(text).toContain('This request has not been priced yet');
    expect(text).toContain('The partner has not attested this request yet.');
    expect(text).toContain('The approver made no line-by-line decision.');
    expect(text).toContain(flat(`2026-03-04 Meeting Comité des usagers ${formatDuration(95, 'en')} — —`));
    expect(text).toContain('Submitted on not yet');
  });
});
