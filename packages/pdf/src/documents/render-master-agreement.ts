// The master agreement: the institution's clauses from its framework, in the partner's language or
// both, who it binds, under which framework version, and the partner's acceptance; then the audit page.

import type { AgreementAcceptance, Framework, MasterAgreement, Partner } from '@honoraria/core';
import { AgreementAcceptance as AcceptanceSchema, MasterAgreement as AgreementSchema, Partner as PartnerSchema, safeParseLocalized } from '@honoraria/core/schemas';
import { translate } from '@honoraria/core';
import type { AuditEvent } from '../audit/audit-section';
import type { Block, Field, RichText } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { composeDocument } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { institutionName, optionalField, rolesField, stateLabel } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import { documentMessages } from './messages/document-messages';
import type { Words } from './words';

/** What a master-agreement document shows. */
export interface MasterAgreementDocumentInput {
  readonly framework: Framework;
  readonly partner: Partner;
  /** The agreement; the framework's `masterAgreement` when absent. */
  readonly agreement?: MasterAgreement;
  /** The partner's acceptance (sent, accepted, declined or superseded), when there is one. */
  readonly acceptance?: AgreementAcceptance;
  /** The acceptance's audit events (`AuditRecord`s fit): the document ends with the audit page. */
  readonly audit?: readonly AuditEvent[];
}

interface Checked {
  readonly framework: Framework;
  readonly partner: Partner;
  readonly agreement: MasterAgreement;
  readonly acceptance: AgreementAcceptance | undefined;
}

function identification(input: Checked, w: Words): Field[] {
  const { framework, partner, agreement, acceptance } = input;
  const policy = framework.policyVersion;
  return [
    { label: w.t('common.institution'), value: w.text(framework.organization.name) },
    { label: w.t('common.partner'), value: [{ text: partner.name, bold: true }] },
    ...optionalField(w.t('common.takesPartAs'), rolesField(partner, w)),
    { label: w.t('agreement.agreement'), value: w.text(agreement.title) },
    { label: w.t('agreement.version'), value: agreement.version },
    { label: w.t('agreement.effectiveFrom'), value: w.date(agreement.effectiveFrom) },
    { label: w.t('common.framework'), value: w.t('common.frameworkValue', { title: w.text(policy.title), version: policy.version, date: w.date(policy.effectiveFrom) }) },
    ...(acceptance === undefined
      ? []
      : [
          { label: w.t('common.status'), value: stateLabel('agreement', acceptance.status, w) },
          { label: w.t('agreement.sentOn'), value: w.instant(acceptance.sentAt) },
          ...optionalField(w.t('agreement.acceptedOn'), acceptance.acceptedAt === undefined ? undefined : w.instant(acceptance.acceptedAt)),
          ...optionalField(w.t('agreement.method'), acceptance.evidence === undefined ? undefined : w.t(`agreement.method.${acceptance.evidence.method}`)),
        ]),
  ];
}

function clauses(agreement: MasterAgreement, w: Words): Block[] {
  return agreement.clauses.flatMap((clause, i): Block[] => [
    { type: 'heading', level: 3, text: w.t('agreement.clauseTitle', { number: i + 1, title: w.text(clause.title) }) },
    { type: 'paragraph', text: w.text(clause.body) },
  ]);
}

function answer(input: Checked, w: Words): RichText {
  const { partner, acceptance } = input;
  const name = partner.name;
  if (acceptance?.status === 'accepted' && acceptance.acceptedAt !== undefined) {
    const method = w.t(`agreement.method.${acceptance.evidence?.method ?? 'portal'}`);
    return w.rich('agreement.accepted', { partner: name, date: w.instant(acceptance.acceptedAt), method }, ['partner']);
  }
  if (acceptance?.status === 'declined' && acceptance.declinedAt !== undefined) {
    return w.rich('agreement.declined', { partner: name, date: w.instant(acceptance.declinedAt) }, ['partner']);
  }
  if (acceptance?.status === 'superseded' && acceptance.supersededAt !== undefined) return w.t('agreement.superseded', { date: w.instant(acceptance.supersededAt) });
  return w.rich('agreement.pending', { partner: name }, ['partner']);
}

/**
 * Renders the master agreement a partner accepts before, or with, a first mandate: the parties,
 * the agreement's version and framework, every clause of the institution (titles and texts from
 * the framework, in the document's language), the partner's acceptance (when and how) and — when
 * `audit` is given — the audit page with the document's SHA-256. Throws `validation_failed` when
 * an entity does not match core's schema or the framework has no master agreement.
 */
export async function renderMasterAgreement(input: MasterAgreementDocumentInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const partner = check.take(safeParseLocalized(PartnerSchema, input.partner, ['partner']));
  const source = input.agreement ?? input.framework?.masterAgreement;
  const agreement = source === undefined ? undefined : check.take(safeParseLocalized(AgreementSchema, source, ['agreement']));
  if (source === undefined) check.fail(['agreement'], 'required', translate(documentMessages, 'agreement.missing'));
  const acceptance = input.acceptance === undefined ? undefined : check.take(safeParseLocalized(AcceptanceSchema, input.acceptance, ['acceptance']));
  checkDocumentOptions(check, options);
  check.done();
  const checked: Checked = { framework: input.framework, partner: partner!, agreement: agreement!, acceptance };
  const context: DocumentContext = { framework: input.framework, options };
  return composeDocument(
    {
      fileName: 'agreement.fileName',
      subjectId: acceptance?.id ?? checked.agreement.id,
      title: (w) => w.text(checked.agreement.title),
      reference: `${checked.agreement.id} · v${checked.agreement.version}`,
      partnerName: checked.partner.name,
      ...(input.audit === undefined ? {} : { audit: { events: input.audit, machine: 'agreement' as const } }),
      body: (w) => [
        { type: 'fields', fields: identification(checked, w) },
        { type: 'paragraph', text: w.t('agreement.intro', { institution: institutionName(checked.framework, options, w), partner: checked.partner.name }) },
        { type: 'heading', text: w.t('agreement.clauses') },
        ...clauses(checked.agreement, w),
        { type: 'spacer', height: 6 },
        { type: 'notice', text: answer(checked, w) },
      ],
    },
    context,
  );
}
