import type * as z from 'zod';
import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from '../i18n/lang';
import { localizeZodIssues } from '../i18n/zod-issues';

/**
 * Reads a zod error into a `validation_failed` {@link HonorariaError}: one issue per problem,
 * under `path`, in French and English, never echoing a value.
 */
export function validationError(
  error: z.ZodError,
  message: LocalizedText,
  details: Readonly<Record<string, string | number | boolean | null>>,
  path: readonly (string | number)[] = [],
): HonorariaError {
  return new HonorariaError('validation_failed', { message, issues: localizeZodIssues(error.issues, path), details });
}
