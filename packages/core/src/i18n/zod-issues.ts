import type * as z from 'zod';
import type { ErrorCode } from '../errors/error-code';
import type { ErrorIssue } from '../errors/honoraria-error';
import { HonorariaError } from '../errors/honoraria-error';
import type { LocalizedText } from './lang';
import type { MessageParams } from './messages';
import { translate, translateWith } from './messages';
import { formatNames, patternNames, typeNames, validationMessages } from './messages/validation';

type ValidationKey = keyof typeof validationMessages.fr;
type TypeKey = keyof typeof typeNames.fr;
type FormatKey = keyof typeof formatNames.fr;

const REQUIRED = '__honoraria_required__';

/** A zod per-parse error map that marks missing values, so they read "This field is required". */
const markRequired = (issue: { code?: string; input?: unknown }): string | undefined =>
  issue.code === 'invalid_type' && issue.input === undefined ? REQUIRED : undefined;

function isRequired(issue: z.core.$ZodIssue): boolean {
  return issue.message === REQUIRED || (issue.code === 'invalid_type' && /received undefined$/.test(issue.message));
}

function typeName(expected: string): LocalizedText {
  const key: TypeKey = expected in typeNames.fr ? (expected as TypeKey) : 'other';
  return translate(typeNames, key);
}

type PatternKey = keyof typeof patternNames.fr;

/** The patterns of Honoraria's schemas (as zod reports them), by what they accept. */
const KNOWN_PATTERNS: Readonly<Record<string, PatternKey>> = {
  '/^[a-z][a-z0-9_]*$/': 'code',
  '/^[a-z][a-z0-9_]{0,63}$/': 'role',
  '/^[A-Z]{3}$/': 'currency',
  '/^[A-Z0-9-]+$/': 'region',
  '/^\\d{3}$/': 'digits_3',
  '/^\\d{4}$/': 'digits_4',
  '/^\\d{5,6}$/': 'digits_5_6',
  '/^\\d{5,12}$/': 'digits_5_12',
  '/^[0-9a-f]{64}$/': 'sha256',
};

/** The expected format in both languages: a known pattern described, another pattern shown as is, a named format (a date YYYY-MM-DD…). */
function formatName(format: string, pattern: string | undefined): LocalizedText {
  if (format === 'regex') {
    const known = pattern === undefined ? undefined : KNOWN_PATTERNS[pattern];
    if (known !== undefined) return translate(patternNames, known);
    return translate(formatNames, 'regex', { pattern: pattern ?? '' });
  }
  const key: FormatKey = format in formatNames.fr ? (format as FormatKey) : 'other';
  return translate(formatNames, key);
}

function bilingual(key: ValidationKey, fr: MessageParams, en: MessageParams = fr): LocalizedText {
  return translateWith(validationMessages, key, fr, en);
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ');
}

/** Keeps a key printable and short: field names only, never a value. */
function safeKey(key: string): string {
  return key.replace(/[^\w.-]/g, '').slice(0, 60);
}

