import * as z from 'zod';
import { HonorariaError } from '../../errors/honoraria-error';
import { Lang } from '../../i18n/lang-schema';
import { defineMessages } from '../../i18n/messages';
import type { Page, StorageReader, StoredRecord } from '../../ports/storage-adapter';
import type { Partner } from '../../schemas/partner';
import type { PaymentProfile } from '../../schemas/payment-profile';
import { maskBankDetails } from '../../schemas/payment-profile';
import type { TaxProfile } from '../../schemas/tax-profile';
import { maskSin } from '../../schemas/tax-profile';
import { IsoDate } from '../../time/calendar-date';
import { dateOf } from '../../time/time-zone';
import { hasRole } from '../actor';
import { defineQuery } from '../operation';
import { findPartner, findPaymentProfile, findTaxProfile } from '../partners/partner-store';
import { payoutHeld } from '../partners/payout-destination';
import type { PaymentRequestEntity } from '../payment-requests/payment-request-store';
import { PAYMENT_REQUESTS_COLLECTION } from '../payment-requests/payment-request-store';
import type { StoredEntity } from '../stored-entity';
import { centsToDecimal, toCsv } from './csv';
import { isAdministrationOrFinance } from './payout-rules';

/** The column headers of the payroll export, in French and English. */
export const payrollCsvMessages = defineMessages(
  'payroll_csv',
  {
    request_id: 'demande',
    partner_id: 'partenaire',
    partner_name: 'nom',
    mandate_id: 'mandat',
    period_from: 'periode_debut',
    period_to: 'periode_fin',
    approved_on: 'approuvee_le',
    status: 'statut',
    payment_method: 'mode_paiement',
    payment_form: 'forme',
    currency: 'devise',
    compensation: 'remuneration',
    expenses: 'depenses',
    total: 'total',
    taxable: 'imposable',
    non_taxable: 'non_imposable',
    sin: 'nas',
    bank_institution: 'institution',
    bank_transit: 'transit',
    bank_account: 'compte',
    payout_hold: 'retenue',
    hold_value: 'RETENU - coordonnees a verifier',
  },
  {
    request_id: 'request',
    partner_id: 'partner',
    partner_name: 'name',
    mandate_id: 'mandate',
    period_from: 'period_from',
    period_to: 'period_to',
    approved_on: 'approved_on',
    status: 'status',
    payment_method: 'payment_method',
    payment_form: 'form',
    currency: 'currency',
    compensation: 'compensation',
    expenses: 'expenses',
    total: 'total',
    taxable: 'taxable',
    non_taxable: 'non_taxable',
    sin: 'sin',
    bank_institution: 'institution',
    bank_transit: 'transit',
    bank_account: 'account',
    payout_hold: 'hold',
    hold_value: 'HELD - details to verify',
  },
);

const COLUMNS = (Object.keys(payrollCsvMessages.fr) as (keyof typeof payrollCsvMessages.fr)[]).filter((key) => key !== 'hold_value');

/** The states a payroll export may cover. */
export const PAYROLL_STATES = ['approved', 'forwarded_to_admin', 'processing', 'payment_failed'] as const;

/** The input of {@link exportPayrollCsv}: which states (approved and forwarded by default), an approval-date window, the header language. */
export const PayrollCsvInput = z
  .object({
    status: z.array(z.enum(PAYROLL_STATES)).min(1).default(['approved', 'forwarded_to_admin']),
    /** Only requests approved on or after this date (organization's time zone). */
    approvedFrom: IsoDate.optional(),
    /** Only requests approved on or before this date. */
    approvedTo: IsoDate.optional(),
    /** The language of the header row; the framework's default when absent. */
    lang: Lang.optional(),
  })
  .strict();

/** The payroll export. */
export interface PayrollCsv {
  readonly fileName: string;
  readonly contentType: 'text/csv; charset=utf-8';
  /** The CSV text (RFC 4180, CRLF, a header row, one row per request). */
  readonly csv: string;
  readonly rows: number;
  /** Whether SIN and bank details are masked (the actor does not hold `finance`). */
  readonly redacted: boolean;
}

