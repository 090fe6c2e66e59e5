import type { EligibilityResult } from '../../eligibility/evaluate-eligibility';
import { evaluateEligibility } from '../../eligibility/evaluate-eligibility';
import type { VolunteerProgramme } from '../../framework/volunteer-programme';
import type { ApplicationEntity, EligibilitySummary } from './application-store';

/** Evaluates an application against the programme's criteria on a date (organization's time zone). */
export function evaluateApplication(
  entity: Pick<ApplicationEntity, 'answers' | 'documentsVerified' | 'assessments' | 'receivedOn' | 'status'>,
  programme: VolunteerProgramme,
  asOf: string,
): EligibilityResult {
  return evaluateEligibility(entity, programme, { asOf });
}

/** What the application keeps of an evaluation: the overall result and each criterion's status. */
export function summarizeEligibility(result: EligibilityResult, evaluatedOn: string): EligibilitySummary {
  return { overall: result.overall, evaluatedOn, criteria: result.criteria.map((c) => ({ code: c.code, status: c.status })) };
}
