import type { Lang, LocalizedText } from '../i18n/lang';
import { DEFAULT_LANG } from '../i18n/lang';
import type { ErrorCode } from './error-code';
import { ERROR_CODES } from './error-code';

/** One problem inside an error: where it is (a path into the input) and what it is, in both languages. */
export interface ErrorIssue {
  /** Path into the input, such as `['entries', 2, 'minutes']`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** A stable code for the problem, such as `too_small` or `date_outside_mandate`. */
  readonly code: string;
  /** What is wrong, in French and English. Never contains personal data. */
  readonly message: LocalizedText;
}

/** Options of {@link HonorariaError}. */
export interface HonorariaErrorOptions {
  /** The message in both languages; defaults to the code's generic message. */
  readonly message?: LocalizedText;
  /** The individual problems, for validation errors. */
  readonly issues?: readonly ErrorIssue[];
  /** The language of `error.message`; French by default. */
  readonly lang?: Lang;
  /** Safe, non-personal details (ids, states) a caller may show or log. */
  readonly details?: Readonly<Record<string, string | number | boolean | null>>;
  /** The underlying error, kept for debugging; never serialized. */
  readonly cause?: unknown;
}

/** The JSON shape of an {@link HonorariaError}, as the HTTP API returns it. */
export interface HonorariaErrorJSON {
  readonly code: ErrorCode;
  readonly message: LocalizedText;
  readonly issues: readonly ErrorIssue[];
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The one error type Honoraria throws at its public edge: a stable `code`, a message in French
 * and English, and the individual issues. It never carries personal data (a SIN, bank details):
 * callers may log it as it is.
 */
export class HonorariaError extends Error {
  override readonly name = 'HonorariaError';
  /** The stable code. */
  readonly code: ErrorCode;
  /** The message in both languages. */
  readonly messages: LocalizedText;
  /** The individual problems, each with its path. */
  readonly issues: readonly ErrorIssue[];
  /** Safe, non-personal details. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;

  constructor(code: ErrorCode, options: HonorariaErrorOptions = {}) {
    const messages = options.message ?? { fr: ERROR_CODES[code].fr, en: ERROR_CODES[code].en };
    super(messages[options.lang ?? DEFAULT_LANG], options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.messages = messages;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  /** The message in a language, followed by each issue on its own line. */
  describe(lang: Lang = DEFAULT_LANG): string {
    const lines = [this.messages[lang]];
    for (const issue of this.issues) {
      const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      lines.push(`- ${at}${issue.message[lang]}`);
    }
    return lines.join('\n');
  }

  /** The serializable form: code, messages, issues and details; never the stack or the cause. */
  toJSON(): HonorariaErrorJSON {
    return { code: this.code, message: this.messages, issues: this.issues, details: this.details };
  }
}

/** Whether a value is a {@link HonorariaError}, optionally with a given code. */
export function isHonorariaError(value: unknown, code?: ErrorCode): value is HonorariaError {
  return value instanceof HonorariaError && (code === undefined || value.code === code);
}
