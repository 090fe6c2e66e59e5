// The mandate: who, on what project, doing what, when, for how long and how much at most, at the
// rates frozen at approval, with the expenses allowed and the terms; then the audit page.

import type { Framework, Mandate, Partner, Project } from '@honoraria/core';
import { mandateRateRules, taxRulesForYear, yearOfDate } from '@honoraria/core';
import { isTerminalStatus } from '@honoraria/core/machines';
import { Mandate as MandateSchema, Partner as PartnerSchema, Project as ProjectSchema, safeParseLocalized } from '@honoraria/core/schemas';
import type { AuditEvent } from '../audit/audit-section';
import type { Block, Field, TableRow } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { composeDocument, personOf } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { categoryLabel, engagementLabel, optionalField, rateText, rolesField, ruleDetails, stateLabel } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import type { Words } from './words';

/** What a mandate document shows. */
export interface MandateDocumentInput {
  readonly framework: Framework;
  readonly partner: Partner;
  readonly mandate: Mandate;
  /** The mandate's project (title, type, cost centre); its id is shown when absent. */
  readonly project?: Project | null;
  /** The mandate's audit events (`AuditRecord`s fit): the document ends with the audit page. */
  readonly audit?: readonly AuditEvent[];
}

function identification(input: MandateDocumentInput, w: Words, context: DocumentContext): Field[] {
  const { mandate, partner, project, framework } = input;
  const person = (id: string): string => personOf({ id }, w, context, undefined);
  const approval =
    mandate.approvedAt === undefined
      ? w.t('mandate.approvedByPending', { name: person(mandate.approverUserId) })
      : w.t('mandate.approvedByValue', { name: person(mandate.approverUserId), date: w.day(mandate.approvedAt) });
  return [
    { label: w.t('common.partner'), value: [{ text: partner.name, bold: true }] },
    ...optionalField(w.t('common.takesPartAs'), rolesField(partner, w)),
    { label: w.t('mandate.mandate'), value: mandate.title },
    { label: w.t('common.reference'), value: w.t('mandate.referenceValue', { id: mandate.id, version: mandate.version }) },
    {
      label: w.t('common.project'),
      value: project == null ? mandate.projectId : w.t('common.projectValue', { title: project.title, type: w.t(`projectType.${project.type}`) }),
    },
    ...optionalField(w.t('common.costCentre'), project?.costCentre),
    ...optionalField(w.t('mandate.role'), mandate.role),
    ...optionalField(w.t('mandate.engagementLevel'), mandate.engagementLevel === undefined ? undefined : engagementLabel(mandate.engagementLevel, w, framework)),
    { label: w.t('common.period'), value: w.t('common.periodValue', { from: w.date(mandate.startDate), to: w.date(mandate.endDate) }) },
    { label: w.t('mandate.estimatedTime'), value: w.duration(mandate.estimatedMinutes) },
    ...optionalField(w.t('mandate.maxTime'), mandate.maxMinutes === undefined ? undefined : w.duration(mandate.maxMinutes)),
    {
      label: w.t('mandate.budgetCap'),
      value: w.t('mandate.budgetCapValue', { amount: w.money(mandate.budgetCapCents, mandate.currency), scope: w.t(`mandate.budgetScope.${mandate.budgetScope}`) }),
    },
    ...optionalField(w.t('mandate.paymentForm'), mandate.paymentForm === undefined ? undefined : w.t(`compensationForm.${mandate.paymentForm}`)),
    { label: w.t('mandate.initiatedBy'), value: person(mandate.initiatorUserId) },
    { label: w.t('mandate.approvedBy'), value: approval },
    { label: w.t('common.status'), value: stateLabel('mandate', mandate.status, w) },
  ];
}

