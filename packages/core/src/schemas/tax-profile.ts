import * as z from 'zod';
import { IsoDate } from '../time/calendar-date';
import { Instant } from '../time/time-zone';
import { Id, RegionCode } from './common';

/** Whether a string of 9 digits passes the SIN check digit (the Luhn algorithm). */
export function isValidSin(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A social insurance number: 9 digits with a valid check digit; spaces and hyphens are dropped.
 * **Sensitive**: never log it, never put it in an error (issues say what is expected, not what
 * was received); show it with {@link maskSin}.
 */
export const Sin = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .refine(isValidSin, { params: { key: 'sin' } });

/**
 * Masks a SIN for display, keeping the last three digits: `*** *** 782`. Anything that is not
 * 9 digits is masked completely.
 */
export function maskSin(sin: string | null | undefined): string {
  const digits = (sin ?? '').replace(/[\s-]/g, '');
  if (!/^\d{9}$/.test(digits)) return '*** *** ***';
  return `*** *** ${digits.slice(6)}`;
}

/**
 * Where the payer stands on a partner's SIN: never asked, asked (see the request log), provided,
 * refused, or provided but temporary (a 9-series SIN that expires).
 */
export const SinStatus = z.enum(['not_requested', 'requested', 'provided', 'refused', 'temporary']);
/** Where the payer stands on a partner's SIN. */
export type SinStatus = z.infer<typeof SinStatus>;

/**
 * One request for the SIN. The CRA expects a payer to show a reasonable effort to obtain it
 * (guide RC4157 and IC82-2R2); this log is that evidence.
 */
export const SinRequest = z.object({
  at: Instant,
  channel: z.enum(['email', 'mail', 'phone', 'in_person', 'portal']),
  /** The user who asked. */
  byUserId: Id,
  note: z.string().max(500).optional(),
});
/** One request for the SIN. */
export type SinRequest = z.infer<typeof SinRequest>;

/** A partner's tax profile: SIN status and value (sensitive), the request log, province and residency. */
export const TaxProfile = z
  .object({
    partnerId: Id,
    sinStatus: SinStatus,
    /** Sensitive. Present when `sinStatus` is `provided` or `temporary`. */
    sin: Sin.optional(),
    /** When a temporary (9-series) SIN expires. */
    sinExpiresOn: IsoDate.optional(),
    sinRequests: z.array(SinRequest).default([]),
    /** Province or territory of residence (`QC`, `ON`…), which decides provincial slips. */
    province: RegionCode.optional(),
    residency: z.enum(['resident', 'non_resident']).default('resident'),
    updatedAt: Instant,
  })
  .superRefine((p, ctx) => {
    if ((p.sinStatus === 'provided' || p.sinStatus === 'temporary') && p.sin === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sin'], params: { key: 'sin_required' } });
    }
    if (p.sin?.startsWith('9') === true && (p.sinStatus !== 'temporary' || p.sinExpiresOn === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['sinStatus'], params: { key: 'sin_temporary' } });
    }
  });
/** A partner's tax profile. */
export type TaxProfile = z.infer<typeof TaxProfile>;

/** A copy of a tax profile with the SIN masked, safe to show to anyone allowed to see the profile. */
export function redactTaxProfile(profile: TaxProfile): TaxProfile {
  return profile.sin === undefined ? { ...profile } : { ...profile, sin: maskSin(profile.sin) };
}

/** Whether a usable SIN is on file on a date: provided, or temporary and not yet expired. */
export function hasUsableSin(profile: Pick<TaxProfile, 'sinStatus' | 'sinExpiresOn'> | undefined, on: string): boolean {
  if (profile === undefined) return false;
  if (profile.sinStatus === 'provided') return true;
  return profile.sinStatus === 'temporary' && profile.sinExpiresOn !== undefined && profile.sinExpiresOn >= on;
}