interface PartnerFiles {
  readonly partner: Partner | undefined;
  readonly tax: TaxProfile | undefined;
  readonly pay: PaymentProfile | undefined;
}

async function readFiles(reader: Pick<StorageReader, 'get'>, partnerId: string): Promise<PartnerFiles> {
  return {
    partner: (await findPartner(reader, partnerId))?.data.entity,
    tax: (await findTaxProfile(reader, partnerId))?.data.entity,
    pay: (await findPaymentProfile(reader, partnerId))?.data.entity,
  };
}

/**
 * A CSV export of approved and forwarded requests for payroll: one row per request with its
 * partner, amounts (decimal, taxable and non-taxable), payment method, SIN and bank details.
 * The SIN and bank details are masked unless the actor holds the `finance` role (then given in
 * full). RFC 4180 quoting; cells that a spreadsheet would read as formulas are neutralized.
 * Administration role or finance.
 */
export const exportPayrollCsv = defineQuery({ target: 'view', entity: 'paymentRequest' }, PayrollCsvInput, async (ctx, input): Promise<PayrollCsv> => {
  if (!isAdministrationOrFinance(ctx)) throw new HonorariaError('forbidden');
  const full = hasRole(ctx.actor, 'finance');
  const lang = input.lang ?? ctx.framework.defaultLang;
  const zone = ctx.framework.timeZone;
  const rows: string[][] = [COLUMNS.map((c) => payrollCsvMessages[lang][c])];
  const files = new Map<string, Promise<PartnerFiles>>();
  const filesOf = (partnerId: string): Promise<PartnerFiles> => {
    let found = files.get(partnerId);
    if (found === undefined) {
      found = readFiles(ctx.storage, partnerId);
      files.set(partnerId, found);
    }
    return found;
  };
  for (let cursor: string | null = null; ; ) {
    const page: Page<StoredRecord<StoredEntity<PaymentRequestEntity, 'payment_request'>>> = await ctx.storage.list(PAYMENT_REQUESTS_COLLECTION, {
      where: { status: input.status },
      limit: 500,
      cursor,
    });
    for (const record of page.items) {
      const r = record.data.entity;
      const approvedOn = r.approvedAt === undefined ? '' : dateOf(r.approvedAt, zone);
      if ((input.approvedFrom !== undefined && approvedOn < input.approvedFrom) || (input.approvedTo !== undefined && approvedOn > input.approvedTo)) continue;
      const { partner, tax, pay } = await filesOf(r.partnerId);
      const bank = pay?.bank === undefined ? undefined : full ? pay.bank : maskBankDetails(pay.bank);
      const q = r.quote;
      const amount = (cents: number | undefined) => (cents === undefined ? '' : centsToDecimal(cents));
      const sin = tax?.sin === undefined ? '' : full ? tax.sin : maskSin(tax.sin);
      rows.push([
        r.id,
        r.partnerId,
        partner?.legalName ?? partner?.name ?? '',
        r.mandateId,
        r.period.from,
        r.period.to,
        approvedOn,
        r.status,
        pay?.method ?? '',
        q?.paymentForm ?? '',
        q?.currency ?? '',
        amount(q?.compensationCents),
        amount(q?.expenseCents),
        amount(q?.totalCents),
        amount(q?.taxableCents),
        amount(q?.nonTaxableCents),
        sin,
        bank?.institution ?? '',
        bank?.transit ?? '',
        bank?.account ?? '',
        payoutHeld(pay) ? payrollCsvMessages[lang].hold_value : '',
      ]);
    }
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  const day = dateOf(ctx.clock.now().getTime(), zone);
  return { fileName: `payroll-${day}.csv`, contentType: 'text/csv; charset=utf-8', csv: toCsv(rows), rows: rows.length - 1, redacted: !full };
});
