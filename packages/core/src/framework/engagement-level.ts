import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Code } from '../schemas/common';
import { Provenance } from '../schemas/provenance';

/**
 * A level of engagement (inform, consult, involve, collaborate, partner, lead…), whether it is
 * compensated, and the rate rule it uses by default. Healthcare Excellence Canada ties
 * compensation to the level: inform none, consult $25/h, involve $40/h.
 */
export const EngagementLevel = z.object({
  code: Code,
  label: LocalizedText,
  description: LocalizedText.optional(),
  compensated: z.boolean(),
  /** The id of the rate rule used by default at this level. */
  defaultRuleId: Code.optional(),
  source: Provenance.optional(),
});
/** A level of engagement. */
export type EngagementLevel = z.infer<typeof EngagementLevel>;
