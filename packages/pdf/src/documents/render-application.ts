// The volunteer application: the applicant, their answers, and the eligibility result criterion by
// criterion (met, not met, to check, with the reason), the documents to bring and the interviewers'
// assessments.

import type { Application, ApplicationAnswer, EligibilityResult, Framework, IsoDate, VolunteerProgramme } from '@honoraria/core';
import { Application as ApplicationSchema, safeParseLocalized, VolunteerProgramme as ProgrammeSchema } from '@honoraria/core/schemas';
import { dateOf, evaluateEligibility, isIsoDate, translate } from '@honoraria/core';
import type { Block, Field, TableRow } from '../layout/blocks';
import type { DocumentContext } from './compose-document';
import { composeDocument, personOf } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { optionalField, stateLabel } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import { documentMessages } from './messages/document-messages';
import type { Words } from './words';

/** What an application document shows. */
export interface ApplicationDocumentInput {
  readonly framework: Framework;
  readonly application: Application;
  /** The programme; the framework's `volunteerProgramme` when absent. */
  readonly programme?: VolunteerProgramme;
  /** The evaluation to print; `evaluateEligibility` on `evaluatedOn` when absent. */
  readonly eligibility?: EligibilityResult;
  /** The date of the evaluation (organization's time zone); the clock's date when absent. */
  readonly evaluatedOn?: IsoDate;
}

interface Checked {
  readonly application: Application;
  readonly programme: VolunteerProgramme;
  readonly eligibility: EligibilityResult;
  readonly evaluatedOn: IsoDate;
}

function answerText(answer: ApplicationAnswer, w: Words): string {
  if (typeof answer === 'boolean') return w.t(answer ? 'common.yes' : 'common.no');
  if (typeof answer === 'number') return String(answer);
  return isIsoDate(answer) ? w.date(answer) : answer;
}

function identification(input: Checked, w: Words): Field[] {
  const { application, programme, eligibility } = input;
  const due = w.date(eligibility.interviewDueOn);
  return [
    { label: w.t('application.applicant'), value: [{ text: application.applicant.name, bold: true }] },
    ...optionalField(w.t('application.email'), application.applicant.email),
    ...optionalField(w.t('application.phone'), application.applicant.phone),
    { label: w.t('application.language'), value: w.t(`common.language.${application.applicant.lang}`) },
    { label: w.t('application.programme'), value: w.text(programme.name) },
    { label: w.t('application.receivedOn'), value: w.date(application.receivedOn) },
    ...optionalField(w.t('application.commitment'), application.commitment === undefined ? undefined : w.t(`application.commitment.${application.commitment}`)),
    { label: w.t('common.status'), value: stateLabel('application', application.status, w) },
    { label: w.t('application.interviewDue'), value: eligibility.interviewOverdue ? w.t('application.interviewOverdue', { date: due }) : due },
  ];
}

function answers(input: Checked, w: Words): Block[] {
  const { application, programme } = input;
  const labels = new Map(programme.criteria.map((c) => [c.code, w.text(c.label)]));
  const codes = [...programme.criteria.map((c) => c.code).filter((code) => code in application.answers), ...Object.keys(application.answers).filter((code) => !labels.has(code)).sort()];
  const rows: TableRow[] = codes.map((code) => [labels.get(code) ?? code, answerText(application.answers[code]!, w)]);
  return [
    { type: 'heading', text: w.t('application.answers') },
    { type: 'table', columns: [{ header: w.t('application.question'), width: 2.2 }, { header: w.t('application.answer'), width: 3 }], rows, empty: w.t('application.noAnswers') },
  ];
}

function eligibility(input: Checked, w: Words): Block[] {
  const result = input.eligibility;
  const rows: TableRow[] = result.criteria.map((c) => [
    w.text(c.label),
    w.t(c.required ? 'application.required' : 'application.optional'),
    [{ text: w.t(`application.status.${c.status}`), bold: true }],
    w.text(c.reason),
  ]);
  return [
    { type: 'heading', text: w.t('application.eligibility') },
    { type: 'paragraph', text: [{ text: w.t('application.overall') }, { text: w.t(`application.overall.${result.overall}`), bold: true }] },
    { type: 'paragraph', size: 'small', tone: 'muted', text: w.t('application.evaluatedOn', { date: w.date(input.evaluatedOn) }) },
    {
      type: 'table',
      columns: [
        { header: w.t('application.criterion'), width: 2 },
        { header: w.t('application.required'), width: 0.9 },
        { header: w.t('application.result'), width: 1.2 },
        { header: w.t('application.reason'), width: 3 },
      ],
      rows,
    },
  ];
}