function activities(input: MandateDocumentInput, w: Words): Block[] {
  const { mandate, framework } = input;
  const categories = mandate.rateSnapshot?.categories;
  const label = (code: string): string => categoryLabel(code, w, categories, framework.activityCategories);
  const rows: TableRow[] = mandate.activities.map((a) => [label(a.category), a.description ?? '', w.duration(a.estimatedMinutes)]);
  if (rows.length > 1) {
    const total = mandate.activities.reduce((sum, a) => sum + a.estimatedMinutes, 0);
    rows.push({ cells: [w.t('common.total'), '', w.duration(total)], emphasis: 'total' });
  }
  const allowed = mandate.allowedCategories.map((code) => {
    const category = (categories ?? framework.activityCategories).find((c) => c.code === code);
    return category?.compensable === false ? w.t('mandate.notCompensable', { label: label(code) }) : label(code);
  });
  return [
    ...(mandate.description === undefined ? [] : [{ type: 'heading', text: w.t('mandate.description') } as const, { type: 'paragraph', text: mandate.description } as const]),
    { type: 'heading', text: w.t('mandate.activities') },
    {
      type: 'table',
      columns: [
        { header: w.t('mandate.category'), width: 1.6 },
        { header: w.t('common.description'), width: 3 },
        { header: w.t('mandate.estimated'), width: 1.1, align: 'right' },
      ],
      rows,
      empty: w.t('mandate.noActivities'),
    },
    { type: 'fields', fields: [{ label: w.t('mandate.allowedCategories'), value: w.list(allowed) }] },
  ];
}

function compensation(input: MandateDocumentInput, w: Words): Block[] {
  const { mandate, framework } = input;
  const snapshot = mandate.rateSnapshot;
  const heading: Block = { type: 'heading', text: w.t('mandate.compensation') };
  if (snapshot === undefined) return [heading, { type: 'paragraph', text: w.t('mandate.scheduleLater') }];
  const label = (code: string): string => categoryLabel(code, w, snapshot.categories, framework.activityCategories);
  // Core says which rule prices each allowed category at the mandate's level.
  const rows: TableRow[] = mandateRateRules(snapshot.rules, mandate.allowedCategories, mandate.engagementLevel).map(({ rule, categories }) => [
    [{ text: w.text(rule.label), bold: true }],
    w.list(categories.map(label)),
    rateText(rule, snapshot.currency, w),
    ruleDetails(rule, snapshot.currency, w),
  ]);
  return [
    heading,
    {
      type: 'paragraph',
      text: w.t('mandate.schedule', { schedule: w.text(snapshot.scheduleLabel), from: w.date(snapshot.effectiveFrom), takenOn: w.date(snapshot.takenOn) }),
    },
    {
      type: 'table',
      columns: [
        { header: w.t('mandate.rule'), width: 1.7 },
        { header: w.t('mandate.ruleCategories'), width: 1.9 },
        { header: w.t('mandate.rate'), width: 1.4 },
        { header: w.t('mandate.ruleDetails'), width: 2 },
      ],
      rows,
      empty: w.t('mandate.noRules'),
    },
  ];
}

function expenses(input: MandateDocumentInput, w: Words): Block[] {
  const { mandate, framework } = input;
  const policy = mandate.expensePolicy ?? framework.expensePolicy;
  const currency = mandate.currency;
  const types = policy.allowedTypes.map((type) => w.t(`expenseType.${type}`));
  const receipts = !policy.receiptsRequired
    ? w.t('mandate.receiptsNotRequired')
    : policy.receiptThresholdCents === undefined
      ? w.t('mandate.receiptsRequired')
      : w.t('mandate.receiptsAbove', { amount: w.money(policy.receiptThresholdCents, currency) });
  const allowances = policy.allowances.map((a) =>
    w.t('mandate.allowance', { label: w.text(a.label), amount: w.money(a.amountCents, currency), tax: w.t(a.taxable ? 'mandate.allowanceTaxable' : 'mandate.allowanceNotTaxable') }),
  );
  const fields: Field[] = [
    { label: w.t('mandate.expenseTypes'), value: types.length === 0 ? w.t('common.none') : w.list(types) },
    ...optionalField(w.t('mandate.kmRate'), policy.kmRateCents === undefined ? undefined : w.t('mandate.kmRateValue', { amount: w.money(policy.kmRateCents, currency) })),
    ...(types.length === 0 ? [] : [{ label: w.t('mandate.receipts'), value: receipts }]),
    ...optionalField(w.t('mandate.preApproval'), policy.preApprovalAboveCents === undefined ? undefined : w.t('mandate.preApprovalAbove', { amount: w.money(policy.preApprovalAboveCents, currency) })),
    ...optionalField(w.t('mandate.allowances'), allowances.length === 0 ? undefined : allowances.join('\n')),
  ];
  return [{ type: 'heading', text: w.t('mandate.expenses') }, { type: 'fields', fields }];
}

