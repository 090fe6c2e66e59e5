// The annual statement: a partner's tax year per payer, from the tax ledger — taxable and
// non-taxable amounts, by form and by month, the payments, and the slips to expect under the
// framework's dated rules.

import type { Framework, LedgerEntry, LocalizedText, Partner, SlipToIssue, TaxSlip, TaxYearLedger } from '@honoraria/core';
import { appliesToProvince, buildTaxLedgers, dateOf, slipsToIssue, taxRulesForYear, yearOf } from '@honoraria/core';
import { Partner as PartnerSchema, safeParseLocalized, TaxSlip as TaxSlipSchema } from '@honoraria/core/schemas';
import type { Block, TableRow } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { composeDocument } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { optionalField, signatureBlocks } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import type { Words } from './words';

/** What an annual statement shows. */
export interface AnnualStatementInput {
  readonly framework: Framework;
  readonly partner: Partner;
  /** The calendar tax year (organization's time zone). */
  readonly year: number;
  /** The partner's tax-ledger entries (`listLedgerEntries(storage, { year, partnerId })`); other partners' and years' are left out. */
  readonly entries: readonly LedgerEntry[];
  /** The partner's province of residence (from their tax profile), for provincial slips such as RL-1. */
  readonly province?: string;
  /** Slips on file for the year, to show where each stands. */
  readonly slips?: readonly TaxSlip[];
  /** Names of payers other than the framework's organization, by payer id. */
  readonly payers?: Readonly<Record<string, string | LocalizedText>>;
}

const MONTHS = ['month.1', 'month.2', 'month.3', 'month.4', 'month.5', 'month.6', 'month.7', 'month.8', 'month.9', 'month.10', 'month.11', 'month.12'] as const;

interface Checked {
  readonly input: AnnualStatementInput;
  readonly partner: Partner;
  readonly ledgers: readonly TaxYearLedger[];
  readonly entries: readonly LedgerEntry[];
  readonly slips: readonly TaxSlip[];
}

function checkEntries(check: InputCheck, entries: readonly LedgerEntry[] | undefined): void {
  if (!Array.isArray(entries)) {
    check.fail(['entries'], 'invalid_type', { fr: 'Les écritures forment une liste.', en: 'Entries are a list.' });
    return;
  }
  entries.forEach((e, i) => {
    const ok =
      typeof e === 'object' && e !== null && typeof e.partnerId === 'string' && typeof e.payerId === 'string' && typeof e.paidAt === 'string' &&
      Number.isFinite(Date.parse(e.paidAt)) && Number.isSafeInteger(e.taxableCents) && Number.isSafeInteger(e.nonTaxableCents) && typeof e.currency === 'string';
    if (!ok) {
      check.fail(['entries', i], 'invalid_entry', {
        fr: 'Une écriture a un partenaire, un payeur, un instant de paiement et des montants entiers en cents.',
        en: 'An entry has a partner, a payer, a payment instant and whole amounts in cents.',
      });
    }
  });
}

function payerName(payerId: string, input: AnnualStatementInput, w: Words): string {
  const own = input.payers?.[payerId];
  if (own !== undefined) return w.text(own);
  return payerId === input.framework.organization.id ? w.text(input.framework.organization.name) : payerId;
}

function thresholdText(rule: { thresholdCents: number; comparison: 'above' | 'at_or_above'; alwaysIssue: boolean }, currency: string, w: Words): string {
  if (rule.alwaysIssue) return w.t('statement.thresholdAlways');
  const amount = w.money(rule.thresholdCents, currency);
  return w.t(rule.comparison === 'at_or_above' ? 'statement.thresholdAtOrAbove' : 'statement.thresholdValue', { amount });
}

