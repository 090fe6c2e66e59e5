import * as z from 'zod';

/** An identifier: a non-empty string (a UUID, a ULID, a database key; Honoraria does not care). */
export const Id = z.string().min(1).max(200);
/** An identifier. */
export type Id = z.infer<typeof Id>;

/**
 * A machine code chosen by the institution, such as `meeting` or `consult_hourly`: lowercase
 * letters, digits and underscores, starting with a letter.
 */
export const Code = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/);
/** A machine code, such as `meeting`. */
export type Code = z.infer<typeof Code>;

/** An email address. */
export const Email = z.email().max(320);

/** A web address (http or https). */
export const Url = z.url({ protocol: /^https?$/ });

/** A whole number of minutes, zero or more. Time is never a float. */
export const Minutes = z.int().nonnegative();

/** A whole number of minutes within one day (0–1440), as a time entry records. */
export const DayMinutes = z.int().min(0).max(1440);

/** A whole percentage, such as 50 for half (0–1000, to allow ratios above 100 %). */
export const Percent = z.int().min(0).max(1000);

/** A year of the Gregorian calendar. */
export const Year = z.int().min(1900).max(2999);

/** A two-letter Canadian province or territory code, or another region code of the institution. */
export const RegionCode = z
  .string()
  .min(2)
  .max(12)
  .regex(/^[A-Z0-9-]+$/);

/**
 * Registers a check that every item of a list has a distinct key; duplicates are reported at
 * their own path, as a `custom` issue keyed `unique`.
 */
export function uniqueBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  field: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [...path, index, field], params: { key: 'unique' } });
    seen.add(k);
  });
}