function terms(input: MandateDocumentInput, w: Words): Block[] {
  const { mandate, framework, partner } = input;
  const agreement = framework.masterAgreement;
  const slipRules = taxRulesForYear(framework.tax.rules, yearOfDate(mandate.startDate)).filter((r) => !r.alwaysIssue);
  const slips = slipRules.map((r) => w.t('mandate.conditionSlip', { slip: w.text(r.label), threshold: w.money(r.thresholdCents, mandate.currency) })).join(' ');
  const policy = framework.policyVersion;
  const items = [
    ...(agreement === undefined ? [] : [w.t('mandate.conditionAgreement', { title: w.text(agreement.title), version: agreement.version })]),
    w.t('mandate.conditionFramework', { title: w.text(policy.title), version: policy.version, date: w.date(policy.effectiveFrom) }),
    // The framework's own clauses for every mandate (such as "this mandate creates no employment relationship").
    ...framework.mandateClauses.map((clause) => w.rich('mandate.clause', { title: w.text(clause.title), body: w.text(clause.body) }, ['title'])),
    w.t('mandate.conditionTax', { slips }).trim(),
    w.t('mandate.conditionSubmission', { days: framework.approvalPolicy.submissionWindowDays, paymentDays: framework.approvalPolicy.paymentDeadlineDays }),
    w.t('mandate.conditionChoice'),
  ];
  const status = mandate.status;
  const answer =
    mandate.acceptedAt !== undefined
      ? w.rich('mandate.accepted', { partner: partner.name, date: w.instant(mandate.acceptedAt) }, ['partner'])
      : status === 'sent_to_partner'
        ? w.rich('mandate.awaiting', { partner: partner.name }, ['partner'])
        : isTerminalStatus('mandate', status)
          ? w.t('mandate.notAccepted', { status: stateLabel('mandate', status, w) })
          : undefined;
  return [
    { type: 'heading', text: w.t('mandate.conditions') },
    { type: 'list', items },
    ...(answer === undefined ? [] : [{ type: 'notice', text: answer } as const]),
  ];
}

/**
 * Renders a partner's mandate: identification (partner, project, period, time, budget cap,
 * initiator and approver), the planned activities, the rates frozen at approval and how each rule
 * computes, the expenses allowed, the terms (master agreement, framework, tax, deadlines, the
 * partner's choice), the partner's answer, and — when `audit` is given — the audit page with the
 * document's SHA-256. Throws `validation_failed` when an entity does not match core's schema.
 */
export async function renderMandate(input: MandateDocumentInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const mandate = check.take(safeParseLocalized(MandateSchema, input.mandate, ['mandate']));
  const partner = check.take(safeParseLocalized(PartnerSchema, input.partner, ['partner']));
  const project = input.project == null ? null : check.take(safeParseLocalized(ProjectSchema, input.project, ['project']));
  checkDocumentOptions(check, options);
  check.done();
  const checked: MandateDocumentInput = { ...input, mandate: mandate!, partner: partner!, project };
  const context: DocumentContext = { framework: input.framework, options };
  return composeDocument(
    {
      fileName: 'mandate.fileName',
      subjectId: checked.mandate.id,
      title: (w) => w.t('mandate.title'),
      reference: checked.mandate.id,
      partnerName: checked.partner.name,
      ...(input.audit === undefined ? {} : { audit: { events: input.audit, machine: 'mandate' as const } }),
      body: (w) => [
        { type: 'fields', fields: identification(checked, w, context) },
        ...activities(checked, w),
        ...compensation(checked, w),
        ...expenses(checked, w),
        ...terms(checked, w),
      ],
    },
    context,
  );
}