function slipBlocks(ledger: TaxYearLedger, checked: Checked, w: Words): Block[] {
  const { input } = checked;
  const rules = taxRulesForYear(input.framework.tax.rules, input.year).filter((r) => appliesToProvince(r, input.province));
  const money = (cents: number): string => w.money(cents, ledger.currency);
  const heading: Block = { type: 'heading', level: 3, text: w.t('statement.slips') };
  if (rules.length === 0) return [heading, { type: 'paragraph', text: w.t('statement.noRules', { year: input.year }) }];
  const due: SlipToIssue[] = slipsToIssue([ledger], { year: input.year, rules, provinceOf: () => input.province });
  if (due.length === 0) {
    const lowest = [...rules].sort((a, b) => a.thresholdCents - b.thresholdCents)[0]!;
    return [heading, { type: 'paragraph', text: w.t('statement.noSlip', { amount: money(ledger.taxableCents), threshold: money(lowest.thresholdCents), slip: w.text(lowest.label) }) }];
  }
  const rows: TableRow[] = due.map((slip) => {
    const rule = rules.find((r) => r.id === slip.ruleId)!;
    const onFile = checked.slips.find((s) => s.payerId === ledger.payerId && s.ruleId === slip.ruleId && s.status !== 'cancelled');
    const crossed = slip.crossedAt === undefined ? '' : `\n${w.t('statement.crossedOn', { date: w.day(slip.crossedAt) })}`;
    return [
      [{ text: w.text(rule.label), bold: true }],
      slip.box,
      money(slip.amountCents),
      thresholdText(rule, ledger.currency, w) + crossed,
      w.t(`statement.slipStatus.${onFile?.status ?? 'none'}`),
    ];
  });
  return [
    heading,
    {
      type: 'table',
      columns: [
        { header: w.t('statement.slip'), width: 1.8 },
        { header: w.t('statement.box'), width: 0.6 },
        { header: w.t('common.amount'), width: 1.1, align: 'right' },
        { header: w.t('statement.threshold'), width: 2 },
        { header: w.t('statement.slipStatus'), width: 1 },
      ],
      rows,
    },
  ];
}

function payerBlocks(ledger: TaxYearLedger, checked: Checked, w: Words): Block[] {
  const money = (cents: number): string => w.money(cents, ledger.currency);
  const entries = checked.entries.filter((e) => e.payerId === ledger.payerId).sort((a, b) => (a.paidAt < b.paidAt ? -1 : a.paidAt > b.paidAt ? 1 : 0));
  const months: TableRow[] = ledger.byMonth.flatMap((cents, i) => (cents === 0 ? [] : [[w.t(MONTHS[i]!), money(cents)]]));
  const payments: TableRow[] = entries.map((e) => [
    w.shortDate(dateOf(e.paidAt, checked.input.framework.timeZone)),
    e.paymentRequestId,
    w.t(`statement.kind.${e.kind}`),
    money(e.taxableCents),
    money(e.nonTaxableCents),
  ]);
  payments.push({ cells: ['', w.t('common.total'), '', money(ledger.taxableCents), money(ledger.nonTaxableCents)], emphasis: 'total' });
  return [
    { type: 'heading', text: w.t('statement.payer', { payer: payerName(ledger.payerId, checked.input, w) }) },
    {
      type: 'table',
      columns: [{ header: '', width: 4 }, { header: w.t('common.amount'), width: 1.3, align: 'right' }],
      rows: [
        [[{ text: w.t('statement.taxable'), bold: true }, { text: `\n${w.t('statement.taxableHelp')}` }], money(ledger.taxableCents)],
        [w.t('statement.cash'), money(ledger.byForm.cash)],
        [w.t('statement.giftCard'), money(ledger.byForm.gift_card)],
        [[{ text: w.t('statement.nonTaxable'), bold: true }, { text: `\n${w.t('statement.nonTaxableHelp')}` }], money(ledger.nonTaxableCents)],
        { cells: [w.t('statement.total'), money(ledger.taxableCents + ledger.nonTaxableCents)], emphasis: 'total' },
        [w.t('statement.payments'), w.t('statement.paymentsValue', { count: ledger.payments })],
      ],
    },
    ...slipBlocks(ledger, checked, w),
    ...(months.length === 0
      ? []
      : [
          { type: 'heading', level: 3, text: w.t('statement.byMonth') } as const,
          { type: 'table', columns: [{ header: w.t('statement.month'), width: 4 }, { header: w.t('statement.taxable'), width: 1.3, align: 'right' }], rows: months } as const,
        ]),
    { type: 'heading', level: 3, text: w.t('statement.detail') },
    {
      type: 'table',
      columns: [
        { header: w.t('statement.paidOn'), width: 1.1 },
        { header: w.t('statement.request'), width: 1.8 },
        { header: w.t('statement.kind'), width: 1 },
        { header: w.t('statement.taxable'), width: 1.1, align: 'right' },
        { header: w.t('statement.nonTaxable'), width: 1.1, align: 'right' },
      ],
      rows: payments,
    },
  ];
}

