/**
 * The outcome of reading what a person typed: the value, or the problem that stops it being read.
 * Problems are stable codes; their messages are in the `forms` catalogue
 * (`formMessages`, keys such as `money_not_a_number`).
 */
export type ParseResult<T, P extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: P };

/** A successful {@link ParseResult}. */
export function parsed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed {@link ParseResult}. */
export function problem<P extends string>(code: P): { readonly ok: false; readonly problem: P } {
  return { ok: false, problem: code };
}
