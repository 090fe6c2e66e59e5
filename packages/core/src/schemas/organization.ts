import * as z from 'zod';
import { LocalizedText } from '../i18n/lang-schema';
import { TimeZone } from '../time/time-zone';
import { Email, Id, Url } from './common';

/** Kinds of organizations that engage health partners. */
export const OrganizationType = z.enum(['research_unit', 'hospital', 'cisss', 'ciusss', 'university', 'charity', 'agency', 'other']);
/** A kind of organization. */
export type OrganizationType = z.infer<typeof OrganizationType>;

/**
 * The institution (the payer): its names in both languages, its time zone (calendar dates and
 * tax years are read there) and its public payer numbers.
 */
export const Organization = z.object({
  id: Id,
  name: LocalizedText,
  type: OrganizationType,
  /** IANA time zone; `America/Toronto` unless set. */
  timeZone: TimeZone.default('America/Toronto'),
  /** Payer numbers printed on slips (CRA business number, Québec NEQ or RQ file number). Not personal data. */
  payerNumbers: z
    .object({
      businessNumber: z.string().min(1).max(30).optional(),
      neq: z.string().min(1).max(30).optional(),
      revenuQuebec: z.string().min(1).max(30).optional(),
    })
    .optional(),
  /** First day of the fiscal year, `MM-DD` (Québec public bodies: `04-01`); the tax year is always the calendar year. */
  fiscalYearStart: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .default('04-01'),
  contactEmail: Email.optional(),
  website: Url.optional(),
});
/** An organization. */
export type Organization = z.infer<typeof Organization>;