function body(checked: Checked, w: Words, options: DocumentOptions): Block[] {
  const { input, partner, ledgers } = checked;
  const currency = ledgers[0]?.currency ?? input.framework.currency;
  const totals = ledgers.reduce((sum, l) => ({ taxable: sum.taxable + l.taxableCents, nonTaxable: sum.nonTaxable + l.nonTaxableCents }), { taxable: 0, nonTaxable: 0 });
  return [
    {
      type: 'fields',
      fields: [
        { label: w.t('common.partner'), value: [{ text: partner.name, bold: true }] },
        ...optionalField(w.t('common.legalName'), partner.legalName),
        { label: w.t('statement.year'), value: String(input.year) },
        ...optionalField(w.t('statement.province'), input.province),
        { label: w.t('common.issuedOn'), value: w.day(options.clock.now().toISOString()) },
      ],
    },
    { type: 'paragraph', text: w.t('statement.intro', { partner: partner.name, year: input.year, timeZone: input.framework.timeZone }) },
    ...(ledgers.length < 2
      ? []
      : [
          { type: 'heading', text: w.t('statement.allPayers') } as const,
          {
            type: 'table',
            columns: [{ header: '', width: 4 }, { header: w.t('common.amount'), width: 1.3, align: 'right' }],
            rows: [
              [w.t('statement.taxable'), w.money(totals.taxable, currency)],
              [w.t('statement.nonTaxable'), w.money(totals.nonTaxable, currency)],
              { cells: [w.t('statement.total'), w.money(totals.taxable + totals.nonTaxable, currency)], emphasis: 'total' },
            ],
          } as const,
        ]),
    ...(ledgers.length === 0 ? [{ type: 'notice', text: w.t('statement.noPayments', { year: input.year }) } as const] : ledgers.flatMap((ledger) => payerBlocks(ledger, checked, w))),
    { type: 'notice', text: w.t('statement.notice') },
    ...signatureBlocks(input.framework, options, w),
  ];
}

/**
 * Renders a partner's annual statement for a tax year: per payer, the taxable amounts
 * (compensation in cash and gift cards, taxable allowances) and the non-taxable ones
 * (reimbursements), by month, every payment and reversal, and the slips to expect (T4A, RL-1…)
 * under the framework's rules for the year and the partner's province, with the date each
 * threshold was crossed and the state of slips on file. The ledger is rebuilt with core's
 * `buildTaxLedgers`, so the figures are the ones the slips will carry. Throws `validation_failed`
 * for a bad year, entry, slip or partner.
 */
export async function renderAnnualStatement(input: AnnualStatementInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const partner = check.take(safeParseLocalized(PartnerSchema, input.partner, ['partner']));
  if (!Number.isSafeInteger(input.year) || input.year < 1900 || input.year > 2999) check.fail(['year'], 'invalid_year', { fr: 'L’année est un nombre entier de 1900 à 2999.', en: 'The year is a whole number from 1900 to 2999.' });
  checkEntries(check, input.entries);
  const slips = (input.slips ?? []).map((slip, i) => check.take(safeParseLocalized(TaxSlipSchema, slip, ['slips', i])));
  checkDocumentOptions(check, options);
  check.done();
  const { framework } = input;
  const entries = input.entries.filter((e) => e.partnerId === partner!.id);
  // The organization first, then the other payers by id.
  const own = framework.organization.id;
  const ledgers = buildTaxLedgers(entries, { timeZone: framework.timeZone, rules: framework.tax.rules, currency: framework.currency })
    .filter((l) => l.year === input.year)
    .sort((a, b) => (a.payerId === own ? -1 : b.payerId === own ? 1 : a.payerId < b.payerId ? -1 : a.payerId > b.payerId ? 1 : 0));
  const inYear = new Set(ledgers.map((l) => l.payerId));
  const checked: Checked = {
    input,
    partner: partner!,
    ledgers,
    entries: entries.filter((e) => inYear.has(e.payerId) && yearOf(e.paidAt, framework.timeZone) === input.year),
    slips: slips.filter((s): s is TaxSlip => s !== undefined && s.year === input.year && s.partnerId === partner!.id),
  };
  const context: DocumentContext = { framework, options };
  return composeDocument(
    {
      fileName: 'statement.fileName',
      subjectId: `${checked.partner.id}-${input.year}`,
      title: (w) => w.t('statement.title', { year: input.year }),
      body: (w) => body(checked, w, options),
    },
    context,
  );
}
