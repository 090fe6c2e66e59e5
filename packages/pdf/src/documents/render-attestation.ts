// The attestation of participation: a recognition letter stating the activities and hours a
// partner gave over a period, for volunteers and paid partners alike (it names no amount).

import type { Framework, IsoDate, Mandate, Partner, Project } from '@honoraria/core';
import { dateOf, isIsoDate, translate } from '@honoraria/core';
import { Partner as PartnerSchema, safeParseLocalized } from '@honoraria/core/schemas';
import type { Block, TableRow } from '../layout/blocks';
import type { AttestedActivity } from './attested-activities';
import type { DocumentContext } from './compose-document';
import { composeDocument } from './compose-document';
import type { DocumentOptions, DocumentPdf } from './document-options';
import { categoryLabel, institutionName, rolesNoun, signatureBlocks } from './entity-words';
import { checkDocumentOptions, checkFramework, InputCheck } from './input-check';
import { documentMessages } from './messages/document-messages';
import type { Words } from './words';

/** What an attestation of participation states. */
export interface AttestationDocumentInput {
  readonly framework: Framework;
  readonly partner: Partner;
  /** The period covered, first and last day included. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** The activities (time entries, or `attestedActivities(requests)`); those outside the period are left out. */
  readonly activities: readonly AttestedActivity[];
  /** The mandates the activities were done under, to name them. */
  readonly mandates?: readonly Mandate[];
  /** The projects of those mandates, to name them. */
  readonly projects?: readonly Project[];
  /** The date of the letter; the clock's date (organization's time zone) when absent. */
  readonly issuedOn?: IsoDate;
  /** A reference printed under the title, such as a letter number. */
  readonly reference?: string;
}

interface Checked {
  readonly framework: Framework;
  readonly partner: Partner;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly activities: readonly AttestedActivity[];
  readonly mandates: ReadonlyMap<string, Mandate>;
  readonly projects: ReadonlyMap<string, Project>;
  readonly issuedOn: IsoDate;
}

function checkActivities(check: InputCheck, activities: readonly AttestedActivity[] | undefined): void {
  if (!Array.isArray(activities)) {
    check.fail(['activities'], 'invalid_type', { fr: 'Les activités forment une liste.', en: 'Activities are a list.' });
    return;
  }
  activities.forEach((a, i) => {
    if (typeof a !== 'object' || a === null || !isIsoDate(a.date) || typeof a.category !== 'string' || !Number.isSafeInteger(a.minutes) || a.minutes < 0) {
      check.fail(['activities', i], 'invalid_activity', {
        fr: 'Une activité a une date AAAA-MM-JJ, une catégorie et un nombre entier de minutes.',
        en: 'An activity has a YYYY-MM-DD date, a category and a whole number of minutes.',
      });
    }
  });
}

function mandateName(mandateId: string | undefined, input: Checked): string {
  if (mandateId === undefined) return '';
  return input.mandates.get(mandateId)?.title ?? mandateId;
}

function tables(input: Checked, w: Words): Block[] {
  const { activities, framework } = input;
  const label = (code: string): string => categoryLabel(code, w, framework.activityCategories);
  const byCategory = new Map<string, { count: number; minutes: number }>();
  for (const a of activities) {
    const sum = byCategory.get(a.category) ?? { count: 0, minutes: 0 };
    byCategory.set(a.category, { count: sum.count + 1, minutes: sum.minutes + a.minutes });
  }
  const total = activities.reduce((sum, a) => sum + a.minutes, 0);
  const summary: TableRow[] = [...byCategory.entries()].map(([code, sum]) => [label(code), String(sum.count), w.duration(sum.minutes)]);
  summary.push({ cells: [w.t('common.total'), String(activities.length), w.duration(total)], emphasis: 'total' });
  const details: TableRow[] = activities.map((a) => [
    w.shortDate(a.date),
    a.description === undefined || a.description === '' ? [{ text: label(a.category), bold: true }] : [{ text: label(a.category), bold: true }, { text: `\n${a.description}` }],
    mandateName(a.mandateId, input),
    w.duration(a.minutes),
  ]);
  details.push({ cells: ['', w.t('common.total'), '', w.duration(total)], emphasis: 'total' });
  // The summary by category only says something new when a category has several activities.
  const byCategoryBlocks: Block[] =
    byCategory.size === activities.length
      ? []
      : [
          { type: 'heading', text: w.t('attestation.byCategory') },
          {
            type: 'table',
            columns: [
              { header: w.t('mandate.category'), width: 3 },
              { header: w.t('attestation.count'), width: 1, align: 'right' },
              { header: w.t('common.duration'), width: 1.2, align: 'right' },
            ],
            rows: summary,
          },
        ];
  return [
    ...byCategoryBlocks,
    { type: 'heading', text: w.t('attestation.details') },
    {
      type: 'table',
      columns: [
        { header: w.t('common.date'), width: 1 },
        { header: w.t('common.activity'), width: 2.6 },
        { header: w.t('common.mandate'), width: 2 },
        { header: w.t('common.duration'), width: 0.9, align: 'right' },
      ],
      rows: details,
    },
  ];
}

