// The payment request: what was done and claimed in a period under a mandate, how each line was
// priced and why, the subtotals and tax split, the partner's attestation and the approver's
// decisions; then, when the audit events are given, the audit page.

import type { Framework, Mandate, Partner, PaymentQuote, PaymentRequest, Project } from '@honoraria/core';
import { Mandate as MandateSchema, Partner as PartnerSchema, PaymentRequest as RequestSchema, Project as ProjectSchema, safeParseLocalized } from '@honoraria/core/schemas';
import type { AuditEvent } from '../audit/audit-section';
import type { Block, Field, TableRow } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { composeDocument } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { optionalField, stateLabel } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import type { RequestTables } from './payment-request-tables';
import { decisionBlocks, lineTables } from './payment-request-tables';
import type { Words } from './words';

/** What a payment-request document shows. */
export interface PaymentRequestDocumentInput {
  readonly framework: Framework;
  readonly partner: Partner;
  readonly mandate: Mandate;
  /** The request; once submitted it carries its `quote`, which the document shows line by line. */
  readonly request: PaymentRequest;
  /** The mandate's project, when at hand. */
  readonly project?: Project | null;
  /** The request's audit events (`AuditRecord`s fit): the document ends with the audit page. */
  readonly audit?: readonly AuditEvent[];
}

interface Checked extends RequestTables {
  readonly partner: Partner;
  readonly project: Project | null;
}

function identification(input: Checked, w: Words): Field[] {
  const { partner, mandate, request, project } = input;
  const quote = request.quote;
  const when = (instant: string | undefined): string => (instant === undefined ? w.t('request.notYet') : w.instant(instant));
  const schedule = mandate.rateSnapshot === undefined ? undefined : w.text(mandate.rateSnapshot.scheduleLabel);
  return [
    { label: w.t('common.partner'), value: [{ text: partner.name, bold: true }] },
    { label: w.t('common.mandate'), value: `${mandate.title} (${mandate.id})` },
    ...optionalField(w.t('common.project'), project === null ? undefined : project.title),
    { label: w.t('common.period'), value: w.t('common.periodValue', { from: w.date(request.period.from), to: w.date(request.period.to) }) },
    { label: w.t('common.status'), value: stateLabel('payment_request', request.status, w) },
    { label: w.t('request.submittedAt'), value: when(request.submittedAt) },
    ...optionalField(w.t('request.approvedAt'), request.approvedAt === undefined ? undefined : w.instant(request.approvedAt)),
    ...optionalField(w.t('request.paidAt'), request.paidAt === undefined ? undefined : w.instant(request.paidAt)),
    ...optionalField(w.t('request.schedule'), schedule),
    ...optionalField(w.t('request.preference'), quote === undefined ? undefined : w.t(`compensationMode.${quote.preference}`)),
    ...optionalField(w.t('request.paymentForm'), quote === undefined ? undefined : w.t(`compensationForm.${quote.paymentForm}`)),
  ];
}

function summary(quote: PaymentQuote | undefined, w: Words): Block[] {
  const heading: Block = { type: 'heading', text: w.t('request.summary') };
  if (quote === undefined) return [heading, { type: 'notice', text: w.t('request.quoteMissing') }];
  const money = (cents: number): string => w.money(cents, quote.currency);
  const rows: TableRow[] = [
    [w.t('request.summary.compensation'), money(quote.compensationCents)],
    [w.t('request.summary.expenses'), money(quote.expenseCents)],
    { cells: [w.t('request.summary.total'), money(quote.totalCents)], emphasis: 'total' },
    [w.t('request.summary.taxable'), money(quote.taxableCents)],
    [w.t('request.summary.nonTaxable'), money(quote.nonTaxableCents)],
  ];
  if (quote.forgoneCents > 0) rows.push([w.t('request.summary.forgone'), money(quote.forgoneCents)]);
  const overflow = quote.capOverflow;
  if (overflow !== undefined) {
    rows.push([
      w.t('request.summary.capOverflow', { period: w.t(`request.capPeriod.${overflow.period}`), treatment: w.t(`request.capTreatment.${overflow.treatment}`) }),
      money(overflow.cents),
    ]);
  }
  return [
    heading,
    { type: 'table', columns: [{ header: '', width: 4 }, { header: w.t('common.amount'), width: 1.3, align: 'right' }], rows },
    { type: 'paragraph', size: 'small', tone: 'muted', text: w.t('request.summary.time', { recorded: w.duration(quote.recordedMinutes), billable: w.duration(quote.billableMinutes) }) },
    ...(quote.warnings.length === 0
      ? []
      : [{ type: 'heading', level: 3, text: w.t('request.warnings') } as const, { type: 'list', items: quote.warnings.map((warning) => w.text(warning.message)) } as const]),
  ];
}

function attestation(input: Checked, w: Words): Block[] {
  const attested = input.request.attestation;
  const heading: Block = { type: 'heading', text: w.t('request.attestation') };
  if (attested === undefined) return [heading, { type: 'paragraph', tone: 'muted', text: w.t('request.notAttested') }];
  return [
    heading,
    { type: 'notice', text: attested.text },
    {
      type: 'paragraph',
      size: 'small',
      tone: 'muted',
      text: w.t('request.attestedAt', { partner: input.partner.name, date: w.instant(attested.at), language: w.t(`common.language.${attested.lang}`) }),
    },
  ];
}

/**
 * Renders a payment request: the partner, mandate and period, every time line with the rule that
 * priced it and its explanation, every expense line with its tax treatment, the subtotals
 * (compensation, expenses, taxable and non-taxable, forgone, above the cap), the quote's warnings,
 * the partner's attestation, the approver's decision and comment on each line, and — when `audit`
 * is given — the audit page. Long requests paginate with the table header repeated. A request not
 * yet submitted (no quote) lists its lines without amounts. Throws `validation_failed` when an
 * entity does not match core's schema.
 */
export async function renderPaymentRequest(input: PaymentRequestDocumentInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const partner = check.take(safeParseLocalized(PartnerSchema, input.partner, ['partner']));
  const mandate = check.take(safeParseLocalized(MandateSchema, input.mandate, ['mandate']));
  const request = check.take(safeParseLocalized(RequestSchema, input.request, ['request']));
  const project = input.project == null ? null : (check.take(safeParseLocalized(ProjectSchema, input.project, ['project'])) ?? null);
  checkDocumentOptions(check, options);
  check.done();
  const checked: Checked = { framework: input.framework, partner: partner!, mandate: mandate!, request: request!, project };
  const context: DocumentContext = { framework: input.framework, options };
  return composeDocument(
    {
      fileName: 'request.fileName',
      subjectId: checked.request.id,
      title: (w) => w.t('request.title'),
      reference: checked.request.id,
      partnerName: checked.partner.name,
      ...(input.audit === undefined ? {} : { audit: { events: input.audit, machine: 'payment_request' as const } }),
      body: (w) => [
        { type: 'fields', fields: identification(checked, w) },
        ...lineTables(checked, w),
        ...summary(checked.request.quote, w),
        ...attestation(checked, w),
        ...decisionBlocks(checked, w, context, checked.partner.name),
      ],
    },
    context,
  );
}