function documents(input: Checked, w: Words, context: DocumentContext): Block[] {
  const { application, programme, eligibility: result } = input;
  const required = new Map(programme.requiredDocuments.map((d) => [d.code, d]));
  for (const criterion of programme.criteria) if (criterion.type === 'documents') for (const d of criterion.documents) if (!required.has(d.code)) required.set(d.code, d);
  const rows: TableRow[] = [...required.values()].map((d) => [w.text(d.label), String(d.count), String(application.documentsVerified[d.code] ?? 0)]);
  const assessed = programme.criteria.filter((c) => application.assessments[c.code] !== undefined);
  const blocks: Block[] = [];
  if (rows.length > 0) {
    blocks.push(
      { type: 'heading', text: w.t('application.documents') },
      {
        type: 'table',
        columns: [
          { header: w.t('application.document'), width: 3 },
          { header: w.t('application.documentsRequired'), width: 1, align: 'right' },
          { header: w.t('application.documentsVerified'), width: 1, align: 'right' },
        ],
        rows,
      },
    );
    if (result.missingDocuments.length > 0) blocks.push({ type: 'notice', text: w.t('application.missingDocuments', { documents: w.list(result.missingDocuments.map((d) => w.text(d.label))) }) });
  }
  if (assessed.length > 0) {
    blocks.push(
      { type: 'heading', text: w.t('application.assessments') },
      {
        type: 'table',
        columns: [
          { header: w.t('application.criterion'), width: 2 },
          { header: w.t('application.result'), width: 1 },
          { header: w.t('request.decision.comment'), width: 2.6 },
          { header: w.t('request.decision.by'), width: 1.6 },
        ],
        rows: assessed.map((c) => {
          const a = application.assessments[c.code]!;
          const by = w.t('application.assessment.byValue', { name: personOf({ id: a.byUserId }, w, context, undefined), date: w.day(a.at) });
          return [w.text(c.label), w.t(a.met ? 'application.status.met' : 'application.status.unmet'), a.note ?? '', by];
        }),
      },
    );
  }
  if (application.decisionReason !== undefined) blocks.push({ type: 'paragraph', text: w.t('application.decisionReason', { reason: application.decisionReason }) });
  return blocks;
}

/**
 * Renders a volunteer (partner-user) application: the applicant and their answers, the eligibility
 * result overall and criterion by criterion with the reason of each (evaluated by core's
 * `evaluateEligibility` on the render date unless a result is given), the interview deadline, the
 * documents required and verified, and the interviewers' assessments. Throws `validation_failed`
 * when the application does not match core's schema or there is no programme.
 */
export async function renderApplication(input: ApplicationDocumentInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const application = check.take(safeParseLocalized(ApplicationSchema, input.application, ['application']));
  const source = input.programme ?? input.framework?.volunteerProgramme;
  const programme = source === undefined ? undefined : check.take(safeParseLocalized(ProgrammeSchema, source, ['programme']));
  if (source === undefined) check.fail(['programme'], 'required', translate(documentMessages, 'application.noProgramme'));
  if (input.evaluatedOn !== undefined && !isIsoDate(input.evaluatedOn)) check.fail(['evaluatedOn'], 'invalid_format', translate(documentMessages, 'common.invalidDate'));
  checkDocumentOptions(check, options);
  check.done();
  const evaluatedOn = input.evaluatedOn ?? dateOf(options.clock.now().getTime(), input.framework.timeZone);
  const checked: Checked = {
    application: application!,
    programme: programme!,
    evaluatedOn,
    eligibility: input.eligibility ?? evaluateEligibility(application!, programme!, { asOf: evaluatedOn }),
  };
  const context: DocumentContext = { framework: input.framework, options };
  return composeDocument(
    {
      fileName: 'application.fileName',
      subjectId: checked.application.id,
      title: (w) => w.t('application.title', { programme: w.text(checked.programme.name) }),
      reference: checked.application.id,
      body: (w) => [
        { type: 'fields', fields: identification(checked, w) },
        ...answers(checked, w),
        ...eligibility(checked, w),
        ...documents(checked, w, context),
        { type: 'paragraph', size: 'small', tone: 'muted', text: w.t('application.note') },
      ],
    },
    context,
  );
}