function letter(input: Checked, w: Words, options: DocumentOptions): Block[] {
  const { partner, period, activities, framework } = input;
  const institution = institutionName(framework, options, w);
  const params = { institution, partner: partner.name, roles: rolesNoun(partner, w), from: w.date(period.from), to: w.date(period.to) };
  const total = activities.reduce((sum, a) => sum + a.minutes, 0);
  const statement =
    activities.length === 0
      ? w.rich('attestation.statementNone', params, ['partner'])
      : w.rich('attestation.statement', { ...params, duration: w.duration(total), count: activities.length }, ['partner', 'duration']);
  const mandateIds = [...new Set(activities.flatMap((a) => (a.mandateId === undefined ? [] : [a.mandateId])))];
  const mandates = mandateIds.map((id) => {
    const mandate = input.mandates.get(id);
    const project = mandate === undefined ? undefined : input.projects.get(mandate.projectId);
    return project === undefined ? mandateName(id, input) : w.t('attestation.mandateValue', { title: mandateName(id, input), project: project.title });
  });
  return [
    { type: 'paragraph', tone: 'muted', text: w.date(input.issuedOn) },
    { type: 'paragraph', text: w.t('attestation.salutation') },
    { type: 'paragraph', text: statement },
    ...(mandates.length === 0 ? [] : [{ type: 'paragraph', text: w.t('attestation.mandates') } as const, { type: 'list', items: mandates } as const]),
    ...(activities.length === 0 ? [] : tables(input, w)),
    { type: 'paragraph', text: w.rich('attestation.thanks', { partner: partner.name }, []) },
    ...signatureBlocks(framework, options, w),
    { type: 'paragraph', size: 'small', tone: 'muted', text: w.t('attestation.note') },
  ];
}

/**
 * Renders an attestation of participation: a letter from the institution stating that the partner
 * (volunteer or paid alike) took part in its work over a period, with the total time, the
 * activities in detail (and by category when a category has several), the mandates they fall under, thanks and the signatory
 * (`branding.signatory`). It shows no amount. Throws `validation_failed` for a bad period or
 * activity, or a partner that does not match core's schema.
 */
export async function renderAttestation(input: AttestationDocumentInput, options: DocumentOptions): Promise<DocumentPdf> {
  const check = new InputCheck();
  checkFramework(check, input.framework);
  const partner = check.take(safeParseLocalized(PartnerSchema, input.partner, ['partner']));
  const period = input.period;
  if (!isIsoDate(period?.from) || !isIsoDate(period?.to) || period.to < period.from) check.fail(['period'], 'invalid_period', translate(documentMessages, 'common.invalidPeriod'));
  if (input.issuedOn !== undefined && !isIsoDate(input.issuedOn)) check.fail(['issuedOn'], 'invalid_format', translate(documentMessages, 'common.invalidDate'));
  checkActivities(check, input.activities);
  checkDocumentOptions(check, options);
  check.done();
  const activities = input.activities
    .filter((a) => a.date >= period.from && a.date <= period.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const checked: Checked = {
    framework: input.framework,
    partner: partner!,
    period,
    activities,
    mandates: new Map((input.mandates ?? []).map((m) => [m.id, m])),
    projects: new Map((input.projects ?? []).map((p) => [p.id, p])),
    issuedOn: input.issuedOn ?? dateOf(options.clock.now().getTime(), input.framework.timeZone),
  };
  const context: DocumentContext = { framework: input.framework, options };
  return composeDocument(
    {
      fileName: 'attestation.fileName',
      subjectId: `${checked.partner.id}-${period.from}-${period.to}`,
      title: (w) => w.t('attestation.title'),
      ...(input.reference === undefined ? {} : { reference: input.reference }),
      body: (w) => letter(checked, w, options),
    },
    context,
  );
}
