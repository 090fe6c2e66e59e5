import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Code, RegionCode } from './common';
import { Provenance } from './provenance';

/** A required document and how many: a résumé, two pieces of photo ID. */
export const RequiredDocument = z.object({
  code: Code,
  label: LocalizedText,
  count: z.int().min(1).max(10).default(1),
});
/** A required document. */
export type RequiredDocument = z.infer<typeof RequiredDocument>;

const base = {
  code: Code,
  label: LocalizedText,
  /** Whether the criterion must be met; a criterion that is not required only informs. */
  required: z.boolean().default(true),
  source: Provenance.optional(),
};

/**
 * A declarative eligibility criterion of a programme:
 * - `attestation`: the applicant answers yes (answer `true` under the criterion's code);
 * - `date_within`: a date answered (for example the last care received) within `months` of the evaluation date;
 * - `age`: the age on the evaluation date, from a birth date answered, within `min`–`max`;
 * - `region`: a region code answered, in `regions`;
 * - `documents`: documents checked at the interview (`RequiredDocument` codes and counts);
 * - `interview_assessed`: assessed by the interviewers (a value of the application's `assessments`).
 */
export const EligibilityCriterion = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('attestation') }),
  z.object({ ...base, type: z.literal('date_within'), months: z.int().min(1).max(1200) }),
  z.object({
    ...base,
    type: z.literal('age'),
    min: z.int().min(0).max(150).optional(),
    max: z.int().min(0).max(150).optional(),
  }),
  z.object({ ...base, type: z.literal('region'), regions: z.array(RegionCode).min(1) }),
  z.object({ ...base, type: z.literal('documents'), documents: z.array(RequiredDocument).min(1) }),
  z.object({ ...base, type: z.literal('interview_assessed') }),
]);
/** A declarative eligibility criterion. */
export type EligibilityCriterion = z.infer<typeof EligibilityCriterion>;
