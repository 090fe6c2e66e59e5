import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Commitment } from '../schemas/application';
import { Code } from '../schemas/common';
import { EligibilityCriterion, RequiredDocument } from '../schemas/eligibility-criterion';
import { Provenance } from '../schemas/provenance';
import { RecognitionType } from '../schemas/recognition-item';

/**
 * A volunteer ("partner user") programme, as at the CISSS de l'Outaouais: no money, declarative
 * eligibility criteria, a phone interview within `interviewDeadlineDays` of receipt, documents
 * checked at the joint interview, and recognition such as a free parking pass per activity.
 */
export const VolunteerProgramme = z.object({
  id: Code,
  name: LocalizedText,
  criteria: z.array(EligibilityCriterion).min(1),
  /** Days from receipt of an application to the phone interview. */
  interviewDeadlineDays: z.int().min(1).max(365).default(30),
  requiredDocuments: z.array(RequiredDocument).default([]),
  recognition: z
    .object({
      parkingPassPerActivity: z.boolean().default(false),
      parkingSites: z.array(z.string().min(1).max(200)).default([]),
      items: z.array(RecognitionType).default([]),
    })
    .prefault({}),
  commitments: z.array(Commitment).default(['single_activity', 'ongoing_committee']),
  /** How long an application on hold is kept, in months. */
  onHoldMonths: z.int().min(1).max(120).optional(),
  source: Provenance.optional(),
});
/** A volunteer programme. */
export type VolunteerProgramme = z.infer<typeof VolunteerProgramme>;
