import type { VolunteerProgramme } from '../framework/volunteer-programme';
import type { LocalizedText } from '../i18n/lang';
import type { MessageParams } from '../i18n/messages';
import { translateWith } from '../i18n/messages';
import { eligibilityMessages } from '../i18n/messages/eligibility';
import type { Application } from '../schemas/application';
import type { EligibilityCriterion, RequiredDocument } from '../schemas/eligibility-criterion';
import type { IsoDate } from '../time/calendar-date';
import { addDays, addMonths, isIsoDate, yearsBetween } from '../time/calendar-date';
import { isPastDue } from '../time/deadline';
import { formatDate } from '../time/format-date';

/** The outcome of one criterion. */
export type CriterionStatus = 'met' | 'unmet' | 'needs_review';

/** One criterion evaluated: its status and the reason, in both languages. */
export interface CriterionResult {
  readonly code: string;
  readonly type: EligibilityCriterion['type'];
  readonly label: LocalizedText;
  readonly required: boolean;
  readonly status: CriterionStatus;
  readonly reason: LocalizedText;
}

/** A document still to verify: how many are required and how many were seen. */
export interface MissingDocument {
  readonly code: string;
  readonly label: LocalizedText;
  readonly required: number;
  readonly verified: number;
}

/** The evaluation of an application against a programme. */
export interface EligibilityResult {
  /** `ineligible` if a required criterion is unmet; `eligible` if all are met; otherwise `needs_review`. */
  readonly overall: 'eligible' | 'ineligible' | 'needs_review';
  readonly criteria: readonly CriterionResult[];
  /** The date the phone interview is due: receipt + the programme's deadline (30 days at the CISSS de l'Outaouais). */
  readonly interviewDueOn: IsoDate;
  /** Whether the phone interview is overdue on `asOf` (not yet held). */
  readonly interviewOverdue: boolean;
  readonly missingDocuments: readonly MissingDocument[];
}

/** Options of {@link evaluateEligibility}. */
export interface EligibilityOptions {
  /** The evaluation date, in the organization's time zone ("within the last 24 months" counts back from it). */
  readonly asOf: IsoDate;
}

type Key = keyof typeof eligibilityMessages.fr;

function say(key: Key, fr: MessageParams = {}, en: MessageParams = fr): LocalizedText {
  return translateWith(eligibilityMessages, key, fr, en);
}

const BEFORE_PHONE_INTERVIEW = new Set(['submitted', 'phone_interview_scheduled']);

function documentsOf(
  documents: readonly RequiredDocument[],
  verified: Readonly<Record<string, number>>,
): { missing: MissingDocument[]; list: LocalizedText } {
  const missing: MissingDocument[] = [];
  const fr: string[] = [];
  const en: string[] = [];
  for (const doc of documents) {
    const seen = verified[doc.code] ?? 0;
    if (seen < doc.count) missing.push({ code: doc.code, label: doc.label, required: doc.count, verified: seen });
    const params = { verified: seen, count: doc.count };
    const text = say('document_count', { ...params, label: doc.label.fr }, { ...params, label: doc.label.en });
    fr.push(text.fr);
    en.push(text.en);
  }
  return { missing, list: { fr: fr.join(', '), en: en.join(', ') } };
}