function describe(issue: z.core.$ZodIssue): { code: string; message: LocalizedText } {
  if (isRequired(issue)) return { code: 'required', message: translate(validationMessages, 'required') };
  switch (issue.code) {
    case 'invalid_type': {
      const t = typeName(issue.expected);
      return { code: issue.code, message: bilingual('invalid_type', { expected: t.fr }, { expected: t.en }) };
    }
    case 'too_small': {
      const minimum = String(issue.minimum);
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'string') {
        if (issue.minimum === 1) return { code: 'required', message: translate(validationMessages, 'required') };
        return { code: issue.code, message: bilingual('too_small_string', { minimum }) };
      }
      if (issue.origin === 'array' || issue.origin === 'set') return { code: issue.code, message: bilingual('too_small_array', { minimum }) };
      if (issue.origin === 'date') return { code: issue.code, message: bilingual('too_small_date', { minimum }) };
      return { code: issue.code, message: bilingual(exclusive ? 'too_small_number_exclusive' : 'too_small_number', { minimum }) };
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'string') return { code: issue.code, message: bilingual('too_big_string', { maximum }) };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: issue.code, message: bilingual('too_big_array', { maximum }) };
      if (issue.origin === 'date') return { code: issue.code, message: bilingual('too_big_date', { maximum }) };
      return { code: issue.code, message: bilingual(exclusive ? 'too_big_number_exclusive' : 'too_big_number', { maximum }) };
    }
    case 'invalid_format': {
      const f = formatName(issue.format, 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined);
      return { code: issue.code, message: bilingual('invalid_format', { format: f.fr }, { format: f.en }) };
    }
    case 'not_multiple_of':
      return { code: issue.code, message: bilingual('not_multiple_of', { divisor: String(issue.divisor) }) };
    case 'unrecognized_keys':
      return { code: issue.code, message: bilingual('unrecognized_keys', { keys: issue.keys.map(safeKey).join(', ') }) };
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const params = { key: safeKey(issue.discriminator), values: listValues(issue.options) };
        return { code: 'invalid_discriminator', message: bilingual('invalid_discriminator', params) };
      }
      return { code: issue.code, message: translate(validationMessages, 'invalid_union') };
    }
    case 'invalid_key':
      return { code: issue.code, message: translate(validationMessages, 'invalid_key') };
    case 'invalid_element':
      return { code: issue.code, message: translate(validationMessages, 'invalid_element') };
    case 'invalid_value':
      return { code: issue.code, message: bilingual('invalid_value', { values: listValues(issue.values) }) };
    case 'custom': {
      const params = issue.params as { key?: unknown; fr?: unknown; en?: unknown } | undefined;
      const key = typeof params?.key === 'string' ? `custom_${params.key}` : '';
      if (key in validationMessages.fr) {
        return { code: String(params?.key), message: translate(validationMessages, key as ValidationKey) };
      }
      if (typeof params?.fr === 'string' && typeof params.en === 'string') {
        return { code: typeof params.key === 'string' ? params.key : 'custom', message: { fr: params.fr, en: params.en } };
      }
      return { code: 'custom', message: translate(validationMessages, 'invalid') };
    }
    default:
      return { code: 'invalid', message: translate(validationMessages, 'invalid') };
  }
}

/**
 * Turns zod issues into Honoraria {@link ErrorIssue}s: each with its path (under `prefix`), a
 * stable code, and a message in French and English that says what is expected. Messages never
 * contain the value received. Custom refinements may pass `params: { key }` (a message of the
 * `validation` namespace, `custom_<key>`) or `params: { key, fr, en }`.
 */
export function localizeZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
): ErrorIssue[] {
  return issues.map((issue) => {
    const { code, message } = describe(issue);
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    return { path, code, message };
  });
}

/** Options of {@link parseOrThrow}. */
export interface ParseOptions {
  /** The error code thrown; `validation_failed` by default. */
  readonly code?: ErrorCode;
  /** A path prefix for every issue, such as `['framework']`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Parses input with a zod schema, or throws a {@link HonorariaError} (`validation_failed` by
 * default) listing every issue by path in French and English, without echoing any input value.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, options: ParseOptions = {}): z.output<S> {
  const result = schema.safeParse(input, { error: markRequired, reportInput: false });
  if (result.success) return result.data;
  throw new HonorariaError(options.code ?? 'validation_failed', {
    issues: localizeZodIssues(result.error.issues, options.path),
  });
}

/** Like {@link parseOrThrow}, but returns the localized issues instead of throwing. */
export function safeParseLocalized<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: readonly (string | number)[] = [],
): { success: true; data: z.output<S> } | { success: false; issues: ErrorIssue[] } {
  const result = schema.safeParse(input, { error: markRequired, reportInput: false });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: localizeZodIssues(result.error.issues, path) };
}
