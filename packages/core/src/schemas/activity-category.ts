import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { Code } from './common';

/**
 * What a category of activity is for the rules: ordinary contribution, preparation, or travel
 * time (compensable or not, per the category's `compensable`).
 */
export const ActivityKind = z.enum(['contribution', 'preparation', 'travel']);
/** What a category of activity is for the rules. */
export type ActivityKind = z.infer<typeof ActivityKind>;

/** A category of activity (meeting, document review, travel time…), its labels and whether it is paid. */
export const ActivityCategory = z.object({
  code: Code,
  label: LocalizedText,
  kind: ActivityKind.default('contribution'),
  compensable: z.boolean(),
  description: LocalizedText.optional(),
});
/** A category of activity. */
export type ActivityCategory = z.infer<typeof ActivityCategory>;