function evaluate(
  criterion: EligibilityCriterion,
  application: Pick<Application, 'answers' | 'documentsVerified' | 'assessments'>,
  asOf: IsoDate,
  missingDocs: MissingDocument[],
): { status: CriterionStatus; reason: LocalizedText } {
  const answer = application.answers[criterion.code];
  switch (criterion.type) {
    case 'attestation':
      if (answer === true) return { status: 'met', reason: say('attestation_met') };
      if (answer === false) return { status: 'unmet', reason: say('attestation_unmet') };
      return { status: 'needs_review', reason: say(answer === undefined ? 'answer_missing' : 'answer_invalid') };
    case 'date_within': {
      if (answer === undefined) return { status: 'needs_review', reason: say('answer_missing') };
      if (!isIsoDate(answer)) return { status: 'needs_review', reason: say('answer_invalid') };
      const fr = { date: formatDate(answer, 'fr'), months: criterion.months };
      const en = { date: formatDate(answer, 'en'), months: criterion.months };
      if (answer > asOf) return { status: 'needs_review', reason: say('date_in_future', fr, en) };
      if (answer >= addMonths(asOf, -criterion.months)) return { status: 'met', reason: say('date_within_met', fr, en) };
      return { status: 'unmet', reason: say('date_within_unmet', fr, en) };
    }
    case 'age': {
      if (answer === undefined) return { status: 'needs_review', reason: say('answer_missing') };
      if (!isIsoDate(answer) || answer > asOf) return { status: 'needs_review', reason: say('answer_invalid') };
      const age = yearsBetween(answer, asOf);
      if (criterion.min !== undefined && age < criterion.min) return { status: 'unmet', reason: say('age_too_young', { age, min: criterion.min }) };
      if (criterion.max !== undefined && age > criterion.max) return { status: 'unmet', reason: say('age_too_old', { age, max: criterion.max }) };
      return { status: 'met', reason: say('age_met', { age }) };
    }
    case 'region': {
      if (answer === undefined) return { status: 'needs_review', reason: say('answer_missing') };
      if (typeof answer !== 'string') return { status: 'needs_review', reason: say('answer_invalid') };
      const region = answer.trim().toUpperCase();
      if (criterion.regions.includes(region)) return { status: 'met', reason: say('region_met', { region }) };
      return { status: 'unmet', reason: say('region_unmet', { region, regions: criterion.regions.join(', ') }) };
    }
    case 'documents': {
      const { missing, list } = documentsOf(criterion.documents, application.documentsVerified);
      missingDocs.push(...missing);
      if (missing.length === 0) return { status: 'met', reason: say('documents_met', { documents: list.fr }, { documents: list.en }) };
      return { status: 'needs_review', reason: say('documents_pending', { documents: list.fr }, { documents: list.en }) };
    }
    case 'interview_assessed': {
      const assessment = application.assessments[criterion.code];
      if (assessment === undefined) return { status: 'needs_review', reason: say('assessed_pending') };
      return assessment.met ? { status: 'met', reason: say('assessed_met') } : { status: 'unmet', reason: say('assessed_unmet') };
    }
  }
}

/**
 * Evaluates a volunteer application against a programme's declarative criteria on a date: each
 * criterion met, unmet or needing review, with a reason in French and English, and an overall
 * result. Documents are checked at the interview: until they are seen the criterion needs
 * review, it is never unmet. Also says when the phone interview is due and whether it is overdue.
 * Pure: the date is passed in, nothing is read from a clock.
 */
export function evaluateEligibility(
  application: Pick<Application, 'answers' | 'documentsVerified' | 'assessments' | 'receivedOn' | 'status'>,
  programme: Pick<VolunteerProgramme, 'criteria' | 'interviewDeadlineDays'>,
  options: EligibilityOptions,
): EligibilityResult {
  const { asOf } = options;
  const missingDocuments: MissingDocument[] = [];
  const criteria = programme.criteria.map((criterion): CriterionResult => {
    const { status, reason } = evaluate(criterion, application, asOf, missingDocuments);
    return { code: criterion.code, type: criterion.type, label: criterion.label, required: criterion.required, status, reason };
  });
  const required = criteria.filter((c) => c.required);
  const overall = required.some((c) => c.status === 'unmet')
    ? 'ineligible'
    : required.every((c) => c.status === 'met')
      ? 'eligible'
      : 'needs_review';
  const interviewDueOn = addDays(application.receivedOn, programme.interviewDeadlineDays);
  const interviewOverdue = isPastDue(interviewDueOn, asOf) && BEFORE_PHONE_INTERVIEW.has(application.status);
  return { overall, criteria, interviewDueOn, interviewOverdue, missingDocuments };
}
